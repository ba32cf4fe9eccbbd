import { Writable } from 'node:stream';
import type { Database } from '@mentoring/db';
import { outbox } from '@mentoring/db/schema';
import { openTestDatabase } from '@mentoring/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { loggerOptions } from '../../lib/logger.ts';
import { type AccessWorld, createAccessWorld, TEST_PASSWORD } from '../../test/factories.ts';
import { TEST_JWT_SECRET } from '../../test/harness.ts';

const REFRESH_COOKIE = 'mentoring_refresh';
const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

/**
 * Logs never hold a password or a token. The app logs at trace level into a captured stream while
 * every flow that carries a secret runs: login, refresh, invitation accept, password reset and the
 * calendar feed. Then the captured text is searched for each secret that went by.
 */
describe('logs', () => {
  let app: App;
  let database: Database;
  let world: AccessWorld;
  let captured = '';
  const secrets: string[] = [];
  const remember = (...values: (string | undefined)[]) => {
    for (const value of values) {
      expect(value, 'a secret the flow should have produced').toBeTruthy();
      secrets.push(value as string);
    }
  };

  beforeAll(async () => {
    database = await openTestDatabase(inject('dbTemplate'));
    const stream = new Writable({
      write(chunk, _encoding, done) {
        captured += chunk;
        done();
      },
    });
    app = await buildApp({
      database,
      jwtSecret: TEST_JWT_SECRET,
      logger: { ...(loggerOptions('trace') as object), stream },
    });
    world = await createAccessWorld(database.db);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const cookieOf = (response: Awaited<ReturnType<App['inject']>>) =>
    response.cookies.find((c) => c.name === REFRESH_COOKIE)?.value;

  it('holds no password, JWT, refresh cookie, invitation, reset or calendar token', async () => {
    const { coordinator } = world.users;
    // Sign in and refresh: the password, the access tokens and both refresh cookies.
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: coordinator.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const accessToken = login.json().accessToken as string;
    const refreshed = await app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { [REFRESH_COOKIE]: cookieOf(login) as string },
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    remember(TEST_PASSWORD, accessToken, cookieOf(login), refreshed.json().accessToken, cookieOf(refreshed));
    const auth = { authorization: `Bearer ${accessToken}` };

    // An invitation, accepted as a new account with its own password.
    const invitePassword = 'invitation password 12345';
    const invited = await app.inject({
      method: 'POST',
      url: `/api/programs/${world.program.id}/invitations`,
      headers: auth,
      payload: { email: 'new.person@example.test', name: 'Uusi Henkilö', role: 'actor' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const inviteToken = (invited.json().inviteUrl as string).split('/').pop();
    await app.inject({ method: 'GET', url: `/api/invitations/${inviteToken}` });
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/invitations/${inviteToken}/accept`,
      payload: { name: 'Uusi Henkilö', password: invitePassword },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    remember(inviteToken, invitePassword, accepted.json().session?.accessToken, cookieOf(accepted));

    // A password reset: the token arrives by email (read from the outbox), then a new password.
    await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: coordinator.email },
    });
    const emails = await database.db.select().from(outbox);
    const resetToken = emails
      .map((m) => /\/reset-password\/([A-Za-z0-9_-]+)/.exec(m.payload.text)?.[1])
      .find(Boolean);
    const newPassword = 'a brand new passphrase 67890';
    const reset = await app.inject({
      method: 'POST',
      url: `/api/auth/password-reset/${resetToken}`,
      payload: { password: newPassword },
    });
    expect(reset.statusCode, reset.body).toBeLessThan(300);
    remember(resetToken, newPassword);

    // The calendar feed: its address is a secret.
    const feed = await app.inject({ method: 'POST', url: '/api/calendar/feed', headers: auth });
    const feedToken = /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(feed.json().url as string)?.[1];
    const calendar = await app.inject({ method: 'GET', url: `/api/calendar/${feedToken}.ics` });
    expect(calendar.statusCode).toBe(200);
    remember(feedToken);

    expect(captured.length).toBeGreaterThan(1000);
    for (const secret of secrets) expect(captured, 'a secret reached the logs').not.toContain(secret);
    expect(JWT.exec(captured)?.[0], 'no JWT of any kind').toBeUndefined();
    expect(captured).not.toMatch(/password_hash|passwordHash|\$argon2/);
  });
});
