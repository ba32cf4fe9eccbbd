import { coverageOf, createBookingPlan, rejectCandidate, windowsOf } from './booking-plan.ts';
import { MINUTE_MS } from './calendar-math.ts';
import type { Availability, BusyRange, Slot } from './types.ts';

export interface SlotQuery {
  /** Meeting length in minutes; one of `availability.lengths`, else no slots are offered. */
  length: number;
}

/**
 * Free slots of one meeting length whose start lies in `[from, to)`, sorted by start.
 *
 * A slot starts at a window start plus a whole number of steps (windows are each local date's
 * merged availability), lies inside availability (it may run past midnight into touching time),
 * starts at or after now + notice, ends by the horizon, its blocked range
 * `[start - bufferBefore, end + bufferAfter)` meets no busy range, and its local date and ISO
 * week have not reached their booking limits. All instants are epoch milliseconds.
 */
export function slots(
  availability: Availability,
  busy: readonly BusyRange[],
  from: number,
  to: number,
  now: number,
  query: SlotQuery,
): Slot[] {
  if (!availability.lengths.includes(query.length)) return [];
  const plan = createBookingPlan(availability, busy, now);
  const lengthMs = query.length * MINUTE_MS;
  const stepMs = plan.model.stepMs;
  const earliest = Math.max(from, plan.earliestStart);
  const latestEnd = Math.min(to + lengthMs, plan.horizonEnd);
  if (earliest + lengthMs > latestEnd) return [];

  // A window that starts the day before `earliest` may still hold its first slots; a slot from
  // the last date may run into the next one or two (a 90-minute slot across midnight).
  const firstDay = plan.clock.localDay(earliest) - 1;
  const lastDay = plan.clock.localDay(latestEnd) + 1;
  const coverage = coverageOf(plan, firstDay, lastDay + 1);

  const found: Slot[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const window of windowsOf(plan, day)) {
      let start = window.start;
      // Jump straight to the first aligned start not before `earliest`; the step origin stays
      // the window start, so the answer does not depend on the range asked for.
      if (start < earliest) start += Math.ceil((earliest - start) / stepMs) * stepMs;
      for (; start < window.end && start < to; start += stepMs) {
        const end = start + lengthMs;
        if (end > plan.horizonEnd) break;
        if (rejectCandidate(plan, coverage, start, end) === undefined) found.push({ start, end });
      }
    }
  }
  return sortedUnique(found);
}

/** Windows of neighbouring dates can overlap around a DST change; keep one slot per start. */
function sortedUnique(found: Slot[]): Slot[] {
  if (found.every((slot, index) => index === 0 || (found[index - 1] as Slot).start < slot.start))
    return found;
  found.sort((a, b) => a.start - b.start);
  return found.filter((slot, index) => index === 0 || (found[index - 1] as Slot).start !== slot.start);
}
