import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

describe('programs', () => {
  let world: AccessWorld;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
  });

  describe('happy', () => {
    it('lists only the programs a member belongs to', async () => {
      const response = await injectAs(ctx.app, world.users.actor, { method: 'GET', url: '/api/programs' });
      expect(response.statusCode).toBe(200);
      const ids = response.json().map((p: { id: string }) => p.id);
      expect(ids).toEqual([world.program.id]);
    });

    it('lists every program for an admin', async () => {
      const response = await injectAs(ctx.app, world.users.admin, { method: 'GET', url: '/api/programs' });
      const ids = response.json().map((p: { id: string }) => p.id);
      expect(ids).toEqual(expect.arrayContaining([world.program.id, world.otherProgram.id]));
    });

    it('shows one program with role counts and my role', async () => {
      const response = await injectAs(ctx.app, world.users.coordinator, {
        method: 'GET',
        url: `/api/programs/${world.program.id}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        id: world.program.id,
        myRole: 'coordinator',
        timeZone: 'Europe/Helsinki',
        archived: false,
        counts: { coordinator: 1, mentor: 1, actor: 1 },
      });
    });
  });

  describe('errors', () => {
    it('404 for a missing program, 400 for an id that is not a uuid', async () => {
      const missing = await injectAs(ctx.app, world.users.admin, {
        method: 'GET',
        url: `/api/programs/${randomUUID()}`,
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('not_found');
      const bad = await injectAs(ctx.app, world.users.admin, {
        method: 'GET',
        url: '/api/programs/not-a-uuid',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('params.programId');
    });
  });

  describe('access', () => {
    it('members and admins read a program; others get 403', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${world.program.id}` },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'admin'],
        },
      );
    });

    it('the list needs a signed-in user', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: '/api/programs' },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'otherCoordinator', 'admin', 'outsider'],
        },
      );
    });
  });
});
