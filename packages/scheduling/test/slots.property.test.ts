import fc from 'fast-check';
import type { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type Interval, slots, validateSlot } from '../src/index.ts';
import { scenarioArb } from './arbitraries.ts';
import { dayWindows, horizonEnd, localDate, merge, oracleSlots } from './temporal-oracle.ts';

const MINUTE = 60_000;
const RUNS = { numRuns: 150 };

describe('slots, for any availability, bookings and query', () => {
  it('are sorted, unique, of the asked length, within [from, to), notice and horizon', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const found = slots(availability, busy, range.from, range.to, now, { length });
        const horizon = horizonEnd(availability, now);
        found.forEach((slot, index) => {
          if (index > 0) expect(slot.start).toBeGreaterThan(found[index - 1]?.start ?? 0);
          expect(slot.end - slot.start).toBe(length * MINUTE);
          expect(slot.start).toBeGreaterThanOrEqual(Math.max(range.from, now + availability.minNoticeMinutes * MINUTE));
          expect(slot.start).toBeLessThan(range.to);
          expect(slot.end).toBeLessThanOrEqual(horizon);
        });
      }),
      RUNS,
    );
  });

  it('never overlap busy time once padded by the buffers', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        for (const slot of slots(availability, busy, range.from, range.to, now, { length })) {
          const blockedFrom = slot.start - availability.bufferBeforeMinutes * MINUTE;
          const blockedUntil = slot.end + availability.bufferAfterMinutes * MINUTE;
          for (const b of busy) {
            if (b.end > b.start) expect(b.start >= blockedUntil || b.end <= blockedFrom).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('lie inside availability and start on a step from a window start of their date', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const step = availability.stepMinutes * MINUTE;
        const windowsByDate = new Map<string, Interval[]>();
        const windowsOn = (date: Temporal.PlainDate) => {
          const key = date.toString();
          const cached = windowsByDate.get(key) ?? dayWindows(availability, date);
          windowsByDate.set(key, cached);
          return cached;
        };
        for (const slot of slots(availability, busy, range.from, range.to, now, { length })) {
          const date = localDate(availability, slot.start);
          const near = [-1, 0, 1].flatMap((days) => windowsOn(date.add({ days })));
          const coverage = merge([...near, ...windowsOn(date.add({ days: 2 }))]);
          expect(coverage.some((c) => c.start <= slot.start && slot.end <= c.end)).toBe(true);
          const aligned = near.some(
            (w) => w.start <= slot.start && slot.start < w.end && (slot.start - w.start) % step === 0,
          );
          expect(aligned).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('respect the per-day and per-week limits in local dates and ISO weeks', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const counted = busy
          .filter((b) => b.countsTowardLimits !== false)
          .map((b) => localDate(availability, b.meetingStart ?? b.start));
        for (const slot of slots(availability, busy, range.from, range.to, now, { length })) {
          const date = localDate(availability, slot.start);
          const sameDay = counted.filter((d) => d.equals(date)).length;
          const sameWeek = counted.filter((d) => d.yearOfWeek === date.yearOfWeek && d.weekOfYear === date.weekOfYear);
          expect(sameDay).toBeLessThan(availability.maxPerDay ?? Number.POSITIVE_INFINITY);
          expect(sameWeek.length).toBeLessThan(availability.maxPerWeek ?? Number.POSITIVE_INFINITY);
        }
      }),
      RUNS,
    );
  });

  it('are exactly what a brute-force Temporal restatement of the rules finds', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const found = slots(availability, busy, range.from, range.to, now, { length });
        expect(found).toEqual(oracleSlots(availability, busy, range.from, range.to, now, length));
      }),
      RUNS,
    );
  });

  it('only lose slots when busy time is added', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const fewer = slots(availability, busy, range.from, range.to, now, { length });
        const more = new Set(slots(availability, busy.slice(1), range.from, range.to, now, { length }).map((s) => s.start));
        for (const slot of fewer) expect(more.has(slot.start)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('validateSlot agrees with slots', () => {
  it('accepts every offered slot and refuses every other candidate in the range', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 20 }), (scenario, picks) => {
        const { availability, busy, range, now, length } = scenario;
        const found = slots(availability, busy, range.from, range.to, now, { length });
        const offered = new Set(found.map((s) => s.start));
        // Candidates: offered slots, their 5-minute neighbours, and random 5-minute starts in range.
        const span = Math.max(1, Math.floor((range.to - range.from) / (5 * MINUTE)));
        const candidates = [
          ...found.flatMap((s) => [s.start, s.start - 5 * MINUTE, s.start + 5 * MINUTE]),
          ...picks.map((pick) => range.from + (pick % span) * 5 * MINUTE),
        ].filter((start) => start >= range.from && start < range.to);
        for (const start of candidates) {
          const result = validateSlot(availability, busy, start, start + length * MINUTE, now);
          expect(result.ok, new Date(start).toISOString()).toBe(offered.has(start));
        }
      }),
      { numRuns: 80 },
    );
  });
});
