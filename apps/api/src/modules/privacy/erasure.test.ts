import type { Db } from '@mentoring/db';
import { queryRows } from '@mentoring/db';
import {
  attendance,
  auditLog,
  bookings,
  outbox,
  profiles,
  sessionLogs,
  surveyAnswers,
  surveyResponses,
  users,
} from '@mentoring/db/schema';
import { count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { createAccessWorld, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';
import { ERASED_NAME, KEPT_REFERENCES } from './erasure.ts';
import { createPersonEverywhere, MENTOR_PRIVATE_NOTE, schemaTables } from './privacy-test-world.ts';

const ctx = useTestApp();
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every uuid column of every table (from the schema) that holds `id`, as "table.column" → rows. */
async function uuidHits(db: Db, id: string): Promise<Record<string, number>> {
  const hits: Record<string, number> = {};
  for (const { config } of schemaTables()) {
    for (const column of config.columns.filter((c) => c.getSQLType() === 'uuid')) {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql.raw(`select count(*)::int as n from ${quote(config.name)} where ${quote(column.name)} = '${id}'`),
      );
      if (row && row.n > 0) hits[`${config.name}.${column.name}`] = row.n;
    }
  }
  return hits;
}

/** Tables where any row, as text (jsonb, arrays, keys included), contains `needle`. */
async function textHits(db: Db, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { config } of schemaTables()) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.raw(quote(config.name))} t where lower(t::text) like ${`%${needle.toLowerCase()}%`}`,
    );
    if (row && row.n > 0) found.push(config.name);
  }
  return found;
}

const allowed = new Set([
  'users.id',
  'audit_log.subject_id',
  ...Object.entries(KEPT_REFERENCES).flatMap(([t, cs]) => cs.map((c) => `${t}.${c}`)),
]);

describe('erasure (POST /api/admin/users/:userId/erase)', () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  const erase = (userId: string) =>
    injectAs(ctx.app, admin, { method: 'POST', url: `/api/admin/users/${userId}/erase` });

  beforeAll(async () => {
    admin = await createUser(ctx.database.db, { isAdmin: true, name: 'Admin' });
  });

  describe('happy', () => {
    it('erases an actor: the id remains only in the anonymised row, kept references and the erasure record', async () => {
      const db = ctx.database.db;
      const world = await createPersonEverywhere(db, ctx.clock());
      const read = await injectAs(ctx.app, world.coordinator, {
        method: 'GET',
        url: `/api/profiles/${world.actor.id}?programId=${world.program.id}`,
      });
      expect(read.statusCode, read.body).toBe(200);
      const [answersBefore] = await db.select({ n: count() }).from(surveyAnswers);
      const [attendanceBefore] = await db.select({ n: count() }).from(attendance);

      const response = await erase(world.actor.id);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().tables.survey_responses).toBe(1);

      // Their upcoming meeting is cancelled; the past one stays. The mentor is told, without a
      // name (the text checks below cover the outbox too); the erased address gets nothing.
      const meetings = await db
        .select({ startsAt: bookings.startsAt, status: bookings.status })
        .from(bookings)
        .where(eq(bookings.matchId, world.matchId))
        .orderBy(bookings.startsAt);
      expect(meetings.map((m) => m.status)).toEqual(['confirmed', 'cancelled']);
      expect(response.json().tables.cancelled_meetings).toBe(1);
      const mail = await db.select({ payload: outbox.payload }).from(outbox);
      const cancellations = mail.filter((m) => m.payload.subject.startsWith('Peruttu'));
      expect(cancellations.map((m) => m.payload.to)).toEqual([world.mentor.email]);
      expect(mail.some((m) => m.payload.to.endsWith('@invalid'))).toBe(false);

      const hits = await uuidHits(db, world.actor.id);
      expect(
        Object.keys(hits).filter((hit) => !allowed.has(hit)),
        JSON.stringify(hits),
      ).toEqual([]);
      expect(hits['users.id']).toBe(1);
      expect(hits['audit_log.subject_id'], 'only the erasure record').toBe(1);
      const idTables = new Set(Object.keys(hits).map((hit) => hit.split('.')[0]));
      expect((await textHits(db, world.actor.id)).filter((t) => !idTables.has(t))).toEqual([]);
      expect(await textHits(db, world.actor.email)).toEqual([]);
      expect(await textHits(db, world.actor.name)).toEqual([]);

      const [row] = await db.select().from(users).where(eq(users.id, world.actor.id));
      expect(row).toMatchObject({
        name: ERASED_NAME,
        email: `erased-${world.actor.id}@invalid`,
        passwordHash: null,
        isActive: false,
      });
      expect(row?.erasedAt).not.toBeNull();
      const [record] = await db.select().from(auditLog).where(eq(auditLog.subjectId, world.actor.id));
      expect(record).toMatchObject({ action: 'user.erase', actorId: admin.id });

      // Aggregates and other people's records stay consistent.
      const [answersAfter] = await db.select({ n: count() }).from(surveyAnswers);
      const [attendanceAfter] = await db.select({ n: count() }).from(attendance);
      expect(answersAfter?.n).toBe(answersBefore?.n);
      expect(attendanceAfter?.n).toBe(attendanceBefore?.n);
      const others = await db
        .select()
        .from(surveyResponses)
        .where(eq(surveyResponses.userId, world.otherActor.id));
      expect(others).toHaveLength(1);
      const [session] = await db.select().from(sessionLogs).where(eq(sessionLogs.matchId, world.matchId));
      expect(session).toMatchObject({
        privateNote: MENTOR_PRIVATE_NOTE,
        reflection: null,
        authorId: world.mentor.id,
      });
    });

    it("erases a mentor: their notes go, the actor's pair history and profile stay", async () => {
      const db = ctx.database.db;
      const world = await createPersonEverywhere(db, ctx.clock());
      expect((await erase(world.mentor.id)).statusCode).toBe(200);
      const hits = await uuidHits(db, world.mentor.id);
      expect(
        Object.keys(hits).filter((hit) => !allowed.has(hit)),
        JSON.stringify(hits),
      ).toEqual([]);
      const written = await db.select().from(sessionLogs).where(eq(sessionLogs.programId, world.program.id));
      expect(written.map((s) => [s.privateNote, s.sharedSummary])).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(await textHits(db, world.mentor.email)).toEqual([]);
      const sessions = await db.select().from(sessionLogs).where(eq(sessionLogs.matchId, world.matchId));
      expect(sessions).toHaveLength(1);
      expect(sessions[0]?.authorId).toBeNull();
      const bios = (await db.select().from(profiles)).map((p) => p.bio);
      expect(bios).toContain(`Bio of ${world.actor.name}`);
    });

    it('the erased person can no longer sign in', async () => {
      const person = await createUser(ctx.database.db);
      expect((await erase(person.id)).statusCode).toBe(200);
      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: person.email, password: TEST_PASSWORD },
      });
      expect(login.statusCode).toBe(401);
    });

    it('finds people by name or email for administrators', async () => {
      const person = await createUser(ctx.database.db, { name: 'Findable Person_%' });
      const response = await injectAs(ctx.app, admin, {
        method: 'GET',
        url: `/api/admin/users?q=${encodeURIComponent('person_%')}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual([expect.objectContaining({ id: person.id, erasedAt: null })]);
    });
  });

  describe('errors', () => {
    it('404 for an unknown person, 409 when already erased, 409 for oneself, 400 for a bad id', async () => {
      const unknown = await erase('00000000-0000-4000-8000-000000000000');
      expect(unknown.statusCode).toBe(404);
      const person = await createUser(ctx.database.db);
      await erase(person.id);
      const again = await erase(person.id);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('already_erased');
      const self = await erase(admin.id);
      expect(self.statusCode).toBe(409);
      expect(self.json().code).toBe('cannot_erase_self');
      const bad = await erase('not-a-uuid');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
    });

    it('400 for a too short or missing search', async () => {
      for (const url of ['/api/admin/users', '/api/admin/users?q=a']) {
        const response = await injectAs(ctx.app, admin, { method: 'GET', url });
        expect(response.statusCode, url).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    });
  });

  describe('access', () => {
    it('only administrators erase and search', async () => {
      const world = await createAccessWorld(ctx.database.db);
      const target = await createUser(ctx.database.db);
      await expectAccess(
        ctx.app,
        world,
        { method: 'POST', url: `/api/admin/users/${target.id}/erase` },
        { allowed: ['admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: '/api/admin/users?q=Mentor' },
        { allowed: ['admin'] },
      );
    });
  });
});
