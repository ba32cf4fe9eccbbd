import { Temporal } from 'temporal-polyfill';
import { tryParsePlainDate, tryParseTime } from './calendar-math.ts';
import type { Availability, FieldError, LocalInterval } from './types.ts';

/** Upper bounds that keep one slot computation small and catch unit mistakes (hours for minutes). */
const MAX_LENGTH_MINUTES = 24 * 60;
const MAX_BUFFER_MINUTES = 24 * 60;
const MAX_NOTICE_MINUTES = 90 * 24 * 60;
const MAX_HORIZON_DAYS = 366;

type Report = (path: string, code: string, message: string) => void;

/**
 * Semantic checks of an availability, as field errors for a problem+json response; an empty list
 * means valid. The shape (types present) is the contract schema's job; this checks meaning.
 */
export function validateAvailability(availability: Availability): FieldError[] {
  const errors: FieldError[] = [];
  const report: Report = (path, code, message) => errors.push({ path, code, message });

  if (availability.timeZone !== undefined) checkTimeZone(availability.timeZone, report);
  availability.weeklyRules.forEach((rule, index) => {
    const path = `weeklyRules.${index}`;
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) {
      report(`${path}.weekday`, 'invalid_weekday', 'Weekday must be 1 (Monday) to 7 (Sunday)');
    }
    checkInterval(rule, path, report);
    const from = checkOptionalDate(rule.validFrom, `${path}.validFrom`, report);
    const until = checkOptionalDate(rule.validUntil, `${path}.validUntil`, report);
    if (from !== undefined && until !== undefined && from > until) {
      report(`${path}.validUntil`, 'date_order', 'validUntil must not be before validFrom');
    }
  });
  checkOverrides(availability, report);
  checkLengths(availability.lengths, report);
  checkInteger(availability.stepMinutes, 'stepMinutes', 5, MAX_LENGTH_MINUTES, report);
  if (Number.isInteger(availability.stepMinutes) && availability.stepMinutes % 5 !== 0) {
    report('stepMinutes', 'not_multiple_of_5', 'Step must be a multiple of 5 minutes');
  }
  checkInteger(availability.bufferBeforeMinutes, 'bufferBeforeMinutes', 0, MAX_BUFFER_MINUTES, report);
  checkInteger(availability.bufferAfterMinutes, 'bufferAfterMinutes', 0, MAX_BUFFER_MINUTES, report);
  checkInteger(availability.minNoticeMinutes, 'minNoticeMinutes', 0, MAX_NOTICE_MINUTES, report);
  checkInteger(availability.horizonDays, 'horizonDays', 1, MAX_HORIZON_DAYS, report);
  for (const field of ['maxPerDay', 'maxPerWeek'] as const) {
    const limit = availability[field];
    if (limit !== undefined && limit !== null) checkInteger(limit, field, 1, 1000, report);
  }
  return errors;
}

function checkTimeZone(timeZone: string, report: Report): void {
  // Offsets such as "+02:00" are valid Temporal zones but have no DST rules: a mentor in Finland
  // given one would drift by an hour twice a year, so only named IANA zones are accepted.
  if (/^[+-]/.test(timeZone)) {
    report('timeZone', 'invalid_time_zone', 'Use an IANA time zone name such as Europe/Helsinki');
    return;
  }
  try {
    const canonical = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
    if (canonical !== timeZone) {
      report('timeZone', 'invalid_time_zone', `Write the time zone as ${canonical}`);
    }
  } catch {
    report('timeZone', 'invalid_time_zone', `Unknown time zone: ${timeZone}`);
  }
}

function checkInterval(interval: LocalInterval, path: string, report: Report): [number, number] | undefined {
  const start = tryParseTime(interval.start, false);
  const end = tryParseTime(interval.end, true);
  if (start === undefined)
    report(`${path}.start`, 'invalid_time', 'Start must be a time HH:MM (00:00–23:59)');
  if (end === undefined) report(`${path}.end`, 'invalid_time', 'End must be a time HH:MM (00:00–24:00)');
  if (start === undefined || end === undefined) return undefined;
  if (start >= end) {
    report(`${path}.end`, 'end_before_start', 'End must be after start');
    return undefined;
  }
  return [start, end];
}

function checkOptionalDate(text: string | null | undefined, path: string, report: Report) {
  if (text === undefined || text === null) return undefined;
  const epochDay = tryParsePlainDate(text);
  if (epochDay === undefined) report(path, 'invalid_date', 'Date must be YYYY-MM-DD');
  return epochDay;
}

function checkOverrides(availability: Availability, report: Report): void {
  const seenDates = new Set<number>();
  availability.overrides.forEach((override, index) => {
    const path = `overrides.${index}`;
    const epochDay = tryParsePlainDate(override.date);
    if (epochDay === undefined) {
      report(`${path}.date`, 'invalid_date', 'Date must be YYYY-MM-DD');
    } else if (seenDates.has(epochDay)) {
      report(`${path}.date`, 'duplicate_date', 'Each date can have only one override');
    } else {
      seenDates.add(epochDay);
    }
    const parsed: { start: number; end: number; index: number }[] = [];
    override.intervals.forEach((interval, intervalIndex) => {
      const minutes = checkInterval(interval, `${path}.intervals.${intervalIndex}`, report);
      if (minutes) parsed.push({ start: minutes[0], end: minutes[1], index: intervalIndex });
    });
    // Overlaps inside one date's own list are almost always a typing mistake, unlike weekly rules,
    // where stacking a seasonal rule on a standing one is a normal way to extend hours.
    parsed.sort((a, b) => a.start - b.start);
    let reachedEnd = Number.NEGATIVE_INFINITY;
    for (const interval of parsed) {
      if (interval.start < reachedEnd) {
        report(`${path}.intervals.${interval.index}`, 'overlapping_intervals', 'Intervals must not overlap');
      }
      reachedEnd = Math.max(reachedEnd, interval.end);
    }
  });
}

function checkLengths(lengths: readonly number[], report: Report): void {
  if (lengths.length === 0) report('lengths', 'required', 'Offer at least one meeting length');
  const seen = new Set<number>();
  lengths.forEach((length, index) => {
    const path = `lengths.${index}`;
    if (!Number.isInteger(length) || length <= 0 || length % 5 !== 0) {
      report(path, 'not_multiple_of_5', 'Length must be a positive multiple of 5 minutes');
    } else if (length > MAX_LENGTH_MINUTES) {
      report(path, 'too_large', `Length must be at most ${MAX_LENGTH_MINUTES} minutes`);
    } else if (seen.has(length)) {
      report(path, 'duplicate', 'Each length only once');
    }
    seen.add(length);
  });
}

function checkInteger(value: number, path: string, min: number, max: number, report: Report): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    report(path, 'out_of_range', `Must be a whole number from ${min} to ${max}`);
  }
}
