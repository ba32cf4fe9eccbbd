import fc from 'fast-check';
import type { Availability, BusyRange, LocalInterval } from '../src/index.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Zones with DST at 03:00/04:00 (Helsinki), 02:00 (New York), midnight (Santiago), a half-hour
// shift (Lord Howe), and none at all.
export const ZONES = ['Europe/Helsinki', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'UTC'];

// Weeks around the 2027 transitions of those zones, so DST days come up often.
const ANCHORS = ['2027-03-08', '2027-03-24', '2027-04-01', '2027-09-02', '2027-10-01', '2027-10-28', '2027-06-10'];

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (quarter: number) => `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`;

/** An interval on a quarter-hour grid, 24:00 allowed as an end. */
const localInterval: fc.Arbitrary<LocalInterval> = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 48 }))
  .map(([start, span]) => ({ start: clock(start), end: clock(Math.min(96, start + span)) }));

const planDate = fc
  .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -3, max: 24 }))
  .map(([anchor, offset]) => new Date(Date.parse(anchor) + offset * DAY).toISOString().slice(0, 10));

/** Mostly null: a rule limited to dates is the exception. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

export const availabilityArb: fc.Arbitrary<Availability> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weeklyRules: fc.array(
    fc
      .tuple(fc.integer({ min: 1, max: 7 }), localInterval, sometimes(planDate), sometimes(planDate))
      .map(([weekday, interval, validFrom, validUntil]) => ({ weekday, ...interval, validFrom, validUntil })),
    { minLength: 2, maxLength: 8 },
  ),
  overrides: fc.uniqueArray(
    fc.record({ date: planDate, intervals: fc.array(localInterval, { maxLength: 2 }) }),
    { maxLength: 4, selector: (o) => o.date },
  ),
  lengths: fc.uniqueArray(fc.constantFrom(15, 30, 45, 60, 90), { minLength: 1, maxLength: 3 }),
  stepMinutes: fc.constantFrom(5, 10, 15, 30, 60),
  bufferBeforeMinutes: fc.constantFrom(0, 5, 15, 30),
  bufferAfterMinutes: fc.constantFrom(0, 5, 15, 30),
  minNoticeMinutes: fc.constantFrom(0, 60, 24 * 60, 36 * 60 + 15, 0),
  horizonDays: fc.integer({ min: 1, max: 21 }).map((days) => Math.max(days, 3)),
  maxPerDay: fc.option(fc.integer({ min: 1, max: 3 })),
  maxPerWeek: fc.option(fc.integer({ min: 1, max: 5 })),
});

/** A minute-aligned "now" near a DST transition. */
export const nowArb = fc
  .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: 0, max: 10 * 24 * 60 }))
  .map(([anchor, minutes]) => Date.parse(anchor) + minutes * MINUTE);

/** Bookings and other busy time around `now`, on a 5-minute grid. */
export const busyArb = (now: number): fc.Arbitrary<BusyRange[]> =>
  fc.array(
    fc
      .record({
        startMinutes: fc.noBias(fc.integer({ min: -2 * 24 * 12, max: 21 * 24 * 12 })),
        lengthMinutes: fc.integer({ min: 1, max: 36 }),
        countsTowardLimits: fc.option(fc.boolean(), { nil: undefined }),
        leadMinutes: fc.constantFrom(0, 0, 10),
      })
      .map(({ startMinutes, lengthMinutes, countsTowardLimits, leadMinutes }) => {
        const start = now + startMinutes * 5 * MINUTE;
        const range: BusyRange = { start, end: start + lengthMinutes * 5 * MINUTE };
        if (countsTowardLimits !== undefined) range.countsTowardLimits = countsTowardLimits;
        if (leadMinutes > 0) range.meetingStart = start + leadMinutes * MINUTE;
        return range;
      }),
    { minLength: 2, maxLength: 20 },
  );

/** A query window in a few days around `now`. */
export const rangeArb = (now: number) =>
  fc
    .noBias(fc.tuple(fc.integer({ min: -2 * 24 * 4, max: 2 * 24 * 4 }), fc.integer({ min: 0, max: 20 * 24 * 4 })))
    .map(([fromQuarters, spanQuarters]) => {
      const from = now + fromQuarters * 15 * MINUTE;
      return { from, to: from + spanQuarters * 15 * MINUTE };
    });

/** Everything one slots() call takes. */
export const scenarioArb = fc
  .tuple(availabilityArb, nowArb)
  .chain(([availability, now]) =>
    fc.record({
      availability: fc.constant(availability),
      now: fc.constant(now),
      busy: busyArb(now),
      range: rangeArb(now),
      length: fc.constantFrom(...availability.lengths),
    }),
  );
