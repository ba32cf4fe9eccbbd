import { describe, expect, it } from 'vitest';
import { blockedRange, slots } from '../src/index.ts';
import { at, availability, isoStarts } from './fixtures.ts';

// 2027-01-12 is a Tuesday; Helsinki is UTC+2 in January, so 09:00 local is 07:00Z.
const tuesday = availability({ weeklyRules: [{ weekday: 2, start: '09:00', end: '12:00' }] });
const weekStart = at('2027-01-11T00:00:00+02:00');
const weekEnd = at('2027-01-18T00:00:00+02:00');
const longAgo = at('2027-01-01T00:00:00Z');

describe('stepping', () => {
  it('steps from the window start, whatever range is asked for', () => {
    const odd = availability({
      lengths: [30],
      stepMinutes: 30,
      weeklyRules: [{ weekday: 2, start: '09:10', end: '11:00' }],
    });
    const all = slots(odd, [], weekStart, weekEnd, longAgo, { length: 30 });
    expect(isoStarts(all)).toEqual(['2027-01-12T07:10:00Z', '2027-01-12T07:40:00Z', '2027-01-12T08:10:00Z']);
    const later = slots(odd, [], at('2027-01-12T09:50:00+02:00'), weekEnd, longAgo, { length: 30 });
    expect(isoStarts(later)).toEqual(['2027-01-12T08:10:00Z']);
  });

  it('treats touching or overlapping rules on one date as one window', () => {
    const stacked = availability({
      lengths: [90],
      stepMinutes: 30,
      weeklyRules: [
        { weekday: 2, start: '09:00', end: '10:00' },
        { weekday: 2, start: '10:00', end: '11:00' },
        { weekday: 2, start: '09:30', end: '10:30' },
      ],
    });
    const found = slots(stacked, [], weekStart, weekEnd, longAgo, { length: 90 });
    expect(isoStarts(found)).toEqual(['2027-01-12T07:00:00Z', '2027-01-12T07:30:00Z']);
  });

  it('returns starts in [from, to) and nothing for a length not offered', () => {
    const from = at('2027-01-12T10:00:00+02:00');
    const to = at('2027-01-12T11:00:00+02:00');
    expect(isoStarts(slots(tuesday, [], from, to, longAgo, { length: 60 }))).toEqual([
      '2027-01-12T08:00:00Z',
    ]);
    expect(slots(tuesday, [], weekStart, weekEnd, longAgo, { length: 45 })).toEqual([]);
    expect(slots(tuesday, [], weekEnd, weekStart, longAgo, { length: 60 })).toEqual([]);
  });
});

describe('rules and overrides', () => {
  it('lets an override replace the rules of its date, and an empty override take the day off', () => {
    const withOverrides = availability({
      weeklyRules: [{ weekday: 2, start: '09:00', end: '12:00' }],
      overrides: [
        { date: '2027-01-12', intervals: [] },
        { date: '2027-01-16', intervals: [{ start: '14:00', end: '15:00' }] },
      ],
    });
    const found = slots(withOverrides, [], weekStart, weekEnd, longAgo, { length: 60 });
    expect(isoStarts(found)).toEqual(['2027-01-16T12:00:00Z']);
  });

  it('applies a rule only from validFrom to validUntil, both inclusive', () => {
    const seasonal = availability({
      weeklyRules: [
        { weekday: 2, start: '09:00', end: '10:00', validFrom: '2027-01-12', validUntil: '2027-01-19' },
      ],
    });
    const found = slots(seasonal, [], at('2027-01-01T00:00:00Z'), at('2027-02-01T00:00:00Z'), longAgo, {
      length: 60,
    });
    expect(isoStarts(found)).toEqual(['2027-01-12T07:00:00Z', '2027-01-19T07:00:00Z']);
  });
});

