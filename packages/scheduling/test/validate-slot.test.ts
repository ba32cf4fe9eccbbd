import { describe, expect, it } from 'vitest';
import { blockedRange, validateSlot } from '../src/index.ts';
import { at, availability, HOUR_MS } from './fixtures.ts';

const policy = availability({
  lengths: [45, 60],
  stepMinutes: 30,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 5,
  minNoticeMinutes: 24 * 60,
  horizonDays: 14,
  maxPerDay: 1,
  maxPerWeek: 2,
  weeklyRules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
});
const now = at('2027-01-08T12:00:00+02:00'); // a Friday
const nineOnTuesday = at('2027-01-12T09:00:00+02:00');

const check = (start: number, length: number, busy = [] as { start: number; end: number }[]) =>
  validateSlot(policy, busy, start, start + length * 60_000, now);

describe('validateSlot', () => {
  it('accepts an offered slot', () => {
    expect(check(nineOnTuesday, 45)).toEqual({ ok: true });
    expect(check(nineOnTuesday + HOUR_MS / 2, 60)).toEqual({ ok: true });
  });

  it('names each reason a slot cannot be booked', () => {
    const reason = (result: ReturnType<typeof check>) => (result.ok ? 'ok' : result.reason);
    expect(reason(check(nineOnTuesday, 50))).toBe('bad_length');
    expect(reason(validateSlot(policy, [], nineOnTuesday, nineOnTuesday + 1, now))).toBe('bad_length');
    expect(reason(check(at('2027-01-11T09:00:00+02:00') - 3 * 24 * HOUR_MS, 60))).toBe('too_soon');
    expect(reason(check(at('2027-01-25T09:00:00+02:00'), 60))).toBe('beyond_horizon');
    expect(reason(check(at('2027-01-16T09:00:00+02:00'), 60))).toBe('outside_availability'); // Saturday
    expect(reason(check(nineOnTuesday + 10 * 60_000, 60))).toBe('outside_availability'); // off-step
    expect(reason(check(at('2027-01-12T11:30:00+02:00'), 60))).toBe('outside_availability'); // runs past 12
    const booked = blockedRange(at('2027-01-12T10:00:00+02:00'), at('2027-01-12T11:00:00+02:00'), policy);
    const busy = [{ start: booked.blockedFrom, end: booked.blockedUntil }];
    expect(reason(check(nineOnTuesday, 60, busy))).toBe('overlaps'); // its 5-minute tail meets 09:50
    expect(reason(check(at('2027-01-12T11:00:00+02:00'), 60, busy))).toBe('overlaps');
    expect(reason(check(at('2027-01-12T09:00:00+02:00'), 45, busy))).toBe('day_limit');
    const twoThisWeek = [
      { start: at('2027-01-11T09:00:00+02:00'), end: at('2027-01-11T10:00:00+02:00') },
      { start: at('2027-01-13T09:00:00+02:00'), end: at('2027-01-13T10:00:00+02:00') },
    ];
    expect(reason(check(nineOnTuesday, 60, twoThisWeek))).toBe('week_limit');
  });

  it('reports the cheapest structural reason first', () => {
    // Saturday morning, 21 hours ahead: too soon and outside availability at once.
    expect(check(at('2027-01-09T09:00:00+02:00'), 60)).toEqual({ ok: false, reason: 'too_soon' });
  });
});

describe('blockedRange', () => {
  it('pads the meeting with the buffers before and after', () => {
    expect(blockedRange(nineOnTuesday, nineOnTuesday + HOUR_MS, policy)).toEqual({
      blockedFrom: nineOnTuesday - 10 * 60_000,
      blockedUntil: nineOnTuesday + HOUR_MS + 5 * 60_000,
    });
  });
});
