import fc from 'fast-check';
import type { Availability, BusyRange, LocalInterval } from '../src/index.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Zones and the local dates of their 2027 clock changes: Helsinki at 03:00/04:00, New York at
 * 02:00/01:00, Santiago at midnight (falling back into Saturday), Lord Howe by half an hour, and
 * UTC with none (its dates are just ordinary days). Scenarios pick a zone, then dates and a
 * `now` near its changes, so DST days and edges in gaps and repeated hours come up often.
 */
interface ZoneChanges {
  dates: string[];
  /** Quarter hours of the local day (0–96) around the changes, where window edges get tricky. */
  quarters: [number, number];
}

const ZONE_CHANGES: Record<string, ZoneChanges> = {
  'Europe/Helsinki': { dates: ['2027-03-28', '2027-10-31'], quarters: [11, 17] },
  'America/New_York': { dates: ['2027-03-14', '2027-11-07'], quarters: [3, 13] },
  'America/Santiago': { dates: ['2027-04-03', '2027-09-05'], quarters: [90, 96] },
  'Australia/Lord_Howe': { dates: ['2027-04-04', '2027-10-03'], quarters: [5, 11] },
  UTC: { dates: ['2027-03-28', '2027-06-13'], quarters: [0, 8] },
};

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (quarter: number) => `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`;
const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);

/** A quarter hour of the day, often in the small hours, where the clocks change. */
const quarterOfDay = fc.oneof(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 20 }));

/** An interval on a quarter-hour grid, 24:00 allowed as an end; edges often near a change. */
const localInterval = ([first, last]: [number, number]): fc.Arbitrary<LocalInterval> =>
  fc.oneof(
    fc
      .tuple(quarterOfDay, fc.integer({ min: 1, max: 48 }))
      .map(([start, span]) => ({ start: clock(start), end: clock(Math.min(96, start + span)) })),
    fc
      .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 24 }), fc.boolean())
      .map(([edge, span, startsThere]) =>
        startsThere
          ? { start: clock(Math.min(edge, 95)), end: clock(Math.min(96, edge + span)) }
          : { start: clock(Math.max(0, edge - span)), end: clock(Math.max(1, edge)) },
      ),
  );

/** Mostly null: a rule limited to dates is the exception. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const availabilityIn = (timeZone: string, changes: ZoneChanges): fc.Arbitrary<Availability> => {
  const change = fc.constantFrom(...changes.dates);
  const planDate = fc.oneof(
    { weight: 2, arbitrary: change },
    {
      weight: 1,
      arbitrary: fc.tuple(change, fc.integer({ min: -7, max: 21 })).map(([d, n]) => shiftDate(d, n)),
    },
  );
  const interval = localInterval(changes.quarters);
  return fc.record({
    timeZone: fc.constant(timeZone),
    weeklyRules: fc.array(
      fc
        .tuple(fc.integer({ min: 1, max: 7 }), interval, sometimes(planDate), sometimes(planDate))
        .map(([weekday, times, validFrom, validUntil]) => ({ weekday, ...times, validFrom, validUntil })),
      { minLength: 2, maxLength: 8 },
    ),
    overrides: fc.uniqueArray(
      fc.record({ date: planDate, intervals: fc.array(interval, { maxLength: 2 }) }),
      {
        maxLength: 4,
        selector: (override) => override.date,
      },
    ),
    lengths: fc.uniqueArray(fc.constantFrom(15, 30, 45, 60, 90), { minLength: 1, maxLength: 3 }),
    stepMinutes: fc.constantFrom(5, 10, 15, 30, 60),
    bufferBeforeMinutes: fc.constantFrom(0, 5, 15, 30),
    bufferAfterMinutes: fc.constantFrom(0, 5, 15, 30),
    minNoticeMinutes: fc.constantFrom(0, 0, 60, 24 * 60, 36 * 60 + 15),
    horizonDays: fc.integer({ min: 3, max: 21 }),
    maxPerDay: fc.option(fc.integer({ min: 1, max: 3 })),
    maxPerWeek: fc.option(fc.integer({ min: 1, max: 5 })),
  });
};

/** Bookings and other busy time around `now`, on a 5-minute grid. */
const busyAround = (now: number): fc.Arbitrary<BusyRange[]> =>
  fc.array(
    fc
      .record({
        startSteps: fc.noBias(fc.integer({ min: -2 * 24 * 12, max: 21 * 24 * 12 })),
        lengthSteps: fc.integer({ min: 0, max: 36 }), // 0: an empty range, ignored
        countsTowardLimits: fc.option(fc.boolean(), { nil: undefined }),
        leadMinutes: fc.constantFrom(0, 0, 10),
      })
      .map(({ startSteps, lengthSteps, countsTowardLimits, leadMinutes }) => {
        const start = now + startSteps * 5 * MINUTE;
        const range: BusyRange = { start, end: start + lengthSteps * 5 * MINUTE };
        if (countsTowardLimits !== undefined) range.countsTowardLimits = countsTowardLimits;
        // A blocked range padded before the meeting: the meeting starts a little later.
        if (leadMinutes > 0) range.meetingStart = start + leadMinutes * MINUTE;
        return range;
      }),
    { minLength: 2, maxLength: 20 },
  );

