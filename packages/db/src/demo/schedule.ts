import { randomUUID } from 'node:crypto';
import type { Tx } from '../client.ts';
import { availability, bookings } from '../schema/index.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Weekly hours that differ from mentor to mentor, like real calendars do. */
const RULES = [
  [
    { weekday: 2, start: '09:00', end: '12:00' },
    { weekday: 4, start: '13:00', end: '16:00' },
  ],
  [
    { weekday: 1, start: '16:00', end: '19:00' },
    { weekday: 3, start: '16:00', end: '19:00' },
  ],
  [
    { weekday: 2, start: '12:00', end: '15:00' },
    { weekday: 5, start: '09:00', end: '12:00' },
  ],
  [
    { weekday: 3, start: '09:00', end: '11:30' },
    { weekday: 4, start: '09:00', end: '11:30' },
  ],
  [
    { weekday: 1, start: '10:00', end: '13:00' },
    { weekday: 4, start: '15:00', end: '18:00' },
  ],
  [
    { weekday: 2, start: '14:00', end: '17:00' },
    { weekday: 3, start: '14:00', end: '17:00' },
  ],
  [{ weekday: 5, start: '10:00', end: '14:00' }],
  [{ weekday: 3, start: '08:00', end: '10:00' }],
];

const AGENDAS = [
  'Tavoitteiden tarkennus ja ensimmäiset askeleet',
  'Apurahahakemuksen luonnos',
  'Budjetti ja aikataulu',
  'Verkostot ja yhteistyökumppanit',
  'Jaksaminen ja työn rajaaminen',
];

/** Availability for every mentor of the running cohort, and past and coming meetings for its pairs. */
export async function seedSchedule(
  tx: Tx,
  input: {
    programId: string;
    mentorIds: string[];
    pairs: { id: string; mentorId: string; actorId: string }[];
    today: Date;
  },
): Promise<
  {
    id: string;
    matchId: string;
    mentorId: string;
    startsAt: Date;
    endsAt: Date;
    locationKind: 'in_person' | 'remote';
  }[]
> {
  await tx.insert(availability).values(
    input.mentorIds.map((mentorId, i) => ({
      mentorId,
      weeklyRules: RULES[i % RULES.length] ?? [],
      overrides: [],
      lengths: i % 2 === 0 ? [45, 60, 90] : [60],
      stepMinutes: 30,
      bufferAfterMinutes: 15,
      minNoticeMinutes: 24 * 60,
      horizonDays: 60,
    })),
  );
  // Meetings at 07:00 UTC (09:00 or 10:00 in Helsinki) plus 75 minutes per actor of the mentor,
  // so a mentor's meetings never overlap (the exclusion constraints check the seed too).
  const midnight = new Date(
    Date.UTC(input.today.getUTCFullYear(), input.today.getUTCMonth(), input.today.getUTCDate()),
  );
  const perMentor = new Map<string, number>();
  const rows: (typeof bookings.$inferInsert)[] = [];
  for (const pair of input.pairs) {
    const slot = perMentor.get(pair.mentorId) ?? 0;
    perMentor.set(pair.mentorId, slot + 1);
    const at = (daysFromToday: number) =>
      new Date(midnight.getTime() + daysFromToday * DAY + (7 * 60 + slot * 75) * MINUTE);
    const quiet = slot === 3; // a few pairs have gone quiet: no meeting for weeks
    // Others have drifted: the last meeting a month ago, so the coordinator should check in.
    const past = quiet ? [-63] : slot === 2 ? [-56, -30] : [-56, -35, -14];
    const coming = slot % 2 === 0 && !quiet ? [3 + slot * 2] : [];
    for (const [k, day] of [...past, ...coming].entries()) {
      const startsAt = at(day);
      const endsAt = new Date(startsAt.getTime() + 60 * MINUTE);
      rows.push({
        programId: input.programId,
        matchId: pair.id,
        mentorId: pair.mentorId,
        actorId: pair.actorId,
        startsAt,
        endsAt,
        blockedFrom: startsAt,
        blockedUntil: new Date(endsAt.getTime() + 15 * MINUTE),
        locationKind: k % 2 === 0 ? 'in_person' : 'remote',
        location:
          k % 2 === 0
            ? 'Tampereen Taidekeskus, Hämeenkatu 10, Tampere'
            : 'https://meet.example.org/mentorointi',
        agenda: AGENDAS[k % AGENDAS.length] ?? '',
        icalUid: `${randomUUID()}@mentoring`,
        createdBy: pair.actorId,
        createdAt: new Date(startsAt.getTime() - 10 * DAY),
        updatedAt: new Date(startsAt.getTime() - 10 * DAY),
      });
    }
  }
  return tx.insert(bookings).values(rows).returning({
    id: bookings.id,
    matchId: bookings.matchId,
    mentorId: bookings.mentorId,
    startsAt: bookings.startsAt,
    endsAt: bookings.endsAt,
    locationKind: bookings.locationKind,
  });
}
