import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slots, toIsoInstant, validateSlot } from '../src/index.ts';
import { clockChangeScenarioArb } from './arbitraries.ts';
import { spread } from './fixtures.ts';
import { oracleSlots } from './temporal-oracle.ts';

const MINUTE = 60_000;

// General scenarios rarely put a window edge inside a gap or a repeated hour; these always do,
// so a wrong disambiguation choice shows up here within a few dozen runs.
describe('on clock-change dates, with window edges in gaps and repeated hours', () => {
  it('slots are exactly what the Temporal restatement of the rules finds', () => {
    fc.assert(
      fc.property(clockChangeScenarioArb, ({ availability, busy, range, now, length }) => {
        const found = slots(availability, busy, range.from, range.to, now, { length });
        expect(found.map((slot) => toIsoInstant(slot.start))).toEqual(
          oracleSlots(availability, busy, range.from, range.to, now, length).map((slot) =>
            toIsoInstant(slot.start),
          ),
        );
      }),
      { numRuns: 120 },
    );
  });

  it('validateSlot accepts offered starts and refuses their 5-minute neighbours unless offered', () => {
    fc.assert(
      fc.property(clockChangeScenarioArb, ({ availability, busy, range, now, length }) => {
        const found = slots(availability, busy, range.from, range.to, now, { length });
        const offered = new Set(found.map((slot) => slot.start));
        const candidates = spread(found, 15)
          .flatMap((slot) => [slot.start - 5 * MINUTE, slot.start, slot.start + 5 * MINUTE])
          .filter((start) => start >= range.from && start < range.to);
        const disagreements = candidates
          .filter(
            (start) =>
              validateSlot(availability, busy, start, start + length * MINUTE, now).ok !== offered.has(start),
          )
          .map(toIsoInstant);
        expect(disagreements).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
