import type { Database } from '@mentoring/db';
import { openTestDatabase } from '@mentoring/db/testing';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { type App, buildApp } from '../app.ts';
import type { AuthUser } from '../plugins/auth.ts';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/** A clock tests can move: services read `clock()`. */
export function createTestClock(start = new Date('2026-03-02T08:00:00Z')) {
  let now = start.getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    set: (date: Date | string) => {
      now = new Date(date).getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  });
}
export type TestClock = ReturnType<typeof createTestClock>;

export interface TestContext {
  app: App;
  database: Database;
  clock: TestClock;
}

/**
 * Gives the test file its own migrated database (a copy of the template) and an app on it.
 * Call at the top of a file; read the fields inside tests.
 */
export function useTestApp(): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.database = await openTestDatabase(inject('dbTemplate'));
    context.clock = createTestClock(new Date());
    context.app = await buildApp({
      database: context.database,
      jwtSecret: TEST_JWT_SECRET,
      clock: context.clock,
    });
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}

/** Sends a request as `user` (a signed access token), or anonymously when user is null. */
export function injectAs(app: App, user: AuthUser | null, request: InjectOptions) {
  const headers = { ...(request.headers ?? {}) };
  if (user) headers.authorization = `Bearer ${app.signAccessToken(user)}`;
  return app.inject({ ...request, headers });
}
