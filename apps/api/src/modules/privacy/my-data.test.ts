import type { MyDataExport } from '@mentoring/contracts';
import { auditLog, users } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';
import {
  ACTOR_REFLECTION,
  ACTOR_SURVEY_TEXT,
  createPersonEverywhere,
  MENTOR_PRIVATE_NOTE,
  OTHER_SURVEY_TEXT,
  type PersonEverywhere,
  schemaTables,
} from './privacy-test-world.ts';

const ctx = useTestApp();
const usersTableName = getTableConfig(users).name;

/**
 * Tables that hold a person without a foreign key to users: the audit log keeps plain ids so it
 * outlives what it records; the outbox addresses people by email. A new one must be added here.
 */
const PERSON_WITHOUT_FOREIGN_KEY = ['audit_log', 'outbox'];

describe('my data (GET /api/me/data)', () => {
  let world: PersonEverywhere;
  const download = async (user: { id: string; isAdmin: boolean }) => {
    const response = await injectAs(ctx.app, user, { method: 'GET', url: '/api/me/data' });
    expect(response.statusCode, response.body).toBe(200);
    return { response, data: response.json() as MyDataExport };
  };

  beforeAll(async () => {
    world = await createPersonEverywhere(ctx.database.db, ctx.clock());
  });

  describe('happy', () => {
    it('covers every table that references a person, found through the schema', async () => {
      const { data } = await download(world.actor);
      const referencing = schemaTables()
        .filter(({ config }) =>
          config.foreignKeys.some(
            (fk) => getTableConfig(fk.reference().foreignTable).name === usersTableName,
          ),
        )
        .map(({ config }) => config.name);
      expect(referencing.length).toBeGreaterThan(15);
      const expected = [usersTableName, ...referencing, ...PERSON_WITHOUT_FOREIGN_KEY];
      const missing = expected.filter((name) => !(name in data.tables));
      expect(missing, 'tables missing from the export').toEqual([]);
      // Every exported key is a real table (no typo hides a forgotten one).
      const known = new Set(schemaTables().map(({ config }) => config.name));
      expect(Object.keys(data.tables).filter((name) => !known.has(name))).toEqual([]);
    });

    it("is a download of the person's rows, without secrets", async () => {
      const { response, data } = await download(world.actor);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(data.userId).toBe(world.actor.id);
      expect(data.tables.users?.[0]).toMatchObject({ id: world.actor.id, email: world.actor.email });
      for (const table of [
        'participants',
        'profiles',
        'wishes',
        'matches',
        'bookings',
        'goals',
        'check_ins',
        'match_closures',
        'attendance',
        'event_registrations',
        'supervision_group_members',
        'survey_recipients',
        'refresh_tokens',
        'password_resets',
        'calendar_feeds',
        'invitations',
        'outbox',
      ]) {
        expect(data.tables[table]?.length, table).toBeGreaterThan(0);
      }
      const text = JSON.stringify(data);
      for (const secret of ['passwordHash', 'tokenHash', 'password_hash', 'token_hash'])
        expect(text).not.toContain(secret);
      expect(text).not.toContain(world.otherActor.email);
    });

    it("includes the actor's reflection and own survey answer, never the mentor's private note or others' answers", async () => {
      const { data } = await download(world.actor);
      const text = JSON.stringify(data);
      expect(text).toContain(ACTOR_REFLECTION);
      expect(text).toContain(ACTOR_SURVEY_TEXT);
      expect(text).not.toContain(MENTOR_PRIVATE_NOTE);
      expect(text).not.toContain(OTHER_SURVEY_TEXT);
      expect(data.tables.session_logs?.every((row) => row.privateNote === null)).toBe(true);
    });

    it("gives the mentor their own private notes, and not the actor's survey answers", async () => {
      const { data } = await download(world.mentor);
      const text = JSON.stringify(data);
      expect(text).toContain(MENTOR_PRIVATE_NOTE);
      expect(text).toContain('Note about the other actor');
      expect(text).not.toContain(ACTOR_SURVEY_TEXT);
      expect(data.tables.availability).toHaveLength(1);
      expect(data.tables.conflicts_of_interest).toHaveLength(1);
    });

    it('records the export in the audit log', async () => {
      await download(world.mentor);
      const entries = await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.subjectId, world.mentor.id), eq(auditLog.action, 'my_data.export')));
      expect(entries.length).toBeGreaterThan(0);
      expect(entries[0]?.actorId).toBe(world.mentor.id);
    });
  });

  describe('errors', () => {
    it('refuses other methods with a problem, not a 500', async () => {
      const response = await injectAs(ctx.app, world.actor, { method: 'POST', url: '/api/me/data' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('access', () => {
    it('every signed-in person downloads their own data; anonymous gets 401', async () => {
      const accessWorld = await createAccessWorld(ctx.database.db);
      await expectAccess(
        ctx.app,
        accessWorld,
        { method: 'GET', url: '/api/me/data' },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'otherCoordinator', 'admin', 'outsider'],
        },
      );
    });
  });
});
