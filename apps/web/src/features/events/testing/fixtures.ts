import type { AttendanceList, Event } from '@mentoring/contracts';

/** Small, typed events worlds for the web tests: a contract change breaks the tests that rely on it. */
export const programId = '5d1c9a4e-8e3b-4f27-a6c1-7b2e0f9d3c44';
export const eventId = 'e0e0e0e0-0000-4000-8000-000000000001';
/** Tests pass this as "now": 2026-11-28 12:00 UTC. */
export const now = Date.parse('2026-11-28T12:00:00Z');

export const people = {
  aino: { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Aino Aktori' },
  eero: { id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', name: 'Eero Aktori' },
  helena: { id: '11111111-1111-4111-8111-111111111111', name: 'Helena Mentori' },
  guest: { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', name: 'Greta Vieras' },
} as const;

export function anEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: eventId,
    programId,
    type: 'network_coffee',
    title: 'Verkostokahvit',
    description: '',
    startsAt: '2026-12-04T07:00:00Z',
    endsAt: '2026-12-04T08:00:00Z',
    location: 'Kahvila Runo, Tampere',
    capacity: 12,
    supervisionGroupId: null,
    registered: 11,
    attended: 0,
    myRegistration: false,
    ...overrides,
  };
}

export function anAttendanceList(overrides: Partial<AttendanceList> = {}): AttendanceList {
  return {
    eventId,
    entries: [
      {
        kind: 'user',
        personId: people.aino.id,
        name: people.aino.name,
        email: 'aino@example.test',
        isStudent: false,
        registered: true,
        attended: true,
      },
      {
        kind: 'external',
        personId: people.guest.id,
        name: people.guest.name,
        email: null,
        isStudent: true,
        registered: false,
        attended: true,
      },
    ],
    members: [
      { userId: people.aino.id, name: people.aino.name },
      { userId: people.eero.id, name: people.eero.name },
      { userId: people.helena.id, name: people.helena.name },
    ],
    ...overrides,
  };
}
