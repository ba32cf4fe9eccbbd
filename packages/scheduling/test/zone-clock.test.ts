import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DAY_MS, MINUTE_MS } from '../src/calendar-math.ts';
import { createZoneClock } from '../src/zone-clock.ts';

const ZONES = [
  'Europe/Helsinki',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'UTC',
];

/** What Temporal itself says, with the engine's policy: gap → the transition instant. */
function temporalInstant(timeZone: string, wall: Temporal.PlainDateTime, edge: 'start' | 'end'): number {
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (!earlier.toPlainDateTime().equals(wall)) {
    const transition = earlier.getTimeZoneTransition('next');
    if (!transition) throw new Error('gap without a transition');
    return transition.epochMilliseconds;
  }
  const disambiguation = edge === 'start' ? 'earlier' : 'later';
  return wall.toZonedDateTime(timeZone, { disambiguation }).epochMilliseconds;
}

describe('zone clock', () => {
  it('agrees with Temporal on wall-clock to instant, including gaps and repeats', () => {
    const origin = Date.UTC(2026, 0, 1);
    const clocks = new Map(ZONES.map((zone) => [zone, createZoneClock(zone, origin, origin + 800 * DAY_MS)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 2, max: 790 }),
        fc.integer({ min: 0, max: 24 * 4 - 1 }),
        fc.constantFrom('start' as const, 'end' as const),
        (zone, dayOffset, quarter, edge) => {
          const wallMs = origin + dayOffset * DAY_MS + quarter * 15 * MINUTE_MS;
          const wall = Temporal.Instant.fromEpochMilliseconds(wallMs)
            .toZonedDateTimeISO('UTC')
            .toPlainDateTime();
          expect(clocks.get(zone)?.toInstant(wallMs, edge)).toBe(temporalInstant(zone, wall, edge));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agrees with Temporal at every quarter hour around every transition of 2026–2028', () => {
    const origin = Date.UTC(2026, 0, 1);
    const until = Date.UTC(2029, 0, 1);
    let checkedNearTransitions = 0;
    for (const zone of ZONES) {
      const clock = createZoneClock(zone, origin, until);
      let cursor = Temporal.Instant.fromEpochMilliseconds(origin).toZonedDateTimeISO(zone);
      for (;;) {
        const transition = cursor.getTimeZoneTransition('next');
        if (!transition || transition.epochMilliseconds > until) break;
        const wallAtTransition = transition.epochMilliseconds + transition.offsetNanoseconds / 1e6;
        for (let quarter = -12; quarter <= 12; quarter++) {
          const wallMs = wallAtTransition + quarter * 15 * MINUTE_MS;
          const wall = Temporal.Instant.fromEpochMilliseconds(wallMs)
            .toZonedDateTimeISO('UTC')
            .toPlainDateTime();
          for (const edge of ['start', 'end'] as const) {
            expect(clock.toInstant(wallMs, edge), `${zone} ${wall} ${edge}`).toBe(
              temporalInstant(zone, wall, edge),
            );
          }
          checkedNearTransitions++;
        }
        cursor = transition;
      }
    }
    expect(checkedNearTransitions).toBeGreaterThan(500);
  });

  it('agrees with Temporal on the local date of an instant', () => {
    const origin = Date.UTC(2026, 0, 1);
    const clock = createZoneClock('Australia/Lord_Howe', origin, origin + 800 * DAY_MS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 790 * 24 * 60 }), (minutes) => {
        const instant = origin + minutes * MINUTE_MS;
        const date =
          Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO('Australia/Lord_Howe');
        expect(clock.localDay(instant)).toBe(date.toPlainDate().since('1970-01-01').days);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the transition for a time in the spring-forward gap (03:30 Helsinki, 2027-03-28)', () => {
    const clock = createZoneClock('Europe/Helsinki', Date.UTC(2027, 2, 1), Date.UTC(2027, 4, 1));
    const wall = Date.UTC(2027, 2, 28, 3, 30);
    // The clock jumps from 02:59:59 EET to 04:00 EEST at 01:00Z; 03:30 never shows.
    expect(clock.toInstant(wall, 'start')).toBe(Date.UTC(2027, 2, 28, 1, 0));
    expect(clock.toInstant(wall, 'end')).toBe(Date.UTC(2027, 2, 28, 1, 0));
  });

  it('takes the first 03:30 for a start and the second for an end on 2027-10-31 in Helsinki', () => {
    const clock = createZoneClock('Europe/Helsinki', Date.UTC(2027, 9, 1), Date.UTC(2027, 11, 1));
    const wall = Date.UTC(2027, 9, 31, 3, 30);
    expect(clock.toInstant(wall, 'start')).toBe(Date.UTC(2027, 9, 31, 0, 30)); // 03:30 EEST
    expect(clock.toInstant(wall, 'end')).toBe(Date.UTC(2027, 9, 31, 1, 30)); // 03:30 EET
  });
});