/** A query window of up to 20 days starting up to 2 days either side of `now`. */
const rangeAround = (now: number) =>
  fc
    .noBias(
      fc.tuple(fc.integer({ min: -2 * 24 * 4, max: 2 * 24 * 4 }), fc.integer({ min: 0, max: 20 * 24 * 4 })),
    )
    .map(([fromQuarters, spanQuarters]) => {
      const from = now + fromQuarters * 15 * MINUTE;
      return { from, to: from + spanQuarters * 15 * MINUTE };
    });

/** Everything one slots() call takes; `now` is minute-aligned, up to 6 days before a change. */
export const scenarioArb = fc.constantFrom(...Object.entries(ZONE_CHANGES)).chain(([timeZone, changes]) =>
  fc
    .tuple(
      availabilityIn(timeZone, changes),
      fc.constantFrom(...changes.dates),
      fc.integer({ min: -6 * 24 * 60, max: 24 * 60 }),
    )
    .chain(([availability, change, minutes]) => {
      const now = Date.parse(change) + minutes * MINUTE;
      return fc.record({
        availability: fc.constant(availability),
        now: fc.constant(now),
        busy: busyAround(now),
        range: rangeAround(now),
        length: fc.constantFrom(...availability.lengths),
      });
    }),
);

/**
 * A scenario focused on one clock change: the change date's override, or else the rules of its
 * weekday, have edges in or next to the gap or the repeated hour, and the query covers the date
 * from a `now` a few days earlier.
 */
export const clockChangeScenarioArb = fc
  .constantFrom(...Object.entries(ZONE_CHANGES).filter(([zone]) => zone !== 'UTC'))
  .chain(([timeZone, changes]) =>
    fc.tuple(fc.constantFrom(...changes.dates), availabilityIn(timeZone, changes)).chain(([change, base]) => {
      const interval = localInterval(changes.quarters);
      const weekday = ((new Date(change).getUTCDay() + 6) % 7) + 1;
      const now = Date.parse(change) - 3 * DAY;
      return fc.record({
        availability: fc
          .record({
            intervals: fc.array(interval, { minLength: 1, maxLength: 3 }),
            rules: fc.array(
              interval.map((times) => ({ weekday, ...times })),
              { minLength: 1, maxLength: 2 },
            ),
            useOverride: fc.boolean(),
          })
          .map(({ intervals, rules, useOverride }) => ({
            ...base,
            weeklyRules: [...base.weeklyRules, ...rules],
            // Either the date's own override or its weekday's rules decide the change date.
            overrides: useOverride ? [{ date: change, intervals }] : [],
            minNoticeMinutes: 0,
            horizonDays: 14,
          })),
        now: fc.constant(now),
        busy: fc.constant([]),
        range: fc.constant({ from: now, to: now + 7 * DAY }),
        length: fc.constantFrom(...base.lengths),
      });
    }),
  );
