import type { Availability, AvailabilityBody } from '@mentoring/contracts';

export const OFFERED_LENGTHS = [30, 45, 60, 90, 120] as const;
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

let nextKey = 0;
/** A stable React key for a row the user added or removed. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export interface WeeklyRow {
  key: string;
  weekday: number;
  start: string;
  end: string;
}

/** One interval of a date, or the whole date off; several rows may share a date. */
export interface OverrideRow {
  key: string;
  date: string;
  dayOff: boolean;
  start: string;
  end: string;
}

export interface AvailabilityDraft {
  timeZone: string;
  weekly: WeeklyRow[];
  overrides: OverrideRow[];
  lengths: number[];
  stepMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** Hours in the form; minutes in the API. */
  minNoticeHours: number;
  horizonDays: number;
  /** NaN (an empty field) means no limit. */
  maxPerDay: number;
  maxPerWeek: number;
}

export function toDraft(availability: Availability): AvailabilityDraft {
  return {
    timeZone: availability.timeZone || DEFAULT_TIME_ZONE,
    weekly: availability.weeklyRules.map((rule) => ({
      key: rowKey(),
      weekday: rule.weekday,
      start: rule.start,
      end: rule.end,
    })),
    overrides: availability.overrides.flatMap((override): OverrideRow[] =>
      override.intervals.length === 0
        ? [{ key: rowKey(), date: override.date, dayOff: true, start: '09:00', end: '17:00' }]
        : override.intervals.map((interval) => ({
            key: rowKey(),
            date: override.date,
            dayOff: false,
            ...interval,
          })),
    ),
    lengths: availability.lengths,
    stepMinutes: availability.stepMinutes,
    bufferBeforeMinutes: availability.bufferBeforeMinutes,
    bufferAfterMinutes: availability.bufferAfterMinutes,
    minNoticeHours: Math.round(availability.minNoticeMinutes / 60),
    horizonDays: availability.horizonDays,
    maxPerDay: availability.maxPerDay ?? Number.NaN,
    maxPerWeek: availability.maxPerWeek ?? Number.NaN,
  };
}

/** Rows of one date merge into one override; a day off anywhere makes the whole date off. */
export function toBody(draft: AvailabilityDraft): AvailabilityBody {
  const dates = new Map<string, { start: string; end: string }[] | null>();
  for (const row of draft.overrides) {
    if (row.dayOff) dates.set(row.date, null);
    else if (dates.get(row.date) !== null) {
      dates.set(row.date, [...(dates.get(row.date) ?? []), { start: row.start, end: row.end }]);
    }
  }
  return {
    timeZone: draft.timeZone,
    weeklyRules: draft.weekly.map(({ weekday, start, end }) => ({ weekday, start, end })),
    overrides: [...dates].map(([date, intervals]) => ({ date, intervals: intervals ?? [] })),
    lengths: draft.lengths,
    stepMinutes: draft.stepMinutes,
    bufferBeforeMinutes: draft.bufferBeforeMinutes,
    bufferAfterMinutes: draft.bufferAfterMinutes,
    minNoticeMinutes: draft.minNoticeHours * 60,
    horizonDays: draft.horizonDays,
    maxPerDay: Number.isNaN(draft.maxPerDay) ? null : draft.maxPerDay,
    maxPerWeek: Number.isNaN(draft.maxPerWeek) ? null : draft.maxPerWeek,
  };
}

/** "HH:MM" → minutes since midnight. */
export function clockMinutes(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Rows whose end is not after their start, found before the server has to say so. */
export function endBeforeStart(rows: readonly { start: string; end: string }[]): Set<number> {
  return new Set(rows.flatMap((row, i) => (clockMinutes(row.end) <= clockMinutes(row.start) ? [i] : [])));
}
