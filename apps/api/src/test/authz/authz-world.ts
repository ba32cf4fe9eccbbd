import { queryRows } from '@mentoring/db';
import { sql } from 'drizzle-orm';
import type { App } from '../../app.ts';
import { fullAnswers } from '../../modules/surveys/survey-test-helpers.ts';
import { addParticipant, createUser, type TestUser } from '../factories.ts';
import { buildFuzzWorld, type FuzzWorld } from '../fuzz/fuzz-world.ts';
import { injectAs, type TestContext } from '../harness.ts';

export const AVAILABILITY = {
  timeZone: 'Europe/Helsinki',
  weeklyRules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
  overrides: [],
  lengths: [60],
  stepMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 60,
  horizonDays: 21,
  maxPerDay: null,
  maxPerWeek: null,
};

export interface AuthzWorld extends FuzzWorld {
  /** Objects of a second pair in the same program: "someone else's" for the first pair. */
  sibling: Record<string, string>;
}

async function must(app: App, user: TestUser, request: Parameters<typeof injectAs>[2]) {
  const response = await injectAs(app, user, request);
  if (response.statusCode >= 300) throw new Error(`${request.method} ${request.url}: ${response.body}`);
  return response.json();
}

/**
 * The fuzz world (a program with a live pair and one of everything) plus what the matrix needs
 * beyond it: free slots, surveys (one sent, one draft), an unmatched actor, and a second pair.
 */
export async function buildAuthzWorld(ctx: TestContext): Promise<AuthzWorld> {
  const { app } = ctx;
  const db = ctx.database.db;
  const fuzz = await buildFuzzWorld(ctx);
  const { coordinator, mentor } = fuzz.world.users;
  const programId = fuzz.world.program.id;

  await must(app, mentor, {
    method: 'PUT',
    url: `/api/mentors/${mentor.id}/availability`,
    payload: AVAILABILITY,
  });
  const from = new Date(Date.now() + 86_400_000).toISOString();
  const to = new Date(Date.now() + 20 * 86_400_000).toISOString();
  const { slots } = await must(app, mentor, {
    method: 'GET',
    url: `/api/mentors/${mentor.id}/slots?from=${from}&to=${to}&length=60`,
  });
  const opensAt = new Date(Date.now() - 3_600_000).toISOString();
  const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const survey = await must(app, coordinator, {
    method: 'POST',
    url: `/api/programs/${programId}/surveys`,
    payload: { template: 'pulse', opensAt, closesAt },
  });
  await must(app, coordinator, {
    method: 'POST',
    url: `/api/surveys/${survey.id}/send`,
    payload: { roles: ['actor', 'mentor'] },
  });
  const draft = await must(app, coordinator, {
    method: 'POST',
    url: `/api/programs/${programId}/surveys`,
    payload: { template: 'pulse', opensAt, closesAt },
  });

  const freeActor = await createUser(db, { name: 'Free actor' });
  await addParticipant(db, programId, freeActor.id, 'actor');

  // The second pair, with a booking, a logged session (private note, action item) and a goal.
  const mentor2 = await createUser(db, { name: 'Mentor B' });
  const actor2 = await createUser(db, { name: 'Actor B' });
  await addParticipant(db, programId, mentor2.id, 'mentor');
  await addParticipant(db, programId, actor2.id, 'actor');
  await queryRows(
    db,
    sql`insert into profiles (participant_id, capacity)
        select id, 3 from participants where program_id = ${programId} and user_id = ${mentor2.id}`,
  );
  const [match] = await queryRows<{ id: string }>(
    db,
    sql`insert into matches (program_id, mentor_id, actor_id, status, published_at)
        values (${programId}, ${mentor2.id}, ${actor2.id}, 'active', now() - interval '30 days') returning id`,
  );
  const matchId = match?.id as string;
  const [booking] = await queryRows<{ id: string }>(
    db,
    sql`insert into bookings (program_id, match_id, mentor_id, actor_id, starts_at, ends_at, blocked_from, blocked_until, location_kind, ical_uid)
        values (${programId}, ${matchId}, ${mentor2.id}, ${actor2.id}, now() + interval '6 days', now() + interval '6 days 1 hour',
                now() + interval '6 days', now() + interval '6 days 1 hour', 'remote', ${`sibling-${matchId}`}) returning id`,
  );
  const session = await must(app, mentor2, {
    method: 'POST',
    url: `/api/matches/${matchId}/sessions`,
    payload: {
      heldAt: new Date(Date.now() - 86_400_000).toISOString(),
      durationMinutes: 45,
      format: 'remote',
      privateNote: 'Mentor B:n oma muistiinpano.',
      actionItems: [{ text: 'Soita rahoittajalle', owner: 'actor' }],
    },
  });
  const goal = await must(app, actor2, {
    method: 'POST',
    url: `/api/matches/${matchId}/goals`,
    payload: { title: 'Verkosto' },
  });

  return {
    ...fuzz,
    ids: {
      ...fuzz.ids,
      surveyId: survey.id,
      // The sent survey's answers, complete (JSON: ids are strings).
      surveyAnswers: JSON.stringify(fullAnswers(survey, 4)),
      file: 'aaaaaaaaaaaaaaaaaaaaaaaa.ics',
      draftSurveyId: draft.id,
      freeActorId: freeActor.id,
      slotStart: slots[0]?.start,
      // A day later than the first, so moving a booking there never touches it.
      slotLater: slots.find((s: { start: string }) => s.start.slice(0, 10) !== slots[0]?.start.slice(0, 10))
        ?.start,
    },
    sibling: {
      matchId,
      mentorId: mentor2.id,
      userId: actor2.id,
      bookingId: booking?.id as string,
      sessionId: session.id,
      itemId: session.actionItems[0].id,
      goalId: goal.id,
      /** Not a path parameter: the other actor's email, which the first pair must never see. */
      actorEmail: actor2.email,
    },
  };
}
