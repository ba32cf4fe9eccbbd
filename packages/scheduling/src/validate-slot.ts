import {
  type BookingPlan,
  coverageOf,
  createBookingPlan,
  rejectCandidate,
  windowsOf,
} from './booking-plan.ts';
import { MINUTE_MS } from './calendar-math.ts';
import type { Availability, BusyRange, SlotValidation } from './types.ts';

/**
 * Re-checks a requested slot from scratch, for the API to run inside the booking transaction
 * with freshly read busy ranges: a client's slot is never trusted. Accepts exactly the slots
 * `slots` would offer (any `from`/`to` aside).
 */
export function validateSlot(
  availability: Availability,
  busy: readonly BusyRange[],
  start: number,
  end: number,
  now: number,
): SlotValidation {
  const lengthMinutes = (end - start) / MINUTE_MS;
  if (!Number.isInteger(lengthMinutes) || !availability.lengths.includes(lengthMinutes)) {
    return { ok: false, reason: 'bad_length' };
  }
  const plan = createBookingPlan(availability, busy, now);
  if (start < plan.earliestStart) return { ok: false, reason: 'too_soon' };
  if (end > plan.horizonEnd) return { ok: false, reason: 'beyond_horizon' };
  const day = plan.clock.localDay(start);
  if (!isStepAligned(plan, day, start)) return { ok: false, reason: 'outside_availability' };
  const coverage = coverageOf(plan, day - 1, plan.clock.localDay(end) + 1);
  const reason = rejectCandidate(plan, coverage, start, end);
  return reason === undefined ? { ok: true } : { ok: false, reason };
}

/** Whether `start` is a window start plus whole steps, for a window of its date or a neighbour. */
function isStepAligned(plan: BookingPlan, day: number, start: number): boolean {
  for (let windowDay = day - 1; windowDay <= day + 1; windowDay++) {
    for (const window of windowsOf(plan, windowDay)) {
      if (window.start <= start && start < window.end && (start - window.start) % plan.model.stepMs === 0) {
        return true;
      }
    }
  }
  return false;
}

/**
 * The range a booking blocks in the mentor's calendar: the meeting plus the buffers before and
 * after it. Store it with the booking; it is what busy ranges and the database constraint compare.
 */
export function blockedRange(
  start: number,
  end: number,
  availability: Pick<Availability, 'bufferBeforeMinutes' | 'bufferAfterMinutes'>,
): { blockedFrom: number; blockedUntil: number } {
  return {
    blockedFrom: start - availability.bufferBeforeMinutes * MINUTE_MS,
    blockedUntil: end + availability.bufferAfterMinutes * MINUTE_MS,
  };
}
