import { describe, expect, it } from 'vitest';
import { validateAvailability } from '../src/index.ts';
import { availability } from './fixtures.ts';

const codesByPath = (input: Parameters<typeof validateAvailability>[0]) =>
  Object.fromEntries(validateAvailability(input).map((error) => [error.path, error.code]));

describe('validateAvailability', () => {
  it('accepts a typical availability, and a zone left to the default', () => {
    const typical = availability({
      weeklyRules: [
        { weekday: 2, start: '09:00', end: '12:00', validFrom: '2027-01-01', validUntil: '2027-06-30' },
        { weekday: 7, start: '22:00', end: '24:00' },
      ],
      overrides: [{ date: '2027-03-28', intervals: [] }],
      lengths: [45, 60, 90],
      maxPerDay: 2,
      maxPerWeek: null,
    });
    expect(validateAvailability(typical)).toEqual([]);
    const { timeZone: _zone, ...noZone } = typical;
    expect(validateAvailability(noZone)).toEqual([]);
  });

  it('reports bad rules field by field', () => {
    const errors = codesByPath(
      availability({
        weeklyRules: [
          { weekday: 0, start: '9:00', end: '12:00' },
          { weekday: 8, start: '12:00', end: '09:00' },
          { weekday: 3, start: '24:00', end: '25:00', validFrom: '2027-02-30' },
          { weekday: 4, start: '10:00', end: '11:00', validFrom: '2027-05-01', validUntil: '2027-04-01' },
        ],
      }),
    );
    expect(errors).toEqual({
      'weeklyRules.0.weekday': 'invalid_weekday',
      'weeklyRules.0.start': 'invalid_time',
      'weeklyRules.1.weekday': 'invalid_weekday',
      'weeklyRules.1.end': 'end_before_start',
      'weeklyRules.2.start': 'invalid_time',
      'weeklyRules.2.end': 'invalid_time',
      'weeklyRules.2.validFrom': 'invalid_date',
      'weeklyRules.3.validUntil': 'date_order',
    });
  });

  it('reports bad overrides: dates, duplicates and overlapping intervals', () => {
    const errors = codesByPath(
      availability({
        overrides: [
          { date: '2027-13-01', intervals: [] },
          { date: '2027-03-28', intervals: [{ start: '09:00', end: '12:00' }] },
          {
            date: '2027-03-28',
            intervals: [
              { start: '08:00', end: '12:00' },
              { start: '09:00', end: '10:00' },
              { start: '11:00', end: '13:00' },
            ],
          },
        ],
      }),
    );
    expect(errors).toEqual({
      'overrides.0.date': 'invalid_date',
      'overrides.2.date': 'duplicate_date',
      'overrides.2.intervals.1': 'overlapping_intervals',
      'overrides.2.intervals.2': 'overlapping_intervals',
    });
  });

  it('reports bad zones, lengths, step, buffers, notice, horizon and limits', () => {
    expect(codesByPath(availability({ timeZone: 'Mars/Olympus' }))).toEqual({
      timeZone: 'invalid_time_zone',
    });
    expect(codesByPath(availability({ timeZone: '+02:00' }))).toEqual({ timeZone: 'invalid_time_zone' });
    expect(validateAvailability(availability({ timeZone: 'europe/helsinki' }))[0]?.message).toContain(
      'Europe/Helsinki',
    );
    expect(codesByPath(availability({ lengths: [] }))).toEqual({ lengths: 'required' });
    expect(codesByPath(availability({ lengths: [0, 42, 60, 60, 1445, 2.5] }))).toEqual({
      'lengths.0': 'not_multiple_of_5',
      'lengths.1': 'not_multiple_of_5',
      'lengths.3': 'duplicate',
      'lengths.4': 'too_large',
      'lengths.5': 'not_multiple_of_5',
    });
    expect(
      codesByPath(
        availability({
          stepMinutes: 7,
          bufferBeforeMinutes: -5,
          bufferAfterMinutes: 1.5,
          minNoticeMinutes: Number.NaN,
          horizonDays: 0,
          maxPerDay: 0,
          maxPerWeek: 2.5,
        }),
      ),
    ).toEqual({
      stepMinutes: 'not_multiple_of_5',
      bufferBeforeMinutes: 'out_of_range',
      bufferAfterMinutes: 'out_of_range',
      minNoticeMinutes: 'out_of_range',
      horizonDays: 'out_of_range',
      maxPerDay: 'out_of_range',
      maxPerWeek: 'out_of_range',
    });
  });
});
