import { describe, expect, it } from 'vitest';
import { slots, validateSlot } from '../src/index.ts';
import { at, availability, isoStarts } from './fixtures.ts';

// Helsinki is UTC+2 (EET) in winter and UTC+3 (EEST) in summer. In 2027 the clocks go forward
// on Sunday 28 March (03:00 EET → 04:00 EEST, at 01:00Z) and back on Sunday 31 October
// (04:00 EEST → 03:00 EET, at 01:00Z).

const tuesdayMornings = availability({ weeklyRules: [{ weekday: 2, start: '09:00', end: '12:00' }] });

describe('Tuesday 09:00–12:00 keeps its wall-clock hours across both switches', () => {
  it('is 07:00Z–10:00Z before the spring switch and 06:00Z–09:00Z after it', () => {
    const now = at('2027-03-15T00:00:00Z');
    const found = slots(tuesdayMornings, [], at('2027-03-22T00:00:00Z'), at('2027-04-01T00:00:00Z'), now, {
      length: 60,
    });
    expect(isoStarts(found)).toEqual([
      '2027-03-23T07:00:00Z',
      '2027-03-23T08:00:00Z',
      '2027-03-23T09:00:00Z',
      '2027-03-30T06:00:00Z',
      '2027-03-30T07:00:00Z',
      '2027-03-30T08:00:00Z',
    ]);
  });

  it('is 06:00Z–09:00Z before the autumn switch and 07:00Z–10:00Z after it', () => {
    const now = at('2027-10-20T00:00:00Z');
    const found = slots(tuesdayMornings, [], at('2027-10-25T00:00:00Z'), at('2027-11-03T00:00:00Z'), now, {
      length: 90,
    });
    expect(found).toEqual([]); // 90 minutes is not offered
    const hours = slots(tuesdayMornings, [], at('2027-10-25T00:00:00Z'), at('2027-11-03T00:00:00Z'), now, {
      length: 60,
    });
    expect(isoStarts(hours)).toEqual([
      '2027-10-26T06:00:00Z',
      '2027-10-26T07:00:00Z',
      '2027-10-26T08:00:00Z',
      '2027-11-02T07:00:00Z',
      '2027-11-02T08:00:00Z',
      '2027-11-02T09:00:00Z',
    ]);
  });
});

describe('a Sunday-night rule across the switch', () => {
  const sundayNights = availability({ weeklyRules: [{ weekday: 7, start: '00:00', end: '06:00' }] });

  it('has five real hours on the spring-forward night', () => {
    const now = at('2027-03-20T00:00:00Z');
    const found = slots(sundayNights, [], at('2027-03-27T12:00:00Z'), at('2027-03-28T12:00:00Z'), now, {
      length: 60,
    });
    // 00:00, 01:00, 02:00 EET, then 04:00 and 05:00 EEST: the hour 03:00–04:00 does not exist.
    expect(isoStarts(found)).toEqual([
      '2027-03-27T22:00:00Z',
      '2027-03-27T23:00:00Z',
      '2027-03-28T00:00:00Z',
      '2027-03-28T01:00:00Z',
      '2027-03-28T02:00:00Z',
    ]);
  });

  it('has seven real hours on the fall-back night, the repeated 03:00 hour offered twice', () => {
    const now = at('2027-10-25T00:00:00Z');
    const found = slots(sundayNights, [], at('2027-10-30T12:00:00Z'), at('2027-10-31T12:00:00Z'), now, {
      length: 60,
    });
    expect(isoStarts(found)).toEqual([
      '2027-10-30T21:00:00Z', // 00:00 EEST
      '2027-10-30T22:00:00Z',
      '2027-10-30T23:00:00Z',
      '2027-10-31T00:00:00Z', // 03:00 EEST
      '2027-10-31T01:00:00Z', // 03:00 EET, the same wall-clock hour again
      '2027-10-31T02:00:00Z',
      '2027-10-31T03:00:00Z', // 05:00 EET, ends at 06:00
    ]);
  });

  it('lets a slot run from Sunday night into a touching Monday-morning rule', () => {
    const lateNights = availability({
      lengths: [90],
      stepMinutes: 30,
      weeklyRules: [
        { weekday: 7, start: '22:00', end: '24:00' },
        { weekday: 1, start: '00:00', end: '01:30' },
      ],
    });
    const now = at('2027-03-20T00:00:00Z');
    const found = slots(lateNights, [], at('2027-03-28T12:00:00Z'), at('2027-03-29T12:00:00Z'), now, {
      length: 90,
    });
    // Sunday 22:00 EEST is 19:00Z; the Monday window ends 01:30 EEST = 22:30Z.
    expect(isoStarts(found)).toEqual([
      '2027-03-28T19:00:00Z',
      '2027-03-28T19:30:00Z',
      '2027-03-28T20:00:00Z',
      '2027-03-28T20:30:00Z',
      '2027-03-28T21:00:00Z',
    ]);
  });
});

