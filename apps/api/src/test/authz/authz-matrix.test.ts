import { randomUUID } from 'node:crypto';
import { sessionLogs } from '@mentoring/db/schema';
import { inArray } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { addParticipant, createUser, type TestUser } from '../factories.ts';
import { injectAs, useTestApp } from '../harness.ts';
import { AUTHZ_MATRIX, CALLERS, type Caller, expectedStatus, type RouteRule } from './authz-matrix.ts';
import { type AuthzWorld, buildAuthzWorld } from './authz-world.ts';

const ctx = useTestApp();

const key = (method: string, url: string) => `${method} ${url}`;

function concreteUrl(
  url: string,
  ids: Record<string, string>,
  rule: RouteRule,
  request?: { query?: string },
) {
  const path = url
    .replace('*', 'missing.js')
    .replace(
      /:(\w+)/g,
      (_, name: string) => ids[rule.params?.[name] ?? name] ?? 'not-a-real-token-0123456789',
    );
  return request?.query ? `${path}?${request.query}` : path;
}

/** The private notes the worlds hold: the pair's mentor wrote the first, the other pair's the second. */
const OWN_NOTE = 'Oma muistiinpano.';
const OTHER_NOTE = 'Mentor B:n oma muistiinpano.';
/** What no response may ever carry: secrets by key, hashes and tokens by shape. */
const SECRET_KEYS =
  /"(password|passwordHash|password_hash|tokenHash|token_hash|refreshToken|resetToken|secret)"\s*:/i;
const SECRET_VALUES = /\$argon2(id|i|d)\$|eyJ[A-Za-z0-9_-]{10,}\.eyJ/;

/** Answers that start a session hand the caller their own new access token, and nothing more. */
const ISSUES_OWN_TOKEN = new Set(['POST /api/me/password']);
/** The API's own description names its request fields (`password`), not anyone's data. */
const isDocumentation = (url: string) => url.startsWith('/api/docs') || url === '/api/openapi.json';

/**
 * The response allow-list check run on every answer of the matrix: no password, hash or token
 * (except a session-starting answer's own access token), and no private note except to its
 * author on their own pair.
 */
