import { bookings, matches, participants, profiles } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import {
  type AccessWorld,
  addParticipant,
  createAccessWorld,
  createUser,
  type TestUser,
} from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();
const DAY = 86_400_000;

async function capacity(programId: string, userId: string, n: number) {
  const [p] = await ctx.database.db
    .select()
    .from(participants)
    .where(and(eq(participants.programId, programId), eq(participants.userId, userId)));
  await ctx.database.db.insert(profiles).values({ participantId: p?.id as string, capacity: n });
}

describe('sessions, goals and pair health', () => {
  let world: AccessWorld;
  let matchId: string;
  let otherMentor: TestUser;
  let otherActor: TestUser;
  let quietMatchId: string;

  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    const programId = world.program.id;
    otherMentor = await createUser(ctx.database.db, { name: 'Mentor B' });
    otherActor = await createUser(ctx.database.db, { name: 'Actor B' });
    await addParticipant(ctx.database.db, programId, otherMentor.id, 'mentor');
    await addParticipant(ctx.database.db, programId, otherActor.id, 'actor');
    await capacity(programId, world.users.mentor.id, 2);
    await capacity(programId, otherMentor.id, 2);
    const now = ctx.clock();
    const [pair] = await ctx.database.db
      .insert(matches)
      .values({
        programId,
        mentorId: world.users.mentor.id,
        actorId: world.users.actor.id,
        status: 'active',
        publishedAt: new Date(now.getTime() - 20 * DAY),
      })
      .returning();
    const [quiet] = await ctx.database.db
      .insert(matches)
      .values({
        programId,
        mentorId: otherMentor.id,
        actorId: otherActor.id,
        status: 'active',
        publishedAt: new Date(now.getTime() - 40 * DAY),
      })
      .returning();
    matchId = pair?.id as string;
    quietMatchId = quiet?.id as string;
  });

  const logUrl = () => `/api/matches/${matchId}/sessions`;
  const logSession = (payload: object, user: TestUser = world.users.mentor) =>
    injectAs(ctx.app, user, { method: 'POST', url: logUrl(), payload });
  const yesterday = () => new Date(ctx.clock().getTime() - DAY).toISOString();

  describe('happy', () => {
    it('the mentor logs a session; the private note stays with its author, coordinators see no texts', async () => {
      const created = await logSession({
        heldAt: yesterday(),
        durationMinutes: 60,
        format: 'in_person',
        topics: ['funding'],
        sharedSummary: 'Kävimme läpi apurahahakemuksen rungon.',
        privateNote: 'Aktori vaikuttaa väsyneeltä.',
        actionItems: [
          { text: 'Luonnostele budjetti', owner: 'actor', dueOn: '2020-01-01' },
          { text: 'Lähetä esimerkkihakemus', owner: 'mentor' },
        ],
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        privateNote: 'Aktori vaikuttaa väsyneeltä.',
        sharedSummary: 'Kävimme läpi apurahahakemuksen rungon.',
      });

      const [asActor] = (await injectAs(ctx.app, world.users.actor, { method: 'GET', url: logUrl() })).json();
      expect(asActor).toMatchObject({
        privateNote: null,
        sharedSummary: 'Kävimme läpi apurahahakemuksen rungon.',
      });
      expect(asActor.actionItems).toHaveLength(2);
      expect(asActor.actionItems[0]).toMatchObject({ owner: 'actor', overdue: true, done: false });

      const [asCoordinator] = (
        await injectAs(ctx.app, world.users.coordinator, { method: 'GET', url: logUrl() })
      ).json();
      expect(asCoordinator).toMatchObject({
        durationMinutes: 60,
        topics: ['funding'],
        sharedSummary: null,
        privateNote: null,
        reflection: null,
        actionItems: null,
      });
      expect(JSON.stringify(asCoordinator)).not.toContain('väsyneeltä');
    });

    it('logs a booked meeting with its date, length and format prefilled, once', async () => {
      const startsAt = new Date(ctx.clock().getTime() - 2 * DAY);
      const [booking] = await ctx.database.db
        .insert(bookings)
        .values({
          programId: world.program.id,
          matchId,
          mentorId: world.users.mentor.id,
          actorId: world.users.actor.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          blockedFrom: startsAt,
          blockedUntil: new Date(startsAt.getTime() + 90 * 60_000),
          locationKind: 'remote',
          icalUid: `test-${Date.now()}@mentoring`,
        })
        .returning();
      const logged = await logSession({ bookingId: booking?.id, sharedSummary: 'Hyvä tapaaminen' });
      expect(logged.json()).toMatchObject({
        bookingId: booking?.id,
        durationMinutes: 90,
        format: 'remote',
        heldAt: startsAt.toISOString(),
      });
      expect((await logSession({ bookingId: booking?.id })).json().code).toBe('already_logged');
    });

    it('the actor reflects and ticks their own action items, not the mentor\u2019s', async () => {
      const session = (await injectAs(ctx.app, world.users.actor, { method: 'GET', url: logUrl() }))
        .json()
        .find((x: { actionItems: unknown[] }) => x.actionItems.length === 2);
      const reflected = await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/sessions/${session.id}/reflection`,
        payload: { reflection: 'Sain selkeyttä.' },
      });
      expect(reflected.json().reflection).toBe('Sain selkeyttä.');
      const [own, mentors] = session.actionItems;
      const ticked = await injectAs(ctx.app, world.users.actor, {
        method: 'PATCH',
        url: `/api/action-items/${own.id}`,
        payload: { done: true },
      });
      expect(ticked.json()).toMatchObject({ done: true, overdue: false });
      expect(
        (
          await injectAs(ctx.app, world.users.actor, {
            method: 'PATCH',
            url: `/api/action-items/${mentors.id}`,
            payload: { done: true },
          })
        ).statusCode,
      ).toBe(403);
    });

    it('goals: the actor sets them, the mentor comments, both rate progress', async () => {
      const created = await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/matches/${matchId}/goals`,
        payload: { title: 'Rahoitusosaaminen', successCriteria: 'Kaksi hakemusta jätetty' },
      });
      expect(created.statusCode).toBe(201);
      const goal = created.json();
      const commented = await injectAs(ctx.app, world.users.mentor, {
        method: 'PATCH',
        url: `/api/goals/${goal.id}`,
        payload: { mentorComment: 'Hyvä tavoite' },
      });
      expect(commented.json().mentorComment).toBe('Hyvä tavoite');
      await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/goals/${goal.id}/checkins`,
        payload: { rating: 2, note: 'Alussa' },
      });
      await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/goals/${goal.id}/checkins`,
        payload: { rating: 3 },
      }); // replaces
      const rated = await injectAs(ctx.app, world.users.mentor, {
        method: 'POST',
        url: `/api/goals/${goal.id}/checkins`,
        payload: { rating: 4 },
      });
      expect(
        rated.json().checkIns.map((c: { ratedBy: string; rating: number }) => [c.ratedBy, c.rating]),
      ).toEqual([
        ['actor', 3],
        ['mentor', 4],
      ]);
    });

    it('pair health: a pair that meets is on track; a pair with no first meeting after 40 days is at risk', async () => {
      const response = await injectAs(ctx.app, world.users.coordinator, {
        method: 'GET',
        url: `/api/programs/${world.program.id}/health`,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      const byMatch = new Map(body.pairs.map((p: { matchId: string }) => [p.matchId, p]));
      expect(byMatch.get(matchId)).toMatchObject({
        sessionsHeld: 2,
        openActionItems: 1,
        latestGoalRating: 3,
      });
      expect(['on_track', 'needs_check_in']).toContain((byMatch.get(matchId) as { state: string }).state);
      expect(byMatch.get(quietMatchId)).toMatchObject({
        state: 'at_risk',
        reasons: ['no_first_meeting'],
        sessionsHeld: 0,
      });
      expect(body.counts.at_risk).toBe(1);
      expect(body.meetingsPerWeek.reduce((n: number, w: { meetings: number }) => n + w.meetings, 0)).toBe(2);
    });

    it('closing: the actor reflects, the mentor completes the pair', async () => {
      const byActor = await injectAs(ctx.app, otherActor, {
        method: 'POST',
        url: `/api/matches/${quietMatchId}/close`,
        payload: { outcome: 'completed', reflection: 'Kiitos!', continueMeeting: true },
      });
      expect(byActor.json()).toMatchObject({ status: 'active', actorReflection: 'Kiitos!' });
      const byMentor = await injectAs(ctx.app, otherMentor, {
        method: 'POST',
        url: `/api/matches/${quietMatchId}/close`,
        payload: { outcome: 'ended', endedReason: 'schedule', reflection: 'Aikataulut' },
      });
      expect(byMentor.json()).toMatchObject({
        status: 'ended',
        endedReason: 'schedule',
        actorReflection: 'Kiitos!',
        mentorReflection: 'Aikataulut',
        continueMeeting: true,
      });
      // The closing can be read back: the pair sees both reflections, the coordinator neither.
      const closure = (who: TestUser) =>
        injectAs(ctx.app, who, { method: 'GET', url: `/api/matches/${quietMatchId}/closure` });
      expect((await closure(otherActor)).json()).toMatchObject({
        status: 'ended',
        actorReflection: 'Kiitos!',
        mentorReflection: 'Aikataulut',
      });
      expect((await closure(world.users.coordinator)).json()).toMatchObject({
        status: 'ended',
        endedReason: 'schedule',
        actorReflection: null,
        mentorReflection: null,
      });
      expect((await closure(world.users.actor)).statusCode).toBe(403);
      const health = (
        await injectAs(ctx.app, world.users.coordinator, {
          method: 'GET',
          url: `/api/programs/${world.program.id}/health`,
        })
      ).json();
      expect(health.pairs.find((p: { matchId: string }) => p.matchId === quietMatchId).state).toBe('closed');
    });
  });

  describe('errors', () => {
    it('refuses a session in the future, a missing time, another pair\u2019s booking, a bad rating; changes nothing', async () => {
      const before = (await injectAs(ctx.app, world.users.mentor, { method: 'GET', url: logUrl() })).json()
        .length;
      const future = new Date(ctx.clock().getTime() + 3 * DAY).toISOString();
      expect((await logSession({ heldAt: future, durationMinutes: 60, format: 'remote' })).json().code).toBe(
        'session_in_future',
      );
      expect((await logSession({ durationMinutes: 60, format: 'remote' })).json().code).toBe(
        'validation_failed',
      );
      expect((await logSession({ bookingId: crypto.randomUUID() })).json().code).toBe('unknown_reference');
      expect(
        (await logSession({ heldAt: yesterday(), durationMinutes: 0, format: 'remote' })).statusCode,
      ).toBe(400);
      expect(
        (await injectAs(ctx.app, world.users.mentor, { method: 'GET', url: logUrl() })).json(),
      ).toHaveLength(before);
      const [goal] = (
        await injectAs(ctx.app, world.users.actor, { method: 'GET', url: `/api/matches/${matchId}/goals` })
      ).json();
      expect(
        (
          await injectAs(ctx.app, world.users.actor, {
            method: 'POST',
            url: `/api/goals/${goal.id}/checkins`,
            payload: { rating: 6 },
          })
        ).statusCode,
      ).toBe(400);
    });

    it('at most five goals', async () => {
      for (let i = 0; i < 4; i++) {
        await injectAs(ctx.app, world.users.actor, {
          method: 'POST',
          url: `/api/matches/${matchId}/goals`,
          payload: { title: `Tavoite ${i}` },
        });
      }
      const sixth = await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/matches/${matchId}/goals`,
        payload: { title: 'Liikaa' },
      });
      expect(sixth.json().code).toBe('too_many_goals');
    });
  });

  describe('access', () => {
    it('another mentor, the actor and a coordinator never get the private note, directly or through lists', async () => {
      const session = (await injectAs(ctx.app, world.users.mentor, { method: 'GET', url: logUrl() }))
        .json()
        .find((x: { privateNote: string }) => x.privateNote === 'Aktori vaikuttaa väsyneeltä.');
      expect((await injectAs(ctx.app, otherMentor, { method: 'GET', url: logUrl() })).statusCode).toBe(403);
      expect(
        (
          await injectAs(ctx.app, otherMentor, {
            method: 'PATCH',
            url: `/api/sessions/${session.id}`,
            payload: { privateNote: 'x' },
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await injectAs(ctx.app, world.users.actor, {
            method: 'PATCH',
            url: `/api/sessions/${session.id}`,
            payload: { privateNote: 'x' },
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await injectAs(ctx.app, world.users.coordinator, {
            method: 'PATCH',
            url: `/api/sessions/${session.id}`,
            payload: { privateNote: 'x' },
          })
        ).statusCode,
      ).toBe(403);
      for (const user of [world.users.actor, world.users.coordinator, world.users.admin]) {
        const body = (await injectAs(ctx.app, user, { method: 'GET', url: logUrl() })).body;
        expect(body).not.toContain('väsyneeltä');
      }
    });

    it('sessions: the pair and coordinators read; only the pair\u2019s mentor logs', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: logUrl() },
        { allowed: ['mentor', 'actor', 'coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'POST',
          url: logUrl(),
          payload: { heldAt: yesterday(), durationMinutes: 30, format: 'remote' },
        },
        {
          allowed: ['mentor'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: logUrl().replace('/sessions', '/closure') },
        { allowed: ['mentor', 'actor', 'coordinator', 'admin'] },
      );
    });

    it('goals: the pair and coordinators read; the actor writes; health is for coordinators', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/matches/${matchId}/goals` },
        { allowed: ['mentor', 'actor', 'coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${world.program.id}/health` },
        { allowed: ['coordinator', 'admin'] },
      );
    });
  });
});
