import { queryRows } from '@mentoring/db';
import { participants, profiles } from '@mentoring/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import type { App } from '../../app.ts';
import { type AccessWorld, createAccessWorld } from '../factories.ts';
import { injectAs, type TestContext } from '../harness.ts';

export interface FuzzWorld {
  world: AccessWorld;
  /** Real ids by path-parameter name, so hostile bodies get past "not found" to the real checks. */
  ids: Record<string, string>;
}

async function must(app: App, user: Parameters<typeof injectAs>[1], request: Parameters<typeof injectAs>[2]) {
  const response = await injectAs(app, user, request);
  if (response.statusCode >= 300) throw new Error(`${request.method} ${request.url}: ${response.body}`);
  return response.json();
}

/** One program with a live pair and one of everything hanging off it. */
export async function buildFuzzWorld(ctx: TestContext): Promise<FuzzWorld> {
  const { app } = ctx;
  const db = ctx.database.db;
  const world = await createAccessWorld(db);
  const { coordinator, mentor, actor } = world.users;
  const programId = world.program.id;
  const [mentorRow] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.programId, programId), eq(participants.userId, mentor.id)));
  await db.insert(profiles).values({ participantId: mentorRow?.id as string, capacity: 3 });
  const [match] = await queryRows<{ id: string }>(
    db,
    sql`insert into matches (program_id, mentor_id, actor_id, status, published_at)
        values (${programId}, ${mentor.id}, ${actor.id}, 'active', now() - interval '30 days') returning id`,
  );
  const matchId = match?.id as string;
  const [booking] = await queryRows<{ id: string }>(
    db,
    sql`insert into bookings (program_id, match_id, mentor_id, actor_id, starts_at, ends_at, blocked_from, blocked_until, location_kind, ical_uid)
        values (${programId}, ${matchId}, ${mentor.id}, ${actor.id}, now() + interval '5 days', now() + interval '5 days 1 hour',
                now() + interval '5 days', now() + interval '5 days 1 hour', 'remote', ${`fuzz-booking-${matchId}`}) returning id`,
  );
  const session = await must(app, mentor, {
    method: 'POST',
    url: `/api/matches/${matchId}/sessions`,
    payload: {
      heldAt: new Date(Date.now() - 86_400_000).toISOString(),
      durationMinutes: 60,
      format: 'remote',
      sharedSummary: 'Puhuimme rahoituksesta.',
      privateNote: 'Oma muistiinpano.',
      actionItems: [{ text: 'Lähetä budjetti', owner: 'actor' }],
    },
  });
  const goal = await must(app, actor, {
    method: 'POST',
    url: `/api/matches/${matchId}/goals`,
    payload: { title: 'Hinnoittelu' },
  });
  const start = new Date(Date.now() + 7 * 86_400_000);
  const event = await must(app, coordinator, {
    method: 'POST',
    url: '/api/events',
    payload: {
      programId,
      type: 'workshop',
      title: 'Työpaja',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    },
  });
  const group = await must(app, coordinator, {
    method: 'POST',
    url: `/api/programs/${programId}/supervision-groups`,
    payload: { name: 'Ryhmä', memberIds: [actor.id] },
  });
  const invitation = await must(app, coordinator, {
    method: 'POST',
    url: `/api/programs/${programId}/invitations`,
    payload: { email: 'kutsuttu@example.test', name: 'Kutsuttu', role: 'actor' },
  });
  const guest = await must(app, coordinator, {
    method: 'POST',
    url: `/api/events/${event.id}/attendance/external`,
    payload: { name: 'Vieras' },
  });
  return {
    world,
    ids: {
      programId,
      matchId,
      mentorId: mentor.id,
      userId: actor.id,
      bookingId: booking?.id as string,
      sessionId: session.id,
      itemId: session.actionItems[0].id,
      goalId: goal.id,
      eventId: event.id,
      groupId: group.id,
      invitationId: invitation.invitation?.id ?? invitation.id,
      personId: guest.personId,
      token: 'not-a-real-token-0123456789abcdef',
      file: 'not-a-real-feed.ics',
    },
  };
}