describe('busy time and buffers', () => {
  const buffered = availability({
    stepMinutes: 30,
    bufferBeforeMinutes: 15,
    bufferAfterMinutes: 15,
    weeklyRules: [{ weekday: 2, start: '09:00', end: '13:00' }],
  });

  it("keeps a slot's blocked range off a booking's stored blocked range", () => {
    // An existing 11:00–12:00 booking blocks 10:45–12:15.
    const booking = blockedRange(at('2027-01-12T11:00:00+02:00'), at('2027-01-12T12:00:00+02:00'), buffered);
    const busy = [{ start: booking.blockedFrom, end: booking.blockedUntil }];
    const found = slots(buffered, busy, weekStart, weekEnd, longAgo, { length: 60 });
    // 09:30–10:30 blocks 09:15–10:45, touching but not overlapping; 10:00–12:00 starts overlap,
    // and a 12:30 start would run past the 13:00 end of availability.
    expect(isoStarts(found)).toEqual(['2027-01-12T07:00:00Z', '2027-01-12T07:30:00Z']);
  });

  it("treats an actor's own meeting elsewhere as busy without counting it", () => {
    const busy = [
      {
        start: at('2027-01-12T09:00:00+02:00'),
        end: at('2027-01-12T10:00:00+02:00'),
        countsTowardLimits: false,
      },
    ];
    const limited = { ...buffered, maxPerDay: 1 };
    const found = slots(limited, busy, weekStart, weekEnd, longAgo, { length: 60 });
    // 10:30 is the first start whose 15-minute lead-in clears 10:00; the day limit is untouched.
    expect(isoStarts(found)).toEqual([
      '2027-01-12T08:30:00Z',
      '2027-01-12T09:00:00Z',
      '2027-01-12T09:30:00Z',
      '2027-01-12T10:00:00Z',
    ]);
  });
});

describe('notice and horizon', () => {
  const halfHours = availability({
    stepMinutes: 30,
    weeklyRules: [{ weekday: 2, start: '09:00', end: '12:00' }],
  });

  it('offers a slot exactly at now + notice, and none before it', () => {
    const notice = { ...halfHours, minNoticeMinutes: 60 };
    const exact = slots(notice, [], weekStart, weekEnd, at('2027-01-12T08:00:00+02:00'), { length: 60 });
    expect(isoStarts(exact)[0]).toBe('2027-01-12T07:00:00Z');
    const late = slots(notice, [], weekStart, weekEnd, at('2027-01-12T08:00:01+02:00'), { length: 60 });
    expect(isoStarts(late)[0]).toBe('2027-01-12T07:30:00Z');
  });

  it('ends the horizon at the same wall-clock time horizonDays local dates later', () => {
    const oneDay = { ...halfHours, horizonDays: 1 };
    const found = slots(oneDay, [], weekStart, weekEnd, at('2027-01-11T10:00:00+02:00'), { length: 60 });
    expect(isoStarts(found)).toEqual(['2027-01-12T07:00:00Z']);
  });

  it('counts the horizon in local dates across the spring switch (a 23-hour day)', () => {
    const sunday = availability({
      stepMinutes: 30,
      horizonDays: 1,
      overrides: [{ date: '2027-03-28', intervals: [{ start: '09:00', end: '12:00' }] }],
    });
    // Saturday 10:00 EET → Sunday 10:00 EEST, 07:00Z: only the 09:00–10:00 slot fits.
    const found = slots(
      sunday,
      [],
      at('2027-03-27T00:00:00Z'),
      at('2027-03-29T00:00:00Z'),
      at('2027-03-27T08:00:00Z'),
      {
        length: 60,
      },
    );
    expect(isoStarts(found)).toEqual(['2027-03-28T06:00:00Z']);
  });
});

describe('limits per local day and ISO week', () => {
  const weekdays = availability({
    weeklyRules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '10:00' })),
  });
  const booking = (localStart: string) => {
    const start = at(localStart);
    return { start: start - 900_000, end: start + 3_600_000, meetingStart: start };
  };

  it('drops a date that has its maximum, by the local date of the meeting start', () => {
    // Blocked range starts 23:45 on Monday, but the meeting starts 00:00 Tuesday: Tuesday is full.
    const busy = [booking('2027-01-12T00:00:00+02:00')];
    const found = slots({ ...weekdays, maxPerDay: 1 }, busy, weekStart, weekEnd, longAgo, { length: 60 });
    expect(isoStarts(found)).toEqual([
      '2027-01-11T07:00:00Z',
      '2027-01-13T07:00:00Z',
      '2027-01-14T07:00:00Z',
      '2027-01-15T07:00:00Z',
    ]);
  });

  it('drops the rest of an ISO week that has its maximum, and frees the next Monday', () => {
    // Sunday 23:30 local is still the first week, though it is Sunday 21:30Z.
    const busy = [booking('2027-01-11T09:00:00+02:00'), booking('2027-01-17T23:30:00+02:00')];
    const found = slots(
      { ...weekdays, maxPerWeek: 2 },
      busy,
      weekStart,
      at('2027-01-19T00:00:00+02:00'),
      longAgo,
      {
        length: 60,
      },
    );
    expect(isoStarts(found)).toEqual(['2027-01-18T07:00:00Z']);
  });
});
