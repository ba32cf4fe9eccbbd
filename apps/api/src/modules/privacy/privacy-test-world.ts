import { randomUUID } from 'node:crypto';
import type { Db } from '@mentoring/db';
import * as schema from '@mentoring/db/schema';
import {
  actionItems,
  attendance,
  authThrottle,
  availability,
  calendarFeeds,
  checkIns,
  conflictsOfInterest,
  eventRegistrations,
  events,
  goals,
  invitations,
  matchClosures,
  matches,
  outbox,
  participants,
  passwordResets,
  profiles,
  refreshTokens,
  sessionLogs,
  supervisionGroupMembers,
  supervisionGroups,
  surveyAnswers,
  surveyQuestions,
  surveyRecipients,
  surveyResponses,
  surveys,
  wishes,
} from '@mentoring/db/schema';
import { and, eq, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import {
  addParticipant,
  createProgram,
  createUser,
  insertBooking,
  type TestUser,
} from '../../test/factories.ts';

const DAY = 86_400_000;
export const MENTOR_PRIVATE_NOTE = 'Mentorin oma muistiinpano: aktori väsynyt';
export const ACTOR_REFLECTION = 'Aktorin pohdinta: opin paljon rahoituksesta';
export const ACTOR_SURVEY_TEXT = 'Aktorin vapaa vastaus kyselyyn';
export const OTHER_SURVEY_TEXT = 'Toisen vastaajan vapaa vastaus';

/** Every table of the schema, with drizzle's description of it. */
export function schemaTables() {
  return Object.values(schema as Record<string, unknown>)
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => ({ table, config: getTableConfig(table) }));
}

/**
 * A mentor and an actor who appear in every table that can hold a person: a pair with a past and a
 * future meeting, a logged session with the mentor's private note and the actor's reflection,
 * goals, a closure, events, a supervision group, a survey both answered, secrets and emails.
 */
