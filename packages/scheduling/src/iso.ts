import { Temporal } from 'temporal-polyfill';
import type { Interval } from './types.ts';

/** An instant as ISO 8601 in UTC (`2027-03-30T06:00:00.000Z`), how the API and iCalendar want it. */
export function toIsoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** A slot (or any interval) with both ends as ISO 8601 UTC strings. */
export function toIsoInterval(interval: Interval): { start: string; end: string } {
  return { start: toIsoInstant(interval.start), end: toIsoInstant(interval.end) };
}

/**
 * Epoch ms of an ISO 8601 instant. Temporal refuses text without an offset or `Z`, so the engine
 * never guesses a zone for an instant. Throws RangeError on bad input.
 */
export function parseIsoInstant(text: string): number {
  return Temporal.Instant.from(text).epochMilliseconds;
}
