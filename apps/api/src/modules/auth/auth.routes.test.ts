import { createHmac } from 'node:crypto';
import { refreshTokens, users } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD, type TestUser } from '../../test/factories.ts';
import { injectAs, TEST_JWT_SECRET, useTestApp } from '../../test/harness.ts';
import { LOGIN_RATE_PER_IP } from './auth.routes.ts';
import { ACCOUNT_LOGIN_LIMIT } from './auth.service.ts';
import { REUSE_GRACE_MS } from './refresh-tokens.ts';

const ctx = useTestApp();

function login(email: string, password = TEST_PASSWORD, ip = '10.0.0.1') {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });
}

function refresh(cookie: string | undefined) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    ...(cookie ? { cookies: { mentoring_refresh: cookie } } : {}),
  });
}

function refreshCookie(response: { cookies: { name: string; value: string }[] }) {
  return response.cookies.find((c) => c.name === 'mentoring_refresh')?.value;
}

describe('auth', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createUser(ctx.database.db, { email: `Mixed.Case-${Date.now()}@Example.test` });
  });

  describe('happy', () => {
    it('logs in with any email case and sets a strict, http-only refresh cookie', async () => {
      const response = await login(user.email.toUpperCase());
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.user).toEqual({
        id: user.id,
        email: user.email,
        name: user.name,
        locale: 'fi',
        isAdmin: false,
      });
      expect(body.expiresIn).toBeLessThanOrEqual(900);
      const setCookie = String(response.headers['set-cookie']);
      expect(setCookie).toMatch(/mentoring_refresh=/);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/Secure/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      expect(setCookie).toMatch(/Path=\/api\/auth/);
      expect(JSON.stringify(body)).not.toMatch(/passwordHash|password_hash|\$argon2/);

      const me = await ctx.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${body.accessToken}` },
      });
      expect(me.statusCode).toBe(200);
      expect(me.json().user.id).toBe(user.id);
    });

    it('rotates the refresh token on every use', async () => {
      const first = refreshCookie(await login(user.email));
      const second = await refresh(first);
      expect(second.statusCode).toBe(200);
      const next = refreshCookie(second);
      expect(next).toBeDefined();
      expect(next).not.toBe(first);
      expect((await refresh(next)).statusCode).toBe(200);
    });

    it('stores refresh tokens hashed, never as given', async () => {
      const token = refreshCookie(await login(user.email)) as string;
      const rows = await ctx.database.db
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.userId, user.id));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.tokenHash).not.toBe(token);
    });

    it('two tabs refreshing with the same cookie at once both stay signed in', async () => {
      const token = refreshCookie(await login(user.email));
      const [a, b] = await Promise.all([refresh(token), refresh(token)]);
      expect(a.statusCode).toBe(200);
      expect(b.statusCode).toBe(200);
      expect((await refresh(refreshCookie(a))).statusCode).toBe(200);
      expect((await refresh(refreshCookie(b))).statusCode).toBe(200);
    });

    it('logout ends the session family', async () => {
      const token = refreshCookie(await login(user.email));
      const out = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        cookies: { mentoring_refresh: token ?? '' },
      });
      expect(out.statusCode).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/mentoring_refresh=;/);
      expect((await refresh(token)).statusCode).toBe(401);
    });

    it('deactivating an account ends its sessions at the next refresh, and revokes every token', async () => {
      const person = await createUser(ctx.database.db);
      const token = refreshCookie(await login(person.email));
      await ctx.database.db.update(users).set({ isActive: false }).where(eq(users.id, person.id));
      expect((await refresh(token)).statusCode).toBe(401);
      const live = await ctx.database.db
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.userId, person.id));
      expect(live.every((row) => row.revokedAt !== null)).toBe(true);
    });
  });

  describe('errors', () => {
    it('answers an unknown email and a wrong password the same way', async () => {
      const unknown = await login(`nobody-${Date.now()}@example.test`, 'whatever-password', '10.0.1.1');
      const wrong = await login(user.email, 'wrong-password-123', '10.0.1.2');
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
      expect(strip(unknown.json())).toEqual(strip(wrong.json()));
      expect(unknown.headers['content-type']).toContain('application/problem+json');
    });

    it('refuses a deactivated account with the same answer', async () => {
      const inactive = await createUser(ctx.database.db, { isActive: false });
      const response = await login(inactive.email, TEST_PASSWORD, '10.0.1.3');
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('invalid_credentials');
    });

    it('rejects a malformed body with field errors', async () => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'not-an-email' },
      });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.code).toBe('validation_failed');
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining(['body.email', 'body.password']),
      );
    });

    it('reusing a rotated refresh token revokes the whole family', async () => {
      const stolen = refreshCookie(await login(user.email));
      const legit = refreshCookie(await refresh(stolen));
      ctx.clock.advance(REUSE_GRACE_MS + 1_000);
      const replay = await refresh(stolen);
      expect(replay.statusCode).toBe(401);
      expect(replay.json().code).toBe('session_ended');
      // The legitimate successor dies with its family.
      expect((await refresh(legit)).statusCode).toBe(401);
    });

    it('refuses a missing or made-up refresh token', async () => {
      expect((await refresh(undefined)).statusCode).toBe(401);
      expect((await refresh('made-up-token')).statusCode).toBe(401);
    });
  });

  describe('rate limits', () => {
    it('limits failed logins per account across IPs (429 with Retry-After)', async () => {
      const target = await createUser(ctx.database.db);
      for (let i = 0; i < ACCOUNT_LOGIN_LIMIT.limit; i++) {
        expect((await login(target.email, 'wrong-password-x', `10.1.${i}.1`)).statusCode).toBe(401);
      }
      const blocked = await login(target.email, TEST_PASSWORD, '10.2.0.1');
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.json().code).toBe('too_many_attempts');
      // The window passes and the right password works again.
      ctx.clock.advance(ACCOUNT_LOGIN_LIMIT.windowMs + 1_000);
      expect((await login(target.email, TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
    });

    it('limits login attempts per IP', async () => {
      const ip = '10.9.9.9';
      const statuses: number[] = [];
      for (let i = 0; i <= LOGIN_RATE_PER_IP; i++) {
        statuses.push((await login(`someone-${i}@example.test`, 'wrong-password-x', ip)).statusCode);
      }
      expect(statuses.slice(0, LOGIN_RATE_PER_IP).every((s) => s === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    });
  });

  describe('access tokens', () => {
    it('refuses a token signed with another secret, alg none, or expired', async () => {
      const token = ctx.app.signAccessToken({ id: user.id, isAdmin: false });
      const [header, payload] = token.split('.');
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      const tampered = `${header}.${payload}.${'A'.repeat(43)}`;
      for (const bad of [none, tampered, 'garbage']) {
        const response = await ctx.app.inject({
          method: 'GET',
          url: '/api/me',
          headers: { authorization: `Bearer ${bad}` },
        });
        expect(response.statusCode).toBe(401);
      }
      const expired = ctx.app.jwt.sign({ sub: user.id, adm: false }, { expiresIn: 1 });
      await new Promise((r) => setTimeout(r, 1_100));
      const response = await injectAs(ctx.app, null, {
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${expired}` },
      });
      expect(response.statusCode).toBe(401);
    });

    it('refuses another algorithm with the same secret, a token not yet valid, and a past expiry', async () => {
      const now = Math.floor(Date.now() / 1000);
      const signed = (
        claims: object,
        header: object = { alg: 'HS256', typ: 'JWT' },
        algorithm = 'sha256',
      ) => {
        const head = Buffer.from(JSON.stringify(header)).toString('base64url');
        const body = Buffer.from(JSON.stringify({ sub: user.id, adm: false, iat: now, ...claims })).toString(
          'base64url',
        );
        const mac = createHmac(algorithm, TEST_JWT_SECRET).update(`${head}.${body}`).digest('base64url');
        return `${head}.${body}.${mac}`;
      };
      // The same claims signed properly pass, so each refusal below is for the reason named.
      const good = signed({ exp: now + 600 });
      expect(
        (
          await ctx.app.inject({
            method: 'GET',
            url: '/api/me',
            headers: { authorization: `Bearer ${good}` },
          })
        ).statusCode,
      ).toBe(200);
      const cases = {
        hs512: signed({ exp: now + 600 }, { alg: 'HS512', typ: 'JWT' }, 'sha512'),
        notYetValid: signed({ nbf: now + 3600, exp: now + 7200 }),
        expired: signed({ exp: now - 60 }),
        adminClaimForged: `${good.split('.')[0]}.${Buffer.from(JSON.stringify({ sub: user.id, adm: true, exp: now + 600 })).toString('base64url')}.${good.split('.')[2]}`,
      };
      for (const [name, token] of Object.entries(cases)) {
        const response = await ctx.app.inject({
          method: 'GET',
          url: '/api/me',
          headers: { authorization: `Bearer ${token}` },
        });
        expect(response.statusCode, name).toBe(401);
        expect(response.headers['content-type'], name).toContain('application/problem+json');
      }
    });
  });

  describe('stored passwords', () => {
    it('are argon2id hashes at OWASP parameters (m >= 19 MiB, t >= 2, p = 1), never the password', async () => {
      const [row] = await ctx.database.db.select().from(users).where(eq(users.id, user.id));
      const hash = row?.passwordHash ?? '';
      expect(hash).not.toContain(TEST_PASSWORD);
      const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
      expect(match, hash.slice(0, 30)).not.toBeNull();
      expect(Number(match?.[1])).toBeGreaterThanOrEqual(19_456);
      expect(Number(match?.[2])).toBeGreaterThanOrEqual(2);
      expect(Number(match?.[3])).toBe(1);
    });
  });
});
