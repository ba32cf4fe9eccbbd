/** Used when an availability names no zone: the programs this was built for run in Finland. */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

/** A wall-clock interval on one local date, `HH:MM` to `HH:MM` (`24:00` allowed as an end). */
export interface LocalInterval {
  start: string;
  end: string;
}

/** "Every Tuesday 09:00–12:00", optionally only between two plain dates (both inclusive). */
export interface WeeklyRule extends LocalInterval {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** First date the rule applies, `YYYY-MM-DD` in the mentor's zone. */
  validFrom?: string | null;
  /** Last date the rule applies, `YYYY-MM-DD` in the mentor's zone. */
  validUntil?: string | null;
}

/**
 * A date whose own intervals replace every weekly rule for that date.
 * An empty list is a day off.
 */
export interface DateOverride {
  date: string;
  intervals: LocalInterval[];
}

/** A mentor's bookable time, as wall-clock times in their zone, plus booking policy. */
export interface Availability {
  /** IANA zone the wall-clock times are in; defaults to {@link DEFAULT_TIME_ZONE}. */
  timeZone?: string;
  weeklyRules: WeeklyRule[];
  overrides: DateOverride[];
  /** Meeting lengths offered, in minutes (e.g. 45, 60, 90). */
  lengths: number[];
  /** Distance between offered starts inside one availability window, in minutes. */
  stepMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** A slot may start no sooner than this many minutes after `now`. */
  minNoticeMinutes: number;
  /** A slot must end within this many local calendar days after `now`. */
  horizonDays: number;
  /** Most bookings starting on one local date; null or absent = no limit. */
  maxPerDay?: number | null;
  /** Most bookings starting in one local ISO week (Monday–Sunday); null or absent = no limit. */
  maxPerWeek?: number | null;
}

/** A half-open interval of instants `[start, end)` in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** A bookable slot: the meeting itself, without buffers, as UTC instants in epoch ms. */
export type Slot = Interval;

/**
 * Time a new booking's blocked range must not overlap.
 *
 * For this mentor's bookings pass the stored blocked range (`blockedFrom`–`blockedUntil`, see
 * `blockedRange`), so the engine agrees with the database's exclusion constraint on blocked ranges.
 * The actor's own meetings elsewhere can be passed too, with `countsTowardLimits: false`.
 */
export interface BusyRange extends Interval {
  /** Whether this is one of the mentor's bookings, counted toward maxPerDay/maxPerWeek. Default true. */
  countsTowardLimits?: boolean;
  /**
   * The meeting's own start, which decides the local day and week it counts in.
   * Defaults to `start`; pass it when `start` is a buffer-padded blocked range.
   */
  meetingStart?: number;
}

export type SlotRejection =
  | 'bad_length'
  | 'too_soon'
  | 'beyond_horizon'
  | 'outside_availability'
  | 'overlaps'
  | 'day_limit'
  | 'week_limit';

export type SlotValidation = { ok: true } | { ok: false; reason: SlotRejection };

/** One problem in an availability input; `path` is dotted like zod's (`weeklyRules.0.start`). */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}
