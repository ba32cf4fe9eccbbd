import type { Tx } from '../client.ts';
import {
  attendance,
  eventRegistrations,
  events,
  externalPeople,
  supervisionGroupMembers,
  supervisionGroups,
} from '../schema/index.ts';
import { demoName } from './names.ts';

/**
 * The source project's figures (Tuottajapankki 2021-2023): 37 workshops and training days, 33
 * networking events, 1727 participations by 496 distinct people of whom 90 students, and 4
 * supervision groups with 20 participants. The seed writes events and attendance rows only; the
 * figures come out of the report code (a test checks they do).
 */
export const SOURCE_FIGURES = {
  workshops: 37,
  networkingEvents: 33,
  participations: 1727,
  distinctPeople: 496,
  students: 90,
  supervisionGroups: 4,
  supervisionMembers: 20,
} as const;

const WORKSHOP_TITLES = [
  'Työpaja: tuotannon talous ja budjetointi',
  'Koulutuspäivä: sopimukset ja tekijänoikeudet',
  'Työpaja: rahoitushaku ja hakemuksen kirjoittaminen',
  'Koulutuspäivä: viestintä ja markkinointi',
  'Työpaja: kiertueen suunnittelu',
  'Koulutuspäivä: työhyvinvointi ja jaksaminen',
  'Työpaja: kansainväliset yhteistuotannot',
];
const NETWORKING_TITLES = [
  'Tuottajapankki-ilta',
  'Tuottajien verkostotapaaminen',
  'Kulttuurialan kohtaamispäivä',
];

const DAY = 86_400_000;

/** 70 dates over March 2021 - November 2023, on weekdays at 10:00 or 17:00 Helsinki (UTC+2/+3). */
function eventStart(i: number): Date {
  const first = Date.UTC(2021, 2, 2, 8);
  const span = Date.UTC(2023, 10, 20) - first;
  const day = new Date(first + Math.floor((span / 70) * i));
  const weekday = day.getUTCDay();
  const shift = weekday === 0 ? 1 : weekday === 6 ? 2 : 0;
  return new Date(day.getTime() + shift * DAY + (i % 3 === 0 ? 7 : 0) * 3_600_000);
}

