import { matches, outbox, participants, profiles } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import {
  type AccessWorld,
  addDefaultTags,
  addParticipant,
  createAccessWorld,
  createUser,
  type TestUser,
} from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

async function setProfile(programId: string, userId: string, values: Partial<typeof profiles.$inferInsert>) {
  const [p] = await ctx.database.db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, programId), eq(participants.userId, userId)));
  if (!p) throw new Error('no participant');
  await ctx.database.db.insert(profiles).values({
    participantId: p.id,
    languages: ['fi'],
    municipality: 'Tampere',
    meetingModes: ['remote'],
    ...values,
  });
}

describe('matching and matches', () => {
  let world: AccessWorld;
  let mentors: TestUser[];
  let actors: TestUser[];
  let programId: string;

  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    programId = world.program.id;
    await addDefaultTags(ctx.database.db, programId);
    // world.users.mentor (capacity 1) and two more mentors; world.users.actor and four more actors.
    mentors = [
      world.users.mentor,
      await createUser(ctx.database.db, { name: 'Mentor B' }),
      await createUser(ctx.database.db, { name: 'Mentor C' }),
    ];
    actors = [world.users.actor];
    for (let i = 0; i < 4; i++) actors.push(await createUser(ctx.database.db, { name: `Actor ${i}` }));
    for (const m of mentors.slice(1)) await addParticipant(ctx.database.db, programId, m.id, 'mentor');
    for (const a of actors.slice(1)) await addParticipant(ctx.database.db, programId, a.id, 'actor');
    const sectors = ['theatre', 'music', 'festivals'];
    for (const [i, m] of mentors.entries()) {
      await setProfile(programId, m.id, {
        sectors: [sectors[i] as string],
        topics: ['funding', 'marketing'],
        capacity: i === 0 ? 1 : 2,
      });
    }
    for (const [i, a] of actors.entries()) {
      await setProfile(programId, a.id, { sectors: [sectors[i % 3] as string], topics: ['funding'] });
    }
  });

  const suggest = (body: object = {}, user = world.users.coordinator) =>
    injectAs(ctx.app, user, {
      method: 'POST',
      url: `/api/programs/${programId}/matching/suggestions`,
      payload: body,
    });

  describe('happy', () => {
    it('an actor ranks wishes and reads them back', async () => {
      const put = await injectAs(ctx.app, actors[1] as TestUser, {
        method: 'PUT',
        url: `/api/programs/${programId}/wishes`,
        payload: { mentorIds: [mentors[2]?.id, mentors[0]?.id] },
      });
      expect(put.statusCode).toBe(200);
      const own = await injectAs(ctx.app, actors[1] as TestUser, {
        method: 'GET',
        url: `/api/programs/${programId}/wishes`,
      });
      expect(own.json()).toEqual([{ actorId: actors[1]?.id, mentorIds: [mentors[2]?.id, mentors[0]?.id] }]);
    });

    it('suggests an optimal pairing within capacities, with reasons and a heatmap', async () => {
      const response = await suggest();
      expect(response.statusCode).toBe(200);
      const s = response.json();
      expect(s).toMatchObject({ objective: 'maxTotal', optimal: true, placedCount: 5 });
      const load = new Map<string, number>();
      for (const pair of s.pairs) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
      for (const m of s.mentors) expect(load.get(m.mentorId) ?? 0).toBeLessThanOrEqual(m.capacity);
      expect(s.pairs[0].reasons.length).toBeGreaterThan(0);
      expect(s.pairs[0].reasons[0]).toEqual(
        expect.objectContaining({ fi: expect.any(String), en: expect.any(String) }),
      );
      expect(s.heatmap.scores).toHaveLength(5);
      expect(s.heatmap.scores[0]).toHaveLength(3);
      // Actor 1's first wish (mentor C) raises that pair's score over the same pair without wishes.
      const cell = (h: typeof s.heatmap) =>
        h.scores[h.actorIds.indexOf(actors[1]?.id)][h.mentorIds.indexOf(mentors[2]?.id)];
      const wished = cell(s.heatmap);
      const url = `/api/programs/${programId}/wishes`;
      await injectAs(ctx.app, actors[1] as TestUser, { method: 'PUT', url, payload: { mentorIds: [] } });
      const unwished = cell((await suggest()).json().heatmap);
      await injectAs(ctx.app, actors[1] as TestUser, {
        method: 'PUT',
        url,
        payload: { mentorIds: [mentors[2]?.id, mentors[0]?.id] },
      });
      expect(wished).toBeGreaterThan(unwished);
    });

    it('honours locks and exclusions, and answers why-not', async () => {
      const lock = { actorId: actors[0]?.id, mentorId: mentors[1]?.id };
      const exclusion = { actorId: actors[1]?.id, mentorId: mentors[2]?.id };
      const s = (await suggest({ locks: [lock], exclusions: [exclusion], objective: 'fair' })).json();
      expect(s.pairs).toContainEqual(expect.objectContaining({ ...lock, locked: true }));
      expect(s.pairs).not.toContainEqual(expect.objectContaining(exclusion));
      const why = await injectAs(ctx.app, world.users.coordinator, {
        method: 'POST',
        url: `/api/programs/${programId}/matching/why-not`,
        payload: { ...exclusion, exclusions: [exclusion] },
      });
      expect(why.json()).toMatchObject({ status: 'forbidden' });
    });

    it('confirms and publishes: pairs become active, both people are emailed, mentors see their actor', async () => {
      const s = (await suggest()).json();
      const pairs = s.pairs.map(({ actorId, mentorId }: { actorId: string; mentorId: string }) => ({
        actorId,
        mentorId,
      }));
      const before = (await ctx.database.db.select().from(outbox)).length;
      const confirmed = await injectAs(ctx.app, world.users.coordinator, {
        method: 'POST',
        url: `/api/programs/${programId}/matches`,
        payload: { pairs, publish: true },
      });
      expect(confirmed.statusCode).toBe(201);
      expect(
        confirmed
          .json()
          .every((m: { status: string; score: number }) => m.status === 'active' && m.score !== null),
      ).toBe(true);
      expect((await ctx.database.db.select().from(outbox)).length).toBe(before + pairs.length * 2);

      const mine = await injectAs(ctx.app, world.users.actor, {
        method: 'GET',
        url: `/api/programs/${programId}/matches`,
      });
      expect(mine.json()).toHaveLength(1);
      const mentorOfActor = mine.json()[0].mentorId;
      const mentor = mentors.find((m) => m.id === mentorOfActor) as TestUser;
      const profile = await injectAs(ctx.app, mentor, {
        method: 'GET',
        url: `/api/profiles/${world.users.actor.id}?programId=${programId}`,
      });
      expect(profile.statusCode).toBe(200);
    });

    it('pauses, resumes, re-matches and ends a pair', async () => {
      const [match] = await ctx.database.db
        .select()
        .from(matches)
        .where(and(eq(matches.programId, programId), eq(matches.actorId, actors[2]?.id as string)));
      const patch = (payload: object, id = match?.id) =>
        injectAs(ctx.app, world.users.coordinator, { method: 'PATCH', url: `/api/matches/${id}`, payload });
      expect((await patch({ status: 'paused' })).json().status).toBe('paused');
      expect((await patch({ status: 'active' })).json().status).toBe('active');
      const other = mentors.find((m) => m.id !== match?.mentorId) as TestUser;
      // Every place is taken: end one of the other mentor's pairs to free a place, then re-match.
      const [freed] = await ctx.database.db
        .select()
        .from(matches)
        .where(and(eq(matches.mentorId, other.id), eq(matches.status, 'active')));
      expect(
        (await patch({ status: 'ended', endedReason: 'Tavoitteet saavutettu' }, freed?.id)).statusCode,
      ).toBe(200);
      const rematched = await patch({ mentorId: other.id, endedReason: 'Aikataulut eivät sopineet' });
      expect(rematched.json()).toMatchObject({
        mentorId: other.id,
        actorId: actors[2]?.id,
        status: 'active',
      });
      const [old] = await ctx.database.db
        .select()
        .from(matches)
        .where(eq(matches.id, match?.id as string));
      expect(old).toMatchObject({ status: 'ended', endedReason: 'Aikataulut eivät sopineet' });
      const current = (
        await injectAs(ctx.app, world.users.coordinator, {
          method: 'GET',
          url: `/api/programs/${programId}/matches`,
        })
      )
        .json()
        .find(
          (m: { actorId: string; status: string }) => m.actorId === actors[2]?.id && m.status === 'active',
        );
      const noReason = await patch({ status: 'ended' }, current.id);
      expect(noReason.statusCode).toBe(400);
      const ended = await patch({ status: 'ended', endedReason: 'Muutti ulkomaille' }, current.id);
      expect(ended.json()).toMatchObject({ status: 'ended', endedReason: 'Muutti ulkomaille' });
      expect((await patch({ status: 'active' }, current.id)).json().code).toBe('invalid_transition');
    });
  });

  describe('errors', () => {
    it('the database refuses a pair beyond the mentor capacity, and an actor with a running pair', async () => {
      const extra = await createUser(ctx.database.db);
      const extra2 = await createUser(ctx.database.db);
      const full = await createUser(ctx.database.db, { name: 'Mentor with one place' });
      await addParticipant(ctx.database.db, programId, extra.id, 'actor');
      await addParticipant(ctx.database.db, programId, extra2.id, 'actor');
      await addParticipant(ctx.database.db, programId, full.id, 'mentor');
      await setProfile(programId, full.id, { capacity: 1 });
      const over = await injectAs(ctx.app, world.users.coordinator, {
        method: 'POST',
        url: `/api/programs/${programId}/matches`,
        payload: {
          pairs: [
            { actorId: extra.id, mentorId: full.id },
            { actorId: extra2.id, mentorId: full.id },
          ],
        },
      });
      expect(over.json()).toMatchObject({ status: 409, code: 'mentor_at_capacity' });
      // All or nothing: the first pair of the refused set was not kept either.
      expect(await ctx.database.db.select().from(matches).where(eq(matches.mentorId, full.id))).toEqual([]);
      // An actor with a running pair cannot be given a second one.
      const paired = await createUser(ctx.database.db);
      await addParticipant(ctx.database.db, programId, paired.id, 'actor');
      const roomy = await createUser(ctx.database.db);
      await addParticipant(ctx.database.db, programId, roomy.id, 'mentor');
      await setProfile(programId, roomy.id, { capacity: 3 });
      const confirm = (mentorId: string) =>
        injectAs(ctx.app, world.users.coordinator, {
          method: 'POST',
          url: `/api/programs/${programId}/matches`,
          payload: { pairs: [{ actorId: paired.id, mentorId }], publish: true },
        });
      expect((await confirm(roomy.id)).statusCode).toBe(201);
      const twice = await confirm(full.id);
      expect(twice.json().code).toBe('actor_already_matched');
    });

    it('two coordinators confirming at once cannot overfill a mentor', async () => {
      const mentor = await createUser(ctx.database.db, { name: 'Contended mentor' });
      await addParticipant(ctx.database.db, programId, mentor.id, 'mentor');
      await setProfile(programId, mentor.id, { capacity: 1 });
      const rivals = [await createUser(ctx.database.db), await createUser(ctx.database.db)];
      for (const actor of rivals) await addParticipant(ctx.database.db, programId, actor.id, 'actor');
      const responses = await Promise.all(
        rivals.map((actor) =>
          injectAs(ctx.app, world.users.coordinator, {
            method: 'POST',
            url: `/api/programs/${programId}/matches`,
            payload: { pairs: [{ actorId: actor.id, mentorId: mentor.id }], publish: true },
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect(
        await ctx.database.db.select().from(matches).where(eq(matches.mentorId, mentor.id)),
      ).toHaveLength(1);
    });

    it('rejects wishes for non-mentors, duplicates, and bad weights', async () => {
      const put = (mentorIds: (string | undefined)[]) =>
        injectAs(ctx.app, world.users.actor, {
          method: 'PUT',
          url: `/api/programs/${programId}/wishes`,
          payload: { mentorIds },
        });
      expect((await put([world.users.coordinator.id])).json().code).toBe('unknown_reference');
      expect((await put([mentors[0]?.id, mentors[0]?.id])).json().code).toBe('duplicate_wish');
      expect((await put([mentors[0]?.id, mentors[1]?.id, mentors[2]?.id, mentors[0]?.id])).statusCode).toBe(
        400,
      );
      expect((await suggest({ weights: { sector: 11 } })).statusCode).toBe(400);
      expect((await suggest({ objective: 'random' })).statusCode).toBe(400);
    });
  });

  describe('access', () => {
    it('only coordinators run, explain and confirm matching', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'POST', url: `/api/programs/${programId}/matching/suggestions`, payload: {} },
        { allowed: ['coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${programId}/matching/settings` },
        { allowed: ['coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'POST',
          url: `/api/programs/${programId}/matches`,
          payload: { pairs: [{ actorId: actors[0]?.id, mentorId: mentors[0]?.id }] },
        },
        { allowed: ['coordinator', 'admin'] },
      );
    });

    it('members read their own pairs; only actors set wishes', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${programId}/matches` },
        { allowed: ['coordinator', 'mentor', 'actor', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'PUT', url: `/api/programs/${programId}/wishes`, payload: { mentorIds: [] } },
        { allowed: ['actor'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${programId}/wishes` },
        { allowed: ['actor', 'coordinator', 'admin'] },
      );
    });

    it('only coordinators change a pair', async () => {
      const [match] = await ctx.database.db.select().from(matches).where(eq(matches.programId, programId));
      await expectAccess(
        ctx.app,
        world,
        { method: 'PATCH', url: `/api/matches/${match?.id}`, payload: {} },
        { allowed: ['coordinator', 'admin'] },
      );
    });
  });
});
