import type { Interval } from './types.ts';

/**
 * Sorted, disjoint union of half-open intervals; touching intervals join, empty ones vanish.
 * Input that already has that shape (stored bookings, most days' windows) is returned as is,
 * saving the hot path an allocation per interval; callers never mutate the result.
 */
export function mergeIntervals(intervals: readonly Interval[]): readonly Interval[] {
  if (isMergedAlready(intervals)) return intervals;
  const ordered = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of ordered) {
    if (!(interval.end > interval.start)) continue;
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      merged.push({ start: interval.start, end: interval.end });
    }
  }
  return merged;
}

function isMergedAlready(intervals: readonly Interval[]): boolean {
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const interval of intervals) {
    if (!(interval.end > interval.start) || interval.start <= previousEnd) return false;
    previousEnd = interval.end;
  }
  return true;
}

/** Index of the last interval starting before `instant` (or at it, when `inclusive`), or -1. */
function lastStartingBefore(sorted: readonly Interval[], instant: number, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = (sorted[mid] as Interval).start;
    if (start < instant || (inclusive && start === instant)) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Whether `[start, end)` lies wholly inside one interval of a merged (sorted, disjoint) list. */
export function isCovered(merged: readonly Interval[], start: number, end: number): boolean {
  const candidate = merged[lastStartingBefore(merged, start, true)];
  return candidate !== undefined && end <= candidate.end;
}

/** Whether `[start, end)` shares any instant with an interval of a merged list. */
export function overlapsAny(merged: readonly Interval[], start: number, end: number): boolean {
  // Only the last interval starting before `end` can reach back into [start, end): earlier ones
  // end before it starts, because the list is disjoint and sorted.
  const candidate = merged[lastStartingBefore(merged, end, false)];
  return candidate !== undefined && candidate.end > start;
}
