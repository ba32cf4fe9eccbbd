import type { AuditEntry } from '@mentoring/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, addWorldPair, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

describe('audit log (GET /api/admin/audit)', () => {
  let world: AccessWorld;
  let matchId: string;
  const list = async (query = '') => {
    const response = await injectAs(ctx.app, world.users.admin, {
      method: 'GET',
      url: `/api/admin/audit${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AuditEntry[];
  };

  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    matchId = (await addWorldPair(ctx.database.db, world)).id;
  });

  describe('happy', () => {
    it("records a coordinator reading a profile and session notes, and a mentor writing them; the actor's own reads are not logged", async () => {
      const { coordinator, mentor, actor } = world.users;
      const profileUrl = `/api/profiles/${actor.id}?programId=${world.program.id}`;
      // The test clock stands still: move it so entries have an order.
      const tick = () => ctx.clock.advance(1000);
      expect((await injectAs(ctx.app, coordinator, { method: 'GET', url: profileUrl })).statusCode).toBe(200);
      tick();
      const logged = await injectAs(ctx.app, mentor, {
        method: 'POST',
        url: `/api/matches/${matchId}/sessions`,
        payload: {
          heldAt: new Date(ctx.clock().getTime() - 86_400_000).toISOString(),
          durationMinutes: 60,
          format: 'remote',
          privateNote: 'salainen',
        },
      });
      expect(logged.statusCode, logged.body).toBe(201);
      tick();
      await injectAs(ctx.app, mentor, {
        method: 'PATCH',
        url: `/api/sessions/${logged.json().id}`,
        payload: { sharedSummary: 'Uusi' },
      });
      tick();
      await injectAs(ctx.app, coordinator, { method: 'GET', url: `/api/matches/${matchId}/sessions` });
      await injectAs(ctx.app, actor, { method: 'GET', url: `/api/matches/${matchId}/sessions` });
      await injectAs(ctx.app, actor, {
        method: 'GET',
        url: `/api/profiles/me?programId=${world.program.id}`,
      });

      const entries = await list(`?subjectId=${actor.id}`);
      expect(entries.map((e) => [e.action, e.actor?.name])).toEqual([
        ['session.read', 'Coordinator'],
        ['session.update', 'Mentor'],
        ['session.create', 'Mentor'],
        ['profile.read', 'Coordinator'],
      ]);
      expect(entries[0]).toMatchObject({
        subject: { id: actor.id, name: 'Actor' },
        programId: world.program.id,
      });
      expect(JSON.stringify(entries)).not.toContain('salainen');
    });

    it('filters by actor, time range and limit', async () => {
      const byMentor = await list(`?actorId=${world.users.mentor.id}`);
      expect(byMentor.map((e) => e.action)).toEqual(['session.update', 'session.create']);
      expect(await list('?limit=1')).toHaveLength(1);
      const future = new Date(ctx.clock().getTime() + 86_400_000).toISOString();
      expect(await list(`?from=${encodeURIComponent(future)}`)).toEqual([]);
      expect((await list(`?to=${encodeURIComponent(future)}`)).length).toBeGreaterThanOrEqual(4);
    });
  });

  describe('errors', () => {
    it('bad filters are 400 problems', async () => {
      for (const query of [
        '?subjectId=nope',
        '?limit=0',
        '?limit=501',
        '?from=yesterday',
        '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
        '?unknown=1',
      ]) {
        const response = await injectAs(ctx.app, world.users.admin, {
          method: 'GET',
          url: `/api/admin/audit${query}`,
        });
        expect(response.statusCode, query).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    });
  });

  describe('access', () => {
    it('administrators only', async () => {
      await expectAccess(ctx.app, world, { method: 'GET', url: '/api/admin/audit' }, { allowed: ['admin'] });
    });
  });
});
