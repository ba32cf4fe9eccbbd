import { outbox } from '@mentoring/db/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD, type TestUser } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { RESET_EMAIL_LIMIT, RESET_VALID_MINUTES } from './password-reset.service.ts';

const ctx = useTestApp();

async function linkFor(email: string): Promise<string> {
  const rows = await ctx.database.db.select().from(outbox);
  const mail = rows.reverse().find((r) => r.payload.to === email);
  const match = mail?.payload.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error('no reset email');
  return match[1];
}

describe('password reset', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createUser(ctx.database.db);
  });
  const request = (email: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
  const reset = (token: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: `/api/auth/password-reset/${token}`, payload: { password } });

  describe('happy', () => {
    it('emails a link that sets a new password once and signs out other sessions', async () => {
      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      const cookie = login.cookies.find((c) => c.name === 'mentoring_refresh')?.value ?? '';
      expect((await request(user.email.toUpperCase())).statusCode).toBe(202);
      const token = await linkFor(user.email);
      expect((await reset(token, 'brand new passphrase')).statusCode).toBe(204);
      expect((await reset(token, 'another new passphrase')).json().code).toBe('reset_link_not_valid');
      const refreshed = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        cookies: { mentoring_refresh: cookie },
      });
      expect(refreshed.statusCode).toBe(401);
      const relogin = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'brand new passphrase' },
      });
      expect(relogin.statusCode).toBe(200);
    });
  });

  describe('errors', () => {
    it('answers an unknown email exactly like a known one, and sends nothing', async () => {
      const before = (await ctx.database.db.select().from(outbox)).length;
      const unknown = await request('nobody-here@example.test');
      const known = await request((await createUser(ctx.database.db)).email);
      expect(unknown.statusCode).toBe(202);
      expect(unknown.body).toBe(known.body);
      expect((await ctx.database.db.select().from(outbox)).length).toBe(before + 1); // the known one's only
    });

    it('an expired link is refused', async () => {
      const other = await createUser(ctx.database.db);
      await request(other.email);
      const token = await linkFor(other.email);
      ctx.clock.advance((RESET_VALID_MINUTES + 1) * 60_000);
      expect((await reset(token, 'brand new passphrase')).statusCode).toBe(400);
    });

    it('limits reset emails per address', async () => {
      const other = await createUser(ctx.database.db);
      for (let i = 0; i < RESET_EMAIL_LIMIT.limit + 2; i++) await request(other.email);
      const rows = await ctx.database.db.select().from(outbox);
      expect(rows.filter((r) => r.payload.to === other.email)).toHaveLength(RESET_EMAIL_LIMIT.limit);
    });
  });

  describe('access', () => {
    it('is public but a made-up token does nothing', async () => {
      expect((await reset('x'.repeat(43), 'brand new passphrase')).statusCode).toBe(400);
    });
  });
});
