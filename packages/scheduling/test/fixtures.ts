import type { Availability } from '../src/index.ts';

/** Epoch ms of an ISO instant written with its offset, so a test reads like a calendar. */
export const at = (iso: string): number => {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) throw new RangeError(`bad instant in test: ${iso}`);
  return epochMs;
};

export const iso = (epochMs: number): string => new Date(epochMs).toISOString().replace('.000Z', 'Z');

export const isoStarts = (found: readonly { start: number }[]): string[] =>
  found.map((slot) => iso(slot.start));

export const HOUR_MS = 3_600_000;

/** A permissive Helsinki availability; each test states only what it is about. */
export function availability(changes: Partial<Availability> = {}): Availability {
  return {
    timeZone: 'Europe/Helsinki',
    weeklyRules: [],
    overrides: [],
    lengths: [60],
    stepMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 60,
    ...changes,
  };
}

/** At most `count` items spread evenly over a list, for checks too slow to run on every item. */
export const spread = <T>(items: readonly T[], count: number): T[] =>
  items.length <= count
    ? [...items]
    : Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)] as T);