function leaks(route: string, url: string, caller: Caller, body: string, otherEmail: string): string[] {
  const found: string[] = [];
  // Emails are for coordinators; a mentor or an actor never sees another pair's actor's address.
  if ((caller === 'actor' || caller === 'mentor') && body.includes(otherEmail))
    found.push("the other pair's actor's email");
  if (!isDocumentation(url) && SECRET_KEYS.test(body))
    found.push(`a secret-named field (${body.match(SECRET_KEYS)?.[0]})`);
  const withoutOwnToken = ISSUES_OWN_TOKEN.has(route) ? body.replace(/"accessToken":"[^"]+"/, '') : body;
  if (SECRET_VALUES.test(withoutOwnToken)) found.push('a password hash or token');
  if (body.includes(OTHER_NOTE)) found.push("the other pair's private note");
  if (caller !== 'mentor' && body.includes(OWN_NOTE)) found.push("the mentor's private note");
  return found;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a call of the route with `ids` names one of `values`: in its path, query or body. */
function refersTo(url: string, rule: RouteRule, ids: Record<string, string>, values: string[]): boolean {
  const request = rule.request?.(ids);
  const sent = concreteUrl(url, ids, rule, request) + JSON.stringify(request?.payload ?? null);
  return values.some((value) => sent.includes(value));
}

function userOf(world: AuthzWorld, caller: Caller): TestUser | null {
  return caller === 'anonymous' ? null : world.world.users[caller];
}

describe('authorization matrix: every route × every caller', () => {
  let shared: AuthzWorld;
  beforeAll(async () => {
    shared = await buildAuthzWorld(ctx);
  });

  async function call(
    world: AuthzWorld,
    caller: Caller,
    method: string,
    url: string,
    rule: RouteRule,
    ids = world.ids,
  ) {
    const request = rule.request?.(ids);
    const response = await injectAs(ctx.app, userOf(world, caller), {
      method: method as InjectOptions['method'],
      url: concreteUrl(url, ids, rule, request),
      ...(request?.payload !== undefined ? { payload: request.payload as InjectOptions['payload'] } : {}),
      ...(request?.headers ? { headers: request.headers } : {}),
    });
    return response;
  }

  it('the table lists exactly the registered routes', () => {
    const registered = ctx.app.routeTable.map((r) => key(r.method, r.url)).sort();
    const listed = Object.keys(AUTHZ_MATRIX).sort();
    expect(
      registered.filter((r) => !listed.includes(r)),
      'routes without an entry',
    ).toEqual([]);
    expect(
      listed.filter((r) => !registered.includes(r)),
      'entries without a route',
    ).toEqual([]);
  });

  it('each caller gets what the table says, on their own objects', async () => {
    const mismatches: string[] = [];
    for (const route of ctx.app.routeTable) {
      const rule = AUTHZ_MATRIX[key(route.method, route.url)];
      if (!rule) continue;
      for (const caller of CALLERS) {
        const expected = expectedStatus(rule, route.method, caller);
        // A write that should succeed gets a world of its own (unless the entry says it may share),
        // so no call sees another's effects.
        const fresh = route.method !== 'GET' && rule.allow !== 'public' && !rule.shared && expected < 400;
        const world = fresh ? await buildAuthzWorld(ctx) : shared;
        const response = await call(world, caller, route.method, route.url, rule);
        if (response.statusCode !== expected) {
          mismatches.push(
            `${key(route.method, route.url)} as ${caller}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
          );
        }
        for (const leak of leaks(
          key(route.method, route.url),
          route.url,
          caller,
          response.body,
          shared.sibling.actorEmail as string,
        )) {
          mismatches.push(`${key(route.method, route.url)} as ${caller} carries ${leak}`);
        }
        if (response.statusCode >= 400) {
          expect(response.headers['content-type'], key(route.method, route.url)).toContain(
            'application/problem+json',
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);

  it('a private note reaches its author only, and nobody else changed either note', async () => {
    const mine = (caller: Caller, url: string) =>
      injectAs(ctx.app, userOf(shared, caller), { method: 'GET', url }).then((r) => r.body);
    const sessionsUrl = `/api/matches/${shared.ids.matchId}/sessions`;
    // The checks above would be empty if the note never showed: the author does see it.
    expect(await mine('mentor', sessionsUrl)).toContain(OWN_NOTE);
    expect(await mine('mentor', '/api/me/data')).toContain(OWN_NOTE);
    for (const caller of ['actor', 'coordinator', 'admin'] as const) {
      expect(await mine(caller, sessionsUrl)).not.toContain(OWN_NOTE);
      expect(await mine(caller, '/api/me/data')).not.toContain(OWN_NOTE);
    }
    // Every try above by someone else (PATCH as actor, coordinator, other mentor…) changed nothing.
    const notes = await ctx.database.db
      .select({ id: sessionLogs.id, note: sessionLogs.privateNote })
      .from(sessionLogs)
      .where(inArray(sessionLogs.id, [shared.ids.sessionId as string, shared.sibling.sessionId as string]));
    expect(Object.fromEntries(notes.map((n) => [n.id, n.note]))).toEqual({
      [shared.ids.sessionId as string]: OWN_NOTE,
      [shared.sibling.sessionId as string]: OTHER_NOTE,
    });
  });

  it("the pair's actor and mentor are refused the other pair's objects", async () => {
    const mismatches: string[] = [];
    let calls = 0;
    const siblingIds = { ...shared.ids, ...shared.sibling };
    const otherPairs = Object.values(shared.sibling);
    for (const route of ctx.app.routeTable) {
      const rule = AUTHZ_MATRIX[key(route.method, route.url)];
      if (!rule || rule.allow === 'public') continue;
      // The other pair's object in the path, or its ids in the query or body (a booking's mentor).
      if (!refersTo(route.url, rule, siblingIds, otherPairs)) continue;
      for (const caller of ['actor', 'mentor'] as const) {
        if (!rule.allow.includes(caller)) continue;
        const expected = rule.sibling ?? 403;
        calls++;
        const response = await call(shared, caller, route.method, route.url, rule, siblingIds);
        if (response.statusCode !== expected) {
          mismatches.push(
            `${key(route.method, route.url)} as ${caller} on the other pair's: expected ${expected}, got ${response.statusCode}`,
          );
        }
        for (const leak of leaks(
          key(route.method, route.url),
          route.url,
          caller,
          response.body,
          shared.sibling.actorEmail as string,
        )) {
          mismatches.push(`${key(route.method, route.url)} as ${caller} on the other pair's carries ${leak}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(20);
  }, 300_000);

  it('a coordinator removed from the program gets what an outsider gets', async () => {
    // A world of its own: a wrongly allowed write must not change the shared one.
    const world = await buildAuthzWorld(ctx);
    const { admin, coordinator } = world.world.users;
    const programId = world.world.program.id;
    const successor = await createUser(ctx.database.db, { name: 'Successor' });
    await addParticipant(ctx.database.db, programId, successor.id, 'coordinator');
    const removal = await injectAs(ctx.app, admin, {
      method: 'DELETE',
      url: `/api/programs/${programId}/participants/${coordinator.id}`,
    });
    expect(removal.statusCode).toBe(204);
    const mismatches: string[] = [];
    for (const route of ctx.app.routeTable) {
      const rule = AUTHZ_MATRIX[key(route.method, route.url)];
      if (!rule || rule.allow === 'public') continue;
      const expected = expectedStatus(rule, route.method, 'outsider');
      const response = await call(world, 'coordinator', route.method, route.url, rule);
      if (response.statusCode !== expected) {
        mismatches.push(
          `${key(route.method, route.url)} as removed coordinator: expected ${expected}, got ${response.statusCode}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  it.each(['mentor', 'actor'] as const)(
    'a pair %s removed from the program is refused the pair as an outsider is',
    async (removed) => {
      const world = await buildAuthzWorld(ctx);
      const { admin } = world.world.users;
      const removal = await injectAs(ctx.app, admin, {
        method: 'DELETE',
        url: `/api/programs/${world.world.program.id}/participants/${userOf(world, removed)?.id}`,
      });
      expect(removal.statusCode).toBe(204);
      // The pair's objects, and for the actor booking and seeing the mentor's free times.
      const PAIR_PARAMS = /:(matchId|sessionId|itemId|goalId|bookingId)\b/;
      const actorExtras = ['POST /api/bookings', 'GET /api/mentors/:mentorId/slots'];
      const mismatches: string[] = [];
      let calls = 0;
      for (const route of ctx.app.routeTable) {
        const rule = AUTHZ_MATRIX[key(route.method, route.url)];
        const extra = removed === 'actor' && actorExtras.includes(key(route.method, route.url));
        if (!rule || rule.allow === 'public' || !(PAIR_PARAMS.test(route.url) || extra)) continue;
        const expected = expectedStatus(rule, route.method, 'outsider');
        const response = await call(world, removed, route.method, route.url, rule);
        calls++;
        if (response.statusCode !== expected) {
          mismatches.push(
            `${key(route.method, route.url)} as removed ${removed}: expected ${expected}, got ${response.statusCode}`,
          );
        }
      }
      expect(mismatches).toEqual([]);
      expect(calls).toBeGreaterThanOrEqual(15);
    },
    300_000,
  );

  it('an administrator asking for objects that do not exist gets 404', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    // Every id of the world replaced by one that names nothing; dates, tokens and answers kept.
    const missing = Object.fromEntries(
      Object.entries(shared.ids).map(([name, value]) => [name, UUID.test(value) ? randomUUID() : value]),
    );
    const missingIds = Object.entries(missing)
      .filter(([name, value]) => value !== shared.ids[name])
      .map(([, value]) => value);
    for (const route of ctx.app.routeTable) {
      const rule = AUTHZ_MATRIX[key(route.method, route.url)];
      if (!rule || rule.allow === 'public' || !refersTo(route.url, rule, missing, missingIds)) continue;
      calls++;
      const expected = rule.missing ?? 404;
      const response = await call(shared, 'admin', route.method, route.url, rule, missing);
      if (response.statusCode !== expected) {
        mismatches.push(
          `${key(route.method, route.url)} missing: expected ${expected}, got ${response.statusCode}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(50);
  }, 300_000);
});
