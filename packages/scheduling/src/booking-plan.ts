import { type AvailabilityModel, toAvailabilityModel, windowsOnDay } from './availability-model.ts';
import { DAY_MS, isoWeekStart } from './calendar-math.ts';
import { isCovered, mergeIntervals, overlapsAny } from './intervals.ts';
import type { Availability, BusyRange, Interval, SlotRejection } from './types.ts';
import { createZoneClock, type ZoneClock } from './zone-clock.ts';

/**
 * Everything one call needs, computed once: the zone clock, notice and horizon limits, merged
 * busy time and booking counts per local day and week. `slots` and `validateSlot` share it, so
 * a slot the list offers is exactly a slot validation accepts.
 */
export interface BookingPlan {
  model: AvailabilityModel;
  clock: ZoneClock;
  /** Earliest allowed slot start: now + minimum notice. */
  earliestStart: number;
  /** Latest allowed slot end: the same wall-clock time as now, horizonDays local dates later. */
  horizonEnd: number;
  busy: readonly Interval[];
  bookingsPerDay: Map<number, number>;
  bookingsPerWeek: Map<number, number>;
  windowsCache: Map<number, readonly Interval[]>;
}

/** Span kept around the horizon so every date, week and window the engine touches is exact. */
const CLOCK_MARGIN_MS = 10 * DAY_MS;

export function createBookingPlan(
  availability: Availability,
  busy: readonly BusyRange[],
  now: number,
): BookingPlan {
  const model = toAvailabilityModel(availability);
  const clock = createZoneClock(
    model.timeZone,
    now - CLOCK_MARGIN_MS,
    now + (model.horizonDays + 1) * DAY_MS + CLOCK_MARGIN_MS,
  );
  const bookingsPerDay = new Map<number, number>();
  const bookingsPerWeek = new Map<number, number>();
  for (const range of busy) {
    // Empty ranges are ignored everywhere, here as in the overlap test.
    if (range.countsTowardLimits === false || !(range.end > range.start)) continue;
    const day = clock.localDay(range.meetingStart ?? range.start);
    bookingsPerDay.set(day, (bookingsPerDay.get(day) ?? 0) + 1);
    const week = isoWeekStart(day);
    bookingsPerWeek.set(week, (bookingsPerWeek.get(week) ?? 0) + 1);
  }
  return {
    model,
    clock,
    earliestStart: now + model.noticeMs,
    // Ambiguous → the later instant, gap → the transition: the horizon never ends early.
    horizonEnd: clock.toInstant(clock.toWall(now) + model.horizonDays * DAY_MS, 'end'),
    // Copied to plain { start, end } objects: with the callers' richer shapes mixed in, the
    // interval searches go polymorphic, stop being inlined and box every instant they touch.
    busy: mergeIntervals(busy.map(({ start, end }) => ({ start, end }))),
    bookingsPerDay,
    bookingsPerWeek,
    windowsCache: new Map(),
  };
}

export function windowsOf(plan: BookingPlan, epochDay: number): readonly Interval[] {
  let windows = plan.windowsCache.get(epochDay);
  if (!windows) {
    windows = windowsOnDay(plan.model, plan.clock, epochDay);
    plan.windowsCache.set(epochDay, windows);
  }
  return windows;
}

/** Merged availability of a run of local dates, so a slot may cross midnight into touching time. */
export function coverageOf(plan: BookingPlan, firstDay: number, lastDay: number): readonly Interval[] {
  const windows: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const window of windowsOf(plan, day)) windows.push(window);
  }
  return mergeIntervals(windows);
}

/**
 * Why a step-aligned candidate `[start, end)` cannot be booked, or undefined when it can.
 * `coverage` must span the local dates of start and end. The checks run cheapest first; the
 * order also decides which reason a client sees when several apply.
 */
export function rejectCandidate(
  plan: BookingPlan,
  coverage: readonly Interval[],
  start: number,
  end: number,
): SlotRejection | undefined {
  if (start < plan.earliestStart) return 'too_soon';
  if (end > plan.horizonEnd) return 'beyond_horizon';
  if (!isCovered(coverage, start, end)) return 'outside_availability';
  // The new booking's blocked range against stored blocked ranges: the same test the database's
  // exclusion constraint makes, so an offered slot is never refused on insert.
  if (overlapsAny(plan.busy, start - plan.model.bufferBeforeMs, end + plan.model.bufferAfterMs)) {
    return 'overlaps';
  }
  const day = plan.clock.localDay(start);
  if ((plan.bookingsPerDay.get(day) ?? 0) >= plan.model.maxPerDay) return 'day_limit';
  if ((plan.bookingsPerWeek.get(isoWeekStart(day)) ?? 0) >= plan.model.maxPerWeek) return 'week_limit';
  return undefined;
}
