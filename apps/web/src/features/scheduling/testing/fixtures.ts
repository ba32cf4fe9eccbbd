import type { Availability, Booking } from '@mentoring/contracts';
import { addDays, startOfWeek } from '../time.ts';

/** Small, typed scheduling worlds for the web tests: a contract change breaks the tests that rely on it. */
export const programId = '5d1c9a4e-8e3b-4f27-a6c1-7b2e0f9d3c44';
export const mentor = { id: '11111111-1111-4111-8111-111111111111', name: 'Helena Mentori' };
export const actor = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Aino Aktori' };

export function anAvailability(overrides: Partial<Availability> = {}): Availability {
  return {
    mentorId: mentor.id,
    timeZone: 'Europe/Helsinki',
    weeklyRules: [{ weekday: 2, start: '09:00', end: '12:00' }],
    overrides: [{ date: '2026-12-24', intervals: [] }],
    lengths: [60],
    stepMinutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 24 * 60,
    horizonDays: 60,
    maxPerDay: null,
    maxPerWeek: 3,
    updatedAt: null,
    ...overrides,
  };
}

/** A local time in this week (Monday + `day`), whatever day the tests run on: the picker opens on it. */
export function thisWeekAt(day: number, hour: number, minute = 0): Date {
  const date = addDays(startOfWeek(new Date()), day);
  date.setHours(hour, minute);
  return date;
}

export function aSlot(start: Date, minutes = 60) {
  return { start: start.toISOString(), end: new Date(start.getTime() + minutes * 60_000).toISOString() };
}

export function aBooking(overrides: Partial<Booking> = {}): Booking {
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  return {
    id: 'b0b0b0b0-1111-4222-8333-444444444444',
    programId,
    matchId: '9a9a9a9a-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
    mentorId: mentor.id,
    mentorName: mentor.name,
    actorId: actor.id,
    actorName: actor.name,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    status: 'confirmed',
    locationKind: 'remote',
    location: 'https://meet.example.org/mentorointi',
    agenda: 'Apurahahakemuksen luonnos',
    sequence: 0,
    cancelledAt: null,
    cancelReason: null,
    ...overrides,
  };
}