describe('window edges on local times that do not exist or happen twice', () => {
  const now = at('2027-03-01T00:00:00Z');

  it('starts a window at 03:30 on 2027-03-28 (nonexistent) at the first real instant, 04:00 EEST', () => {
    const gap = availability({
      lengths: [30],
      stepMinutes: 30,
      overrides: [{ date: '2027-03-28', intervals: [{ start: '03:30', end: '05:00' }] }],
    });
    const found = slots(gap, [], at('2027-03-27T00:00:00Z'), at('2027-03-29T00:00:00Z'), now, { length: 30 });
    expect(isoStarts(found)).toEqual(['2027-03-28T01:00:00Z', '2027-03-28T01:30:00Z']);
  });

  it('ends a window at 03:30 on 2027-03-28 (nonexistent) when the clock jumps past it', () => {
    const gap = availability({
      lengths: [30],
      stepMinutes: 30,
      overrides: [{ date: '2027-03-28', intervals: [{ start: '02:00', end: '03:30' }] }],
    });
    const found = slots(gap, [], at('2027-03-27T00:00:00Z'), at('2027-03-29T00:00:00Z'), now, { length: 30 });
    // 02:00 EET = 00:00Z; the clock passes 03:30 at 01:00Z (04:00 EEST).
    expect(isoStarts(found)).toEqual(['2027-03-28T00:00:00Z', '2027-03-28T00:30:00Z']);
  });

  it('drops a window lying wholly inside the gap', () => {
    const gap = availability({
      lengths: [15],
      stepMinutes: 15,
      overrides: [{ date: '2027-03-28', intervals: [{ start: '03:10', end: '03:50' }] }],
    });
    expect(
      slots(gap, [], at('2027-03-27T00:00:00Z'), at('2027-03-29T00:00:00Z'), now, { length: 15 }),
    ).toEqual([]);
  });

  it('spans 03:30 on 2027-10-31 (repeated) from its first occurrence to its second', () => {
    const repeat = availability({
      overrides: [{ date: '2027-10-31', intervals: [{ start: '03:30', end: '04:30' }] }],
    });
    const autumn = at('2027-10-20T00:00:00Z');
    const found = slots(repeat, [], at('2027-10-30T00:00:00Z'), at('2027-11-01T00:00:00Z'), autumn, {
      length: 60,
    });
    // Start 03:30 EEST (00:30Z), end 04:30 EET (02:30Z): two real hours.
    expect(isoStarts(found)).toEqual(['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z']);
    expect(validateSlot(repeat, [], at('2027-10-31T01:30:00Z'), at('2027-10-31T02:30:00Z'), autumn)).toEqual({
      ok: true,
    });
    expect(validateSlot(repeat, [], at('2027-10-31T02:30:00Z'), at('2027-10-31T03:30:00Z'), autumn)).toEqual({
      ok: false,
      reason: 'outside_availability',
    });
  });

  it('ends a window at the second 03:30 on 2027-10-31', () => {
    const repeat = availability({
      lengths: [30],
      stepMinutes: 30,
      overrides: [{ date: '2027-10-31', intervals: [{ start: '02:30', end: '03:30' }] }],
    });
    const autumn = at('2027-10-20T00:00:00Z');
    const found = slots(repeat, [], at('2027-10-30T00:00:00Z'), at('2027-11-01T00:00:00Z'), autumn, {
      length: 30,
    });
    // 02:30 EEST = 23:30Z on the 30th; 03:30 EET = 01:30Z: 03:00–03:30 is available both times.
    expect(isoStarts(found)).toEqual([
      '2027-10-30T23:30:00Z',
      '2027-10-31T00:00:00Z',
      '2027-10-31T00:30:00Z',
      '2027-10-31T01:00:00Z',
    ]);
  });
});
