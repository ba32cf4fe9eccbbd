import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { DEFAULT_TAGS, defaultPhases } from '../program-defaults.ts';
import {
  conflictsOfInterest,
  type ParticipantRole,
  participants,
  profiles,
  programPhases,
  programs,
  tags,
  users,
} from '../schema/index.ts';
import { seedCohortEvents, seedProjectEvents } from './events.ts';
import { demoName } from './names.ts';
import { type DemoCohortPeople, seedPairs, seedWishes } from './pairs.ts';
import { actorProfile, mentorProfile } from './profiles.ts';
import { seedProgress } from './progress.ts';
import { seedSchedule } from './schedule.ts';
import { seedSurveys } from './surveys.ts';

export const DEMO_PASSWORD = 'demo-mentoring';
export const DEMO_LOGINS = {
  coordinator: 'coordinator@demo.test',
  mentor: 'mentor1@demo.test',
  actor: 'actor1@demo.test',
} as const;

interface Person {
  email: string;
  name: string;
  role: ParticipantRole;
  locale?: 'fi' | 'en';
  isAdmin?: boolean;
}

const day = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * day);

function group(prefix: string, role: ParticipantRole, count: number, salt: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const name = demoName(salt, i);
    return {
      email: `${prefix}${i + 1}@demo.test`,
      name,
      role,
      locale: /Carter|Brooks/.test(name) ? 'en' : 'fi',
    };
  });
}

/**
 * The demo world: a running cohort, an upcoming one (for matching), and the source project's
 * 2022-2023 cohort, archived. Dates are relative to `today`, so the demo never goes stale.
 * Runs once: a database that already has the demo coordinator is left alone.
 */
