import { Temporal } from 'temporal-polyfill';
import { DAY_MS } from './calendar-math.ts';

/**
 * Which side of a window a wall-clock time bounds. It decides DST disambiguation:
 * - repeated local time (fall back): a start takes the earlier instant, an end the later one, so the
 *   window is the smallest stretch of real time covering every instant whose clock reading lies in it;
 * - nonexistent local time (spring forward gap): both take the transition instant, the first real
 *   instant whose clock reading is past the requested time.
 */
export type WindowEdge = 'start' | 'end';

/**
 * UTC offsets of one zone over a bounded span of time, so that converting wall-clock times to
 * instants in the hot loop is a binary search instead of a Temporal call (the polyfill needs
 * 10–25 µs per conversion; a 90-day query converts hundreds of window edges).
 * Temporal remains the source of truth: it supplies the offsets and every transition in the span.
 */
export interface ZoneClock {
  readonly timeZone: string;
  /** UTC offset (ms) in effect at an instant. */
  offsetAt(instantMs: number): number;
  /** Local epoch day containing an instant. */
  localDay(instantMs: number): number;
  /** Wall-clock reading of an instant, as ms since the local epoch. */
  toWall(instantMs: number): number;
  /** Instant for a wall-clock reading (ms since the local epoch), disambiguated by `edge`. */
  toInstant(wallMs: number, edge: WindowEdge): number;
}

/**
 * Builds a clock exact for instants in `[fromMs, toMs]`. Outside that span the nearest known
 * offset is assumed, so callers size the span generously around everything they convert.
 */
export function createZoneClock(timeZone: string, fromMs: number, toMs: number): ZoneClock {
  // segmentStarts[i] is the first instant at which segmentOffsets[i] applies.
  const segmentStarts: number[] = [Number.NEGATIVE_INFINITY];
  const segmentOffsets: number[] = [];
  let zoned = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(timeZone);
  segmentOffsets.push(zoned.offsetNanoseconds / 1e6);
  for (;;) {
    const next = zoned.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds > toMs) break;
    segmentStarts.push(next.epochMilliseconds);
    segmentOffsets.push(next.offsetNanoseconds / 1e6);
    zoned = next;
  }
  const lastIndex = segmentStarts.length - 1;

  // Index of the segment containing an instant: the last start at or before it.
  const segmentIndex = (instantMs: number): number => {
    let low = 0;
    let high = lastIndex;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((segmentStarts[mid] as number) <= instantMs) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const offsetAt = (instantMs: number): number => segmentOffsets[segmentIndex(instantMs)] as number;
  const segmentEnd = (index: number): number =>
    index < lastIndex ? (segmentStarts[index + 1] as number) : Number.POSITIVE_INFINITY;

  const toInstant = (wallMs: number, edge: WindowEdge): number => {
    // Offsets are well under a day, so every instant that reads `wallMs` lies within a day of it.
    const first = segmentIndex(wallMs - DAY_MS);
    const last = segmentIndex(wallMs + DAY_MS);
    let earliest = Number.POSITIVE_INFINITY;
    let latest = Number.NEGATIVE_INFINITY;
    for (let index = first; index <= last; index++) {
      const candidate = wallMs - (segmentOffsets[index] as number);
      if (candidate >= (segmentStarts[index] as number) && candidate < segmentEnd(index)) {
        if (candidate < earliest) earliest = candidate;
        if (candidate > latest) latest = candidate;
      }
    }
    if (earliest !== Number.POSITIVE_INFINITY) return edge === 'start' ? earliest : latest;
    // No instant reads `wallMs`: it falls in a gap. The clock jumps over it at a transition where
    // the reading before is at or below `wallMs` and the reading after is above it.
    for (let index = Math.max(first, 1); index <= last; index++) {
      const transition = segmentStarts[index] as number;
      const readingBefore = transition + (segmentOffsets[index - 1] as number);
      const readingAfter = transition + (segmentOffsets[index] as number);
      if (readingBefore <= wallMs && wallMs < readingAfter) return transition;
    }
    throw new RangeError(`Cannot place wall time ${wallMs} in ${timeZone}`);
  };

  return {
    timeZone,
    offsetAt,
    toWall: (instantMs) => instantMs + offsetAt(instantMs),
    localDay: (instantMs) => Math.floor((instantMs + offsetAt(instantMs)) / DAY_MS),
    toInstant,
  };
}
