import fc from 'fast-check';
import type { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type Interval, type Slot, slots, toIsoInstant, validateSlot } from '../src/index.ts';
import { scenarioArb } from './arbitraries.ts';
import { spread } from './fixtures.ts';
import { dayWindows, horizonEnd, localDate, merge, oracleSlots } from './temporal-oracle.ts';

const MINUTE = 60_000;
const RUNS = { numRuns: 100 };

// Each property collects the slots that break it and expects none: one readable failure (with
// fast-check's shrunk counterexample) instead of thousands of expect calls per run.
const offenders = (found: Slot[], breaks: (slot: Slot, index: number) => boolean) =>
  found.filter(breaks).map((slot) => toIsoInstant(slot.start));

describe('slots, for any availability, bookings and query', () => {
  it('are sorted, unique, of the asked length, within [from, to), notice and horizon', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const found = slots(availability, busy, range.from, range.to, now, { length });
        const earliest = Math.max(range.from, now + availability.minNoticeMinutes * MINUTE);
        const horizon = horizonEnd(availability, now);
        const broken = offenders(
          found,
          (slot, index) =>
            (index > 0 && slot.start <= (found[index - 1] as Slot).start) ||
            slot.end - slot.start !== length * MINUTE ||
            slot.start < earliest ||
            slot.start >= range.to ||
            slot.end > horizon,
        );
        expect(broken).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never overlap busy time once padded by the buffers', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const found = slots(availability, busy, range.from, range.to, now, { length });
        const broken = offenders(found, (slot) => {
          const blockedFrom = slot.start - availability.bufferBeforeMinutes * MINUTE;
          const blockedUntil = slot.end + availability.bufferAfterMinutes * MINUTE;
          return busy.some((b) => b.end > b.start && b.start < blockedUntil && blockedFrom < b.end);
        });
        expect(broken).toEqual([]);
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
          const cached = windowsByDate.get(date.toString()) ?? dayWindows(availability, date);
          windowsByDate.set(date.toString(), cached);
          return cached;
        };
        // Temporal per slot is slow; the brute-force comparison below checks every slot anyway.
        const found = spread(slots(availability, busy, range.from, range.to, now, { length }), 40);
        const broken = offenders(found, (slot) => {
          const date = localDate(availability, slot.start);
          const near = [-1, 0, 1].flatMap((days) => windowsOn(date.add({ days })));
          const coverage = merge([...near, ...windowsOn(date.add({ days: 2 }))]);
          const inside = coverage.some((c) => c.start <= slot.start && slot.end <= c.end);
          const aligned = near.some(
            (w) => w.start <= slot.start && slot.start < w.end && (slot.start - w.start) % step === 0,
          );
          return !inside || !aligned;
        });
        expect(broken).toEqual([]);
      }),
      RUNS,
    );
  });

  it('respect the per-day and per-week limits in local dates and ISO weeks', () => {
    fc.assert(
      fc.property(scenarioArb, ({ availability, busy, range, now, length }) => {
        const counted = busy
          .filter((b) => b.countsTowardLimits !== false && b.end > b.start)
          .map((b) => localDate(availability, b.meetingStart ?? b.start));
        // Temporal per slot is slow; the brute-force comparison below checks every slot anyway.
        const found = spread(slots(availability, busy, range.from, range.to, now, { length }), 40);
        const broken = offenders(found, (slot) => {
          const date = localDate(availability, slot.start);
          const sameDay = counted.filter((d) => d.equals(date)).length;
          const sameWeek = counted.filter(
            (d) => d.yearOfWeek === date.yearOfWeek && d.weekOfYear === date.weekOfYear,
          ).length;
          return (
            sameDay >= (availability.maxPerDay ?? Number.POSITIVE_INFINITY) ||
            sameWeek >= (availability.maxPerWeek ?? Number.POSITIVE_INFINITY)
          );
        });
        expect(broken).toEqual([]);
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
        const withAll = slots(availability, busy, range.from, range.to, now, { length });
        const withFewer = slots(availability, busy.slice(1), range.from, range.to, now, { length });
        const starts = new Set(withFewer.map((slot) => slot.start));
        expect(offenders(withAll, (slot) => !starts.has(slot.start))).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('validateSlot agrees with slots', () => {
  it('accepts every offered slot and refuses every other candidate in the range', () => {
    const picks = fc.array(fc.nat(), { maxLength: 20 });
    fc.assert(
      fc.property(scenarioArb, picks, ({ availability, busy, range, now, length }, randomPicks) => {
        const found = slots(availability, busy, range.from, range.to, now, { length });
        const offered = new Set(found.map((slot) => slot.start));
        // Offered slots, their 5-minute neighbours (off-step or overlapping), and random starts.
        const span = Math.max(1, Math.floor((range.to - range.from) / (5 * MINUTE)));
        const candidates = [
          ...spread(found, 15).flatMap((slot) => [
            slot.start,
            slot.start - 5 * MINUTE,
            slot.start + 5 * MINUTE,
          ]),
          ...randomPicks.map((pick) => range.from + (pick % span) * 5 * MINUTE),
        ].filter((start) => start >= range.from && start < range.to);
        const disagreements = candidates
          .filter(
            (start) =>
              validateSlot(availability, busy, start, start + length * MINUTE, now).ok !== offered.has(start),
          )
          .map(toIsoInstant);
        expect(disagreements).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