export async function seedDemo(db: Db, options: { passwordHash: string; today?: Date }): Promise<boolean> {
  const today = options.today ?? new Date();
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, DEMO_LOGINS.coordinator));
  if (existing) return false;

  const runningStart = addDays(today, -70);
  const runningEnd = addDays(today, 26 * 7);
  const nextStart = addDays(today, 9 * 7);
  const nextEnd = addDays(nextStart, 40 * 7);
  const years = (a: Date, b: Date) => `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;

  const coordinator: Person = {
    email: DEMO_LOGINS.coordinator,
    name: 'Kirsi Lahtinen',
    role: 'coordinator',
    isAdmin: true,
  };
  const mentors = group('mentor', 'mentor', 8, 1);
  const cohorts = [
    {
      program: {
        name: `Valmentava mentorointi ${years(runningStart, runningEnd)}`,
        description:
          'Tuottajien valmentava mentorointiohjelma: 30 aktoria ja 8 kokenutta mentoria. Coaching mentoring for cultural and creative producers.',
        startsOn: isoDate(runningStart),
        endsOn: isoDate(runningEnd),
      },
      kind: 'running' as const,
      people: [coordinator, ...mentors, ...group('actor', 'actor', 30, 2)],
    },
    {
      program: {
        name: `Valmentava mentorointi ${years(nextStart, nextEnd)}`,
        description: 'Seuraava ryhmä: hakijat ovat esittäneet mentoritoiveensa, parit muodostetaan pian.',
        startsOn: isoDate(nextStart),
        endsOn: isoDate(nextEnd),
      },
      kind: 'upcoming' as const,
      people: [coordinator, ...mentors, ...group('next-actor', 'actor', 30, 3)],
    },
    {
      program: {
        name: 'Valmentava mentorointi 2022–2023',
        description:
          'Tuottajapankki-hankkeen (2021–2023) mentorointiohjelma Pirkanmaalla: 30 aktoria 8 mentorin ohjauksessa.',
        startsOn: '2022-09-01',
        endsOn: '2023-10-31',
        archivedAt: new Date('2023-11-16T12:00:00Z'),
        // Kept for the follow-up evaluation (agreed with participants), so the demo's history stays.
        retentionMonths: 60,
      },
      kind: 'past' as const,
      people: [coordinator, ...group('past-mentor', 'mentor', 8, 4), ...group('past-actor', 'actor', 30, 5)],
    },
  ];

  await db.transaction(async (tx) => {
    const everyone = new Map<string, Person>();
    for (const cohort of cohorts) for (const person of cohort.people) everyone.set(person.email, person);
    const inserted = await tx
      .insert(users)
      .values(
        [...everyone.values()].map((p) => ({
          email: p.email,
          name: p.name,
          locale: p.locale ?? 'fi',
          isAdmin: p.isAdmin ?? false,
          passwordHash: options.passwordHash,
        })),
      )
      .returning({ id: users.id, email: users.email });
    const idByEmail = new Map(inserted.map((u) => [u.email, u.id]));

    for (const [cohortIndex, cohort] of cohorts.entries()) {
      const [program] = await tx.insert(programs).values(cohort.program).returning({ id: programs.id });
      if (!program) throw new Error('program insert failed');
      const programId = program.id;
      const phases = defaultPhases(cohort.program.startsOn, cohort.program.endsOn);
      const phaseRows = await tx
        .insert(programPhases)
        .values(phases.map((phase, position) => ({ ...phase, programId, position })))
        .returning({ id: programPhases.id, kind: programPhases.kind, startsOn: programPhases.startsOn });
      await tx.insert(tags).values(DEFAULT_TAGS.map((tag) => ({ ...tag, programId })));
      const members = await tx
        .insert(participants)
        .values(
          cohort.people.map((p) => ({ programId, userId: idByEmail.get(p.email) as string, role: p.role })),
        )
        .returning({ id: participants.id, userId: participants.userId, role: participants.role });
      const mentorsHere = members.filter((m) => m.role === 'mentor');
      const actorsHere = members.filter((m) => m.role === 'actor');
      await tx
        .insert(profiles)
        .values([
          ...mentorsHere.map((m, i) => ({ participantId: m.id, ...mentorProfile(i) })),
          ...actorsHere.map((m, i) => ({ participantId: m.id, ...actorProfile(i, cohortIndex) })),
        ]);
      // A few conflicts of interest: a mentor who works with an actor, or is related to one.
      const conflicts = [
        [0, 3],
        [2, 11],
        [5, 20],
      ].flatMap(([mentor, actor]) => {
        const m = mentorsHere[mentor as number];
        const a = actorsHere[actor as number];
        return m && a ? [{ programId, mentorId: m.userId, actorId: a.userId }] : [];
      });
      await tx.insert(conflictsOfInterest).values(conflicts);

      const coordinatorId = idByEmail.get(DEMO_LOGINS.coordinator) as string;
      const people: DemoCohortPeople = {
        programId,
        coordinatorId,
        mentors: mentorsHere.map((m, i) => ({
          userId: m.userId,
          profile: mentorProfile(i),
          conflicts: conflicts.filter((c) => c.mentorId === m.userId).map((c) => c.actorId),
        })),
        actors: actorsHere.map((a, i) => ({ userId: a.userId, profile: actorProfile(i, cohortIndex) })),
      };
      const start = new Date(`${cohort.program.startsOn}T09:00:00Z`);
      const wished = await seedWishes(tx, people, addDays(start, cohort.kind === 'upcoming' ? -21 : -14));
      if (cohort.kind !== 'upcoming') {
        await seedSurveys(
          tx,
          {
            programId,
            coordinatorId,
            mentorIds: mentorsHere.map((m) => m.userId),
            actorIds: actorsHere.map((a) => a.userId),
          },
          {
            kind: cohort.kind,
            start,
            end: new Date(`${cohort.program.endsOn}T15:00:00Z`),
            today,
            openFor: idByEmail.get(DEMO_LOGINS.actor),
          },
        );
      }
      if (cohort.kind === 'running') {
        const pairs = await seedPairs(tx, people, wished, { publishedAt: addDays(start, 7) });
        const held = await seedSchedule(tx, {
          programId,
          mentorIds: mentorsHere.map((m) => m.userId),
          pairs,
          today,
        });
        await seedProgress(tx, {
          programId,
          today,
          phases: phaseRows,
          pairs,
          heldMeetings: held,
          closed: false,
          // The demo logins' own pair stays open, so it can be tried.
          keepOpen: new Set(
            [DEMO_LOGINS.actor, DEMO_LOGINS.mentor].map((email) => idByEmail.get(email) as string),
          ),
        });
        await seedCohortEvents(tx, {
          programId,
          today,
          actorIds: actorsHere.map((a) => a.userId),
          mentorIds: mentorsHere.map((m) => m.userId),
          coordinatorId,
        });
      }
      if (cohort.kind === 'past') {
        const pairs = await seedPairs(tx, people, wished, {
          publishedAt: addDays(start, 10),
          endedAt: new Date('2023-10-31T15:00:00Z'),
          endedEarly: { at: new Date('2023-03-15T12:00:00Z'), reasons: ['schedule', 'left_program'] },
        });
        await seedProgress(tx, {
          programId,
          today: new Date('2023-11-01T12:00:00Z'),
          phases: phaseRows,
          pairs,
          start,
          closed: true,
        });
        await seedProjectEvents(tx, {
          pastProgramId: programId,
          pastUserIds: [...actorsHere, ...mentorsHere].map((m) => m.userId),
          pastActorIds: actorsHere.map((a) => a.userId),
          coordinatorId,
        });
      }
    }
  });
  return true;
}
