import { DAY_MS, isoWeekday, MINUTE_MS, parsePlainDate, parseTime } from './calendar-math.ts';
import { mergeIntervals } from './intervals.ts';
import { type Availability, DEFAULT_TIME_ZONE, type Interval } from './types.ts';
import type { ZoneClock } from './zone-clock.ts';

/** Minutes of day, `end` may be 1440 (midnight ending the date). */
interface MinuteInterval {
  start: number;
  end: number;
}

interface ParsedRule extends MinuteInterval {
  validFrom: number;
  validUntil: number;
}

/** An availability with text parsed once per call into numbers the day loop can use directly. */
export interface AvailabilityModel {
  timeZone: string;
  /** Rules indexed by ISO weekday (1–7); index 0 is unused. */
  rulesByWeekday: ParsedRule[][];
  /** Overrides by epoch day; an empty list is a day off. */
  overrides: Map<number, MinuteInterval[]>;
  lengthsMinutes: ReadonlySet<number>;
  stepMs: number;
  bufferBeforeMs: number;
  bufferAfterMs: number;
  noticeMs: number;
  horizonDays: number;
  maxPerDay: number;
  maxPerWeek: number;
}

const toMinuteInterval = (interval: { start: string; end: string }): MinuteInterval => ({
  start: parseTime(interval.start, false),
  end: parseTime(interval.end, true),
});

/** Parses an availability; it must have passed `validateAvailability` (bad text throws RangeError). */
export function toAvailabilityModel(availability: Availability): AvailabilityModel {
  const rulesByWeekday: ParsedRule[][] = Array.from({ length: 8 }, () => []);
  for (const rule of availability.weeklyRules) {
    rulesByWeekday[rule.weekday]?.push({
      ...toMinuteInterval(rule),
      validFrom: rule.validFrom ? parsePlainDate(rule.validFrom) : Number.NEGATIVE_INFINITY,
      validUntil: rule.validUntil ? parsePlainDate(rule.validUntil) : Number.POSITIVE_INFINITY,
    });
  }
  const overrides = new Map<number, MinuteInterval[]>();
  for (const override of availability.overrides) {
    overrides.set(parsePlainDate(override.date), override.intervals.map(toMinuteInterval));
  }
  return {
    timeZone: availability.timeZone ?? DEFAULT_TIME_ZONE,
    rulesByWeekday,
    overrides,
    lengthsMinutes: new Set(availability.lengths),
    stepMs: availability.stepMinutes * MINUTE_MS,
    bufferBeforeMs: availability.bufferBeforeMinutes * MINUTE_MS,
    bufferAfterMs: availability.bufferAfterMinutes * MINUTE_MS,
    noticeMs: availability.minNoticeMinutes * MINUTE_MS,
    horizonDays: availability.horizonDays,
    maxPerDay: availability.maxPerDay ?? Number.POSITIVE_INFINITY,
    maxPerWeek: availability.maxPerWeek ?? Number.POSITIVE_INFINITY,
  };
}

/** Wall-clock intervals of one local date: its override if it has one, else its weekday's rules. */
function localIntervalsOn(model: AvailabilityModel, epochDay: number): readonly MinuteInterval[] {
  const override = model.overrides.get(epochDay);
  if (override) return override;
  const rules = model.rulesByWeekday[isoWeekday(epochDay)] ?? [];
  return rules.filter((rule) => rule.validFrom <= epochDay && epochDay <= rule.validUntil);
}

/**
 * The availability windows of one local date as instants, merged and sorted. Slot starts are
 * stepped from the start of each of these windows, so merging here (and only within the date)
 * makes two touching rules behave like one, while each date keeps its own step origin no matter
 * which range a caller asks about.
 */
export function windowsOnDay(
  model: AvailabilityModel,
  clock: ZoneClock,
  epochDay: number,
): readonly Interval[] {
  const dayWall = epochDay * DAY_MS;
  const windows = localIntervalsOn(model, epochDay).map((interval) => ({
    start: clock.toInstant(dayWall + interval.start * MINUTE_MS, 'start'),
    end: clock.toInstant(dayWall + interval.end * MINUTE_MS, 'end'),
  }));
  return mergeIntervals(windows);
}
