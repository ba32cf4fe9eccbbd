import { bookings, matches, outbox, participants, profiles } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import {
  type AccessWorld,
  addDefaultTags,
  addParticipant,
  createAccessWorld,
  createUser,
  insertBooking,
} from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

describe('participants and vocabulary', () => {
  let world: AccessWorld;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    await addDefaultTags(ctx.database.db, world.program.id);
  });

  describe('happy', () => {
    it('removing a participant keeps the row but ends their access', async () => {
      const person = await createUser(ctx.database.db);
      await addParticipant(ctx.database.db, world.program.id, person.id, 'actor');
      const removed = await injectAs(ctx.app, world.users.coordinator, {
        method: 'DELETE',
        url: `/api/programs/${world.program.id}/participants/${person.id}`,
      });
      expect(removed.statusCode).toBe(204);
      const [row] = await ctx.database.db
        .select()
        .from(participants)
        .where(and(eq(participants.programId, world.program.id), eq(participants.userId, person.id)));
      expect(row?.removedAt).toBeInstanceOf(Date);
      const program = await injectAs(ctx.app, person, {
        method: 'GET',
        url: `/api/programs/${world.program.id}`,
      });
      expect(program.statusCode).toBe(403);
    });

    it('removing an actor cancels their upcoming meetings in the program and tells both; past ones stay', async () => {
      const db = ctx.database.db;
      const actor = await createUser(db);
      const mentor = await createUser(db);
      await addParticipant(db, world.program.id, actor.id, 'actor');
      await addParticipant(db, world.program.id, mentor.id, 'mentor');
      const [mentorRow] = await db
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.programId, world.program.id), eq(participants.userId, mentor.id)));
      await db.insert(profiles).values({ participantId: mentorRow?.id as string, capacity: 1 });
      const [pair] = await db
        .insert(matches)
        .values({
          programId: world.program.id,
          mentorId: mentor.id,
          actorId: actor.id,
          status: 'active',
          publishedAt: ctx.clock(),
        })
        .returning();
      const pairOf = {
        programId: world.program.id,
        matchId: pair?.id as string,
        mentorId: mentor.id,
        actorId: actor.id,
      };
      const inDays = (days: number) => new Date(ctx.clock().getTime() + days * 86_400_000);
      const past = await insertBooking(db, pairOf, inDays(-3));
      const upcoming = await insertBooking(db, pairOf, inDays(5));

      const removed = await injectAs(ctx.app, world.users.coordinator, {
        method: 'DELETE',
        url: `/api/programs/${world.program.id}/participants/${actor.id}`,
      });
      expect(removed.statusCode).toBe(204);
      const after = await db
        .select()
        .from(bookings)
        .where(eq(bookings.matchId, pair?.id as string));
      const byId = new Map(after.map((b) => [b.id, b]));
      expect(byId.get(past.id)?.status).toBe('confirmed');
      expect(byId.get(upcoming.id)).toMatchObject({
        status: 'cancelled',
        cancelledBy: world.users.coordinator.id,
        sequence: 1,
      });
      const mail = (await db.select().from(outbox)).filter((m) =>
        m.payload.text.includes(`/bookings/${upcoming.id}`),
      );
      expect(mail.map((m) => m.payload.to).sort()).toEqual([actor.email, mentor.email].sort());
      expect(mail.every((m) => m.payload.calendar?.method === 'CANCEL')).toBe(true);
      expect(mail[0]?.payload.text).toContain('Removed from the program');
    });

    it('a coordinator replaces the vocabulary: labels change, missing tags go', async () => {
      const tags = [
        {
          kind: 'sector',
          slug: 'theatre',
          labelFi: 'Teatteri ja esittävät taiteet',
          labelEn: 'Theatre and performing arts',
        },
        { kind: 'topic', slug: 'funding', labelFi: 'Rahoitus', labelEn: 'Funding' },
        { kind: 'topic', slug: 'ai-tools', labelFi: 'Tekoälytyökalut', labelEn: 'AI tools' },
      ];
      const response = await injectAs(ctx.app, world.users.coordinator, {
        method: 'PUT',
        url: `/api/programs/${world.program.id}/tags`,
        payload: { tags },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(expect.arrayContaining(tags));
      expect(response.json()).toHaveLength(3);
    });
  });

  describe('errors', () => {
    it('the last coordinator cannot be removed; an unknown participant is 404', async () => {
      const last = await injectAs(ctx.app, world.users.coordinator, {
        method: 'DELETE',
        url: `/api/programs/${world.program.id}/participants/${world.users.coordinator.id}`,
      });
      expect(last.json()).toMatchObject({ status: 409, code: 'last_coordinator' });
      const missing = await injectAs(ctx.app, world.users.coordinator, {
        method: 'DELETE',
        url: `/api/programs/${world.program.id}/participants/${world.users.outsider.id}`,
      });
      expect(missing.statusCode).toBe(404);
    });

    it('duplicate tags and bad labels are refused', async () => {
      const tag = { kind: 'topic', slug: 'x', labelFi: 'X', labelEn: 'X' };
      const dup = await injectAs(ctx.app, world.users.coordinator, {
        method: 'PUT',
        url: `/api/programs/${world.program.id}/tags`,
        payload: { tags: [tag, tag] },
      });
      expect(dup.json().code).toBe('duplicate_tag');
      const bad = await injectAs(ctx.app, world.users.coordinator, {
        method: 'PUT',
        url: `/api/programs/${world.program.id}/tags`,
        payload: { tags: [{ ...tag, labelFi: '' }] },
      });
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('access', () => {
    it("only the program's coordinators remove participants and edit tags", async () => {
      const person = await createUser(ctx.database.db);
      await addParticipant(ctx.database.db, world.program.id, person.id, 'actor');
      // Denied roles first (the helper tries each), then the allowed coordinator removes them.
      await expectAccess(
        ctx.app,
        world,
        { method: 'DELETE', url: `/api/programs/${world.program.id}/participants/${person.id}` },
        {
          allowed: ['coordinator', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'PUT',
          url: `/api/programs/${world.program.id}/tags`,
          payload: { tags: [{ kind: 'topic', slug: 'funding', labelFi: 'Rahoitus', labelEn: 'Funding' }] },
        },
        { allowed: ['coordinator', 'admin'] },
      );
    });
  });
});