/** Who attended what: each of the 496 people at least once, regulars more, 1727 rows in all. */
function attendancePlan(
  people: number,
  eventCount: number,
  regulars: number,
  total: number,
): [number, number][] {
  const seen = new Set<string>();
  const rows: [number, number][] = [];
  const add = (person: number, event: number) => {
    const key = `${person}:${event}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push([person, event]);
  };
  for (let person = 0; person < people; person++) add(person, (person * 7) % eventCount);
  for (let round = 1; rows.length < total; round++) {
    for (let person = 0; person < regulars && rows.length < total; person++) {
      add(person, (person * 11 + round * 17) % eventCount);
    }
  }
  return rows;
}

export async function seedProjectEvents(
  tx: Tx,
  options: { pastProgramId: string; pastUserIds: string[]; pastActorIds: string[]; coordinatorId: string },
) {
  const eventCount = SOURCE_FIGURES.workshops + SOURCE_FIGURES.networkingEvents;
  const rows = Array.from({ length: eventCount }, (_, i) => {
    // 37 is coprime to 70, so i*37 mod 70 visits every residue once: exactly 37 workshops,
    // spread evenly over the years rather than bunched at the start.
    const workshop = (i * 37) % eventCount < SOURCE_FIGURES.workshops;
    const startsAt = eventStart(i);
    const type = workshop ? 'workshop' : i % 7 === 1 ? 'network_coffee' : 'networking';
    const title =
      type === 'workshop'
        ? (WORKSHOP_TITLES[i % WORKSHOP_TITLES.length] as string)
        : type === 'network_coffee'
          ? 'Verkostokahvit'
          : (NETWORKING_TITLES[i % NETWORKING_TITLES.length] as string);
    return {
      programId: null,
      type: type as 'workshop' | 'network_coffee' | 'networking',
      title,
      description: 'Tuottajapankki-hankkeen tapahtuma Tampereella.',
      startsAt,
      endsAt: new Date(startsAt.getTime() + (workshop ? 6 : 3) * 3_600_000),
      location: i % 4 === 0 ? 'Verkossa (Teams)' : 'Tampere, Kulttuuritalo Laikku',
    };
  });
  const inserted = await tx.insert(events).values(rows).returning({ id: events.id });

  const externalCount = SOURCE_FIGURES.distinctPeople - options.pastUserIds.length;
  const guests = await tx
    .insert(externalPeople)
    .values(
      Array.from({ length: externalCount }, (_, i) => ({
        name: demoName(10 + (i % 7), i),
        email: `vieras${i + 1}@example.test`,
        isStudent: i < SOURCE_FIGURES.students,
      })),
    )
    .returning({ id: externalPeople.id });
  // People in one list: the program's users first (they come most often), then the guests.
  const people = [
    ...options.pastUserIds.map((userId) => ({ userId })),
    ...guests.map((g) => ({ externalPersonId: g.id })),
  ];
  const plan = attendancePlan(people.length, inserted.length, 180, SOURCE_FIGURES.participations);
  const values = plan.map(([person, event]) => ({
    eventId: inserted[event]?.id as string,
    ...people[person],
    markedBy: options.coordinatorId,
    markedAt: rows[event]?.endsAt ?? new Date(),
  }));
  for (let i = 0; i < values.length; i += 500) await tx.insert(attendance).values(values.slice(i, i + 500));

  const groupNames = ['Työnohjausryhmä A', 'Työnohjausryhmä B', 'Työnohjausryhmä C', 'Työnohjausryhmä D'];
  const supervisors = ['Leena Mäkelä', 'Markku Salo', 'Riitta Ojala', 'Pekka Lindqvist'];
  const groups = await tx
    .insert(supervisionGroups)
    .values(
      groupNames.map((name, i) => ({
        programId: options.pastProgramId,
        name,
        supervisorName: supervisors[i] as string,
      })),
    )
    .returning({ id: supervisionGroups.id });
  const perGroup = SOURCE_FIGURES.supervisionMembers / groups.length;
  await tx.insert(supervisionGroupMembers).values(
    options.pastActorIds.slice(0, SOURCE_FIGURES.supervisionMembers).map((userId, i) => ({
      groupId: groups[Math.floor(i / perGroup)]?.id as string,
      userId,
    })),
  );
}

/** The running cohort's own calendar (what is coming, one held workshop) and a network evening ahead. */
export async function seedCohortEvents(
  tx: Tx,
  options: { programId: string; today: Date; actorIds: string[]; mentorIds: string[]; coordinatorId: string },
) {
  const at = (days: number, hour: number) => {
    const d = new Date(options.today.getTime() + days * DAY);
    d.setUTCHours(hour - 2, 0, 0, 0);
    return d;
  };
  const [group] = await tx
    .insert(supervisionGroups)
    .values({ programId: options.programId, name: 'Työnohjausryhmä 1', supervisorName: 'Leena Mäkelä' })
    .returning({ id: supervisionGroups.id });
  await tx
    .insert(supervisionGroupMembers)
    .values(options.actorIds.slice(10, 16).map((userId) => ({ groupId: group?.id as string, userId })));
  const made = await tx
    .insert(events)
    .values([
      {
        programId: options.programId,
        type: 'workshop' as const,
        title: 'Työpaja: tavoitteet näkyviksi',
        description: 'Aloitustyöpaja: jokainen aktori muotoilee kehittymistavoitteensa.',
        startsAt: at(-21, 13),
        endsAt: at(-21, 16),
        location: 'Tampere, Kulttuuritalo Laikku',
        capacity: 40,
      },
      {
        programId: options.programId,
        type: 'network_coffee' as const,
        title: 'Verkostokahvit',
        startsAt: at(6, 9),
        endsAt: at(6, 10),
        location: 'Kahvila Runo, Tampere',
        capacity: 12,
      },
      {
        programId: options.programId,
        type: 'workshop' as const,
        title: 'Koulutuspäivä: rahoitus ja hinnoittelu',
        description: 'Rahoitusmallit, hinnoittelu ja budjetin rakentaminen käytännössä.',
        startsAt: at(15, 10),
        endsAt: at(15, 16),
        location: 'Verkossa (Teams)',
        capacity: 30,
      },
      {
        programId: options.programId,
        type: 'supervision' as const,
        title: 'Työnohjaus, ryhmä 1',
        startsAt: at(9, 14),
        endsAt: at(9, 16),
        location: 'Tampere, Tuottajapankki',
        supervisionGroupId: group?.id ?? null,
      },
    ])
    .returning({ id: events.id });
  // One upcoming event of the whole network, open to every program's people (shown under /events).
  await tx.insert(events).values({
    programId: null,
    type: 'networking' as const,
    title: 'Verkostoilta: tuottajat ja rahoittajat',
    description: 'Koko verkoston ilta: rahoittajien puheenvuorot ja vapaata verkostoitumista.',
    startsAt: at(27, 17),
    endsAt: at(27, 20),
    location: 'Tampere, Kulttuuritalo Laikku',
    capacity: 80,
  });
  const [held, coffee, training] = made;
  await tx.insert(attendance).values(
    [...options.actorIds.slice(0, 24), ...options.mentorIds.slice(0, 5)].map((userId) => ({
      eventId: held?.id as string,
      userId,
      markedBy: options.coordinatorId,
    })),
  );
  await tx
    .insert(eventRegistrations)
    .values([
      ...options.actorIds.slice(1, 9).map((userId) => ({ eventId: coffee?.id as string, userId })),
      ...options.actorIds.slice(2, 20).map((userId) => ({ eventId: training?.id as string, userId })),
    ]);
}