export async function createPersonEverywhere(db: Db, now: Date) {
  const program = await createProgram(db, { startsOn: '2024-01-01', endsOn: '2024-06-30' });
  const coordinator = await createUser(db, { name: `Koordinaattori ${randomUUID()}` });
  const mentor = await createUser(db, { name: `Mentori ${randomUUID()}` });
  const actor = await createUser(db, { name: `Aktori ${randomUUID()}` });
  const otherActor = await createUser(db, { name: `Toinen ${randomUUID()}` });
  await addParticipant(db, program.id, coordinator.id, 'coordinator');
  for (const [user, role] of [
    [mentor, 'mentor'],
    [actor, 'actor'],
    [otherActor, 'actor'],
  ] as const) {
    await addParticipant(db, program.id, user.id, role);
    const [p] = await db
      .select()
      .from(participants)
      .where(and(eq(participants.programId, program.id), eq(participants.userId, user.id)));
    await db
      .insert(profiles)
      .values({ participantId: p?.id as string, bio: `Bio of ${user.name}`, capacity: 2 });
  }
  await db
    .insert(conflictsOfInterest)
    .values({ programId: program.id, mentorId: mentor.id, actorId: otherActor.id });
  await db.insert(wishes).values({ programId: program.id, actorId: actor.id, mentorId: mentor.id, rank: 1 });
  const [pair] = await db
    .insert(matches)
    .values({
      programId: program.id,
      mentorId: mentor.id,
      actorId: actor.id,
      status: 'active',
      createdBy: coordinator.id,
      publishedAt: now,
    })
    .returning();
  const matchId = pair?.id as string;
  const [otherPair] = await db
    .insert(matches)
    .values({
      programId: program.id,
      mentorId: mentor.id,
      actorId: otherActor.id,
      status: 'active',
      publishedAt: now,
    })
    .returning();
  await db.insert(availability).values({ mentorId: mentor.id });
  for (const startsAt of [new Date(now.getTime() - 3 * DAY), new Date(now.getTime() + 3 * DAY)]) {
    const pair = { programId: program.id, matchId, mentorId: mentor.id, actorId: actor.id };
    await insertBooking(db, pair, startsAt, { agenda: 'Apurahahakemus', createdBy: actor.id });
  }
  const [session] = await db
    .insert(sessionLogs)
    .values({
      programId: program.id,
      matchId,
      authorId: mentor.id,
      heldAt: new Date(now.getTime() - 3 * DAY),
      durationMinutes: 60,
      format: 'remote',
      sharedSummary: 'Yhteinen yhteenveto',
      privateNote: MENTOR_PRIVATE_NOTE,
      reflection: ACTOR_REFLECTION,
    })
    .returning();
  await db.insert(sessionLogs).values({
    programId: program.id,
    matchId: otherPair?.id as string,
    authorId: mentor.id,
    heldAt: new Date(now.getTime() - 2 * DAY),
    durationMinutes: 45,
    format: 'remote',
    privateNote: 'Note about the other actor',
  });
  await db
    .insert(actionItems)
    .values({ sessionId: session?.id as string, matchId, text: 'Lähetä hakemus', owner: 'actor' });
  const [goal] = await db
    .insert(goals)
    .values({ matchId, title: 'Rahoitusosaaminen', description: 'Oma kuvaus' })
    .returning();
  await db
    .insert(checkIns)
    .values({ goalId: goal?.id as string, ratedBy: 'actor', rating: 3, note: 'Hyvin menee' });
  await db
    .insert(matchClosures)
    .values({ matchId, actorReflection: 'Kiitos', mentorReflection: 'Hieno matka', closedBy: mentor.id });

  const [group] = await db
    .insert(supervisionGroups)
    .values({ programId: program.id, name: 'Ryhmä 1', supervisorName: mentor.name, supervisorId: mentor.id })
    .returning();
  await db.insert(supervisionGroupMembers).values({ groupId: group?.id as string, userId: actor.id });
  const [event] = await db
    .insert(events)
    .values({
      programId: program.id,
      type: 'workshop',
      title: 'Työpaja',
      startsAt: now,
      endsAt: new Date(now.getTime() + 3_600_000),
    })
    .returning();
  await db.insert(eventRegistrations).values({ eventId: event?.id as string, userId: actor.id });
  await db
    .insert(attendance)
    .values({ eventId: event?.id as string, userId: actor.id, markedBy: coordinator.id });

  const [survey] = await db
    .insert(surveys)
    .values({
      programId: program.id,
      kind: 'end',
      title: { fi: 'Loppukysely', en: 'End survey' },
      opensAt: new Date(now.getTime() - DAY),
      closesAt: new Date(now.getTime() + DAY),
      sentAt: now,
      createdBy: coordinator.id,
    })
    .returning();
  const [question] = await db
    .insert(surveyQuestions)
    .values({
      surveyId: survey?.id as string,
      position: 0,
      kind: 'text',
      key: 'free',
      prompt: { fi: 'Kerro', en: 'Tell' },
    })
    .returning();
  for (const [user, text] of [
    [actor, ACTOR_SURVEY_TEXT],
    [otherActor, OTHER_SURVEY_TEXT],
  ] as const) {
    await db
      .insert(surveyRecipients)
      .values({ surveyId: survey?.id as string, userId: user.id, role: 'actor', answeredAt: now });
    const [response] = await db
      .insert(surveyResponses)
      .values({ surveyId: survey?.id as string, userId: user.id, role: 'actor' })
      .returning();
    await db
      .insert(surveyAnswers)
      .values({ responseId: response?.id as string, questionId: question?.id as string, text });
  }

  for (const user of [mentor, actor]) {
    const expiresAt = new Date(now.getTime() + DAY);
    await db
      .insert(refreshTokens)
      .values({ userId: user.id, familyId: randomUUID(), tokenHash: randomUUID(), expiresAt });
    await db.insert(passwordResets).values({ userId: user.id, tokenHash: randomUUID(), expiresAt });
    await db.insert(calendarFeeds).values({ userId: user.id, tokenHash: randomUUID() });
    await db
      .insert(outbox)
      .values({ payload: { to: user.email, subject: 'Tervetuloa', text: `Hei ${user.name}` } });
    await db.insert(authThrottle).values({ key: `login:${user.email}`, attempts: 1 });
    await db.insert(invitations).values({
      programId: program.id,
      email: user.email,
      name: user.name,
      role: 'actor',
      tokenHash: randomUUID(),
      invitedBy: coordinator.id,
      expiresAt,
      acceptedAt: now,
      acceptedBy: user.id,
    });
  }
  return { program, coordinator, mentor, actor, otherActor, matchId, surveyId: survey?.id as string };
}
export type PersonEverywhere = Awaited<ReturnType<typeof createPersonEverywhere>>;
export type { TestUser };
