import { users } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

describe('me', () => {
  let world: AccessWorld;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
  });

  describe('happy', () => {
    it('returns the user and their memberships with roles', async () => {
      const response = await injectAs(ctx.app, world.users.mentor, { method: 'GET', url: '/api/me' });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.user.id).toBe(world.users.mentor.id);
      expect(body.memberships).toEqual([
        expect.objectContaining({
          role: 'mentor',
          program: expect.objectContaining({ id: world.program.id }),
        }),
      ]);
    });

    it('updates name and locale', async () => {
      const user = await createUser(ctx.database.db);
      const response = await injectAs(ctx.app, user, {
        method: 'PATCH',
        url: '/api/me',
        payload: { name: '  Aino Virtanen ', locale: 'en' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().user).toMatchObject({ name: 'Aino Virtanen', locale: 'en' });
    });

    it('changes the password and signs out every other session', async () => {
      const user = await createUser(ctx.database.db);
      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      const oldCookie = login.cookies.find((c) => c.name === 'mentoring_refresh')?.value ?? '';
      const response = await injectAs(ctx.app, user, {
        method: 'POST',
        url: '/api/me/password',
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'a much longer passphrase 2026' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().accessToken).toEqual(expect.any(String));
      const oldSession = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        cookies: { mentoring_refresh: oldCookie },
      });
      expect(oldSession.statusCode).toBe(401);
      const [row] = await ctx.database.db.select().from(users).where(eq(users.id, user.id));
      expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const relogin = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'a much longer passphrase 2026' },
      });
      expect(relogin.statusCode).toBe(200);
    });
  });

  describe('errors', () => {
    it('rejects unknown fields and leaves the row unchanged', async () => {
      const user = await createUser(ctx.database.db);
      const response = await injectAs(ctx.app, user, {
        method: 'PATCH',
        url: '/api/me',
        payload: { isAdmin: true, name: 'X' },
      });
      expect(response.statusCode).toBe(400);
      const [row] = await ctx.database.db.select().from(users).where(eq(users.id, user.id));
      expect(row).toMatchObject({ isAdmin: false, name: user.name });
    });

    it('rejects a wrong current password, a short one and a common one', async () => {
      const user = await createUser(ctx.database.db);
      const change = (currentPassword: string, newPassword: string) =>
        injectAs(ctx.app, user, {
          method: 'POST',
          url: '/api/me/password',
          payload: { currentPassword, newPassword },
        });
      expect((await change('wrong-one-entirely', 'a fine new passphrase')).json().code).toBe(
        'wrong_password',
      );
      expect((await change(TEST_PASSWORD, 'short')).json().code).toBe('validation_failed');
      expect((await change(TEST_PASSWORD, 'Salasana123')).json().code).toBe('password_too_common');
    });

    it('rejects an unknown locale', async () => {
      const response = await injectAs(ctx.app, world.users.actor, {
        method: 'PATCH',
        url: '/api/me',
        payload: { locale: 'sv' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe('body.locale');
    });
  });

  describe('access', () => {
    it('needs a signed-in user; any user may read their own', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: '/api/me' },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'otherCoordinator', 'admin', 'outsider'],
        },
      );
    });
  });
});
