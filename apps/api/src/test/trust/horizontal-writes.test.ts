import { actionItems, bookings, checkIns, goals, matches, sessionLogs } from '@mentoring/db/schema';
import { eq, inArray } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHZ_MATRIX } from '../authz/authz-matrix.ts';
import { databaseFingerprint } from '../fuzz/fingerprint.ts';
import { injectAs, useTestApp } from '../harness.ts';
import { buildTrustWorld, TRUST_CALLERS, type TrustCaller, type TrustWorld } from './trust-world.ts';

const ctx = useTestApp();
const HIJACK = 'HIJACKED-TEXT';

interface Attempt {
  caller: TrustCaller;
  method: InjectOptions['method'];
  url: string;
  payload?: object;
}

/** The rows these tests aim at, read straight from the database: what must not move. */
async function targetRows(world: TrustWorld) {
  const db = ctx.database.db;
  const sessions = [world.sessionA, world.sessionB];
  return {
    sessions: await db.select().from(sessionLogs).where(inArray(sessionLogs.id, sessions)),
    sessionCount: (await db.select({ id: sessionLogs.id }).from(sessionLogs)).length,
    items: await db.select().from(actionItems).where(inArray(actionItems.sessionId, sessions)),
    goals: await db
      .select()
      .from(goals)
      .where(inArray(goals.id, [world.goalA, world.goalB])),
    goalCount: (await db.select({ id: goals.id }).from(goals)).length,
    checkIns: await db
      .select()
      .from(checkIns)
      .where(inArray(checkIns.goalId, [world.goalA, world.goalB])),
    bookings: await db
      .select()
      .from(bookings)
      .where(inArray(bookings.id, [world.idsA.bookingId as string, world.idsB.bookingId as string])),
    matches: await db
      .select()
      .from(matches)
      .where(inArray(matches.id, [world.idsA.matchId as string, world.idsB.matchId as string])),
  };
}

async function run(world: TrustWorld, attempts: Attempt[]) {
  const unexpected: string[] = [];
  for (const attempt of attempts) {
    const response = await injectAs(ctx.app, world.users[attempt.caller], {
      method: attempt.method,
      url: attempt.url,
      ...(attempt.payload ? { payload: attempt.payload } : {}),
    });
    if (![403, 404].includes(response.statusCode))
      unexpected.push(`${attempt.method} ${attempt.url} as ${attempt.caller} → ${response.statusCode}`);
    else expect(response.headers['content-type']).toContain('application/problem+json');
  }
  return unexpected;
}

describe('horizontal writes: nobody changes what is not theirs', () => {
  let world: TrustWorld;
  beforeAll(async () => {
    world = await buildTrustWorld(ctx);
  }, 120_000);

  it("mentor B, the actor, coordinators and admins cannot change or delete mentor A's session log", async () => {
    const before = await targetRows(world);
    const fingerprint = await databaseFingerprint(ctx.database.db);
    const session = `/api/sessions/${world.sessionA}`;
    const hijack = { privateNote: HIJACK, sharedSummary: HIJACK, topics: [HIJACK], durationMinutes: 5 };
    const attempts: Attempt[] = TRUST_CALLERS.filter((c) => c !== 'mentorA').flatMap((caller) => [
      { caller, method: 'PATCH', url: session, payload: hijack },
      { caller, method: 'PATCH', url: session, payload: { privateNote: '' } },
      { caller, method: 'PUT', url: session, payload: hijack },
      { caller, method: 'DELETE', url: session },
      { caller, method: 'PATCH', url: `/api/action-items/${world.itemA}`, payload: { text: HIJACK } },
      // Logging a session into pair A is the pair's mentor's alone.
      {
        caller,
        method: 'POST',
        url: `/api/matches/${world.idsA.matchId}/sessions`,
        payload: {
          heldAt: ctx.clock().toISOString(),
          durationMinutes: 30,
          format: 'remote',
          privateNote: HIJACK,
        },
      },
      // The reflection is pair A's actor's; everyone else is refused.
      ...(caller === 'actorA'
        ? []
        : [
            {
              caller,
              method: 'POST' as const,
              url: `${session}/reflection`,
              payload: { reflection: HIJACK },
            },
          ]),
    ]);
    expect(await run(world, attempts)).toEqual([]);
    expect(attempts.length).toBe(8 * 6 + 7);
    const after = await targetRows(world);
    expect(after).toEqual(before);
    const [row] = after.sessions.filter((s) => s.id === world.sessionA);
    expect(row).toMatchObject({
      privateNote: world.text.noteA,
      sharedSummary: world.text.summaryA,
      reflection: world.text.reflectionA,
      authorId: world.users.mentorA.id,
      durationMinutes: 50,
    });
    expect(await databaseFingerprint(ctx.database.db)).toBe(fingerprint);
  });

  it('no one outside a pair reads or changes its goals, reflections, bookings, items or closing: every route, both pairs', async () => {
    const before = await targetRows(world);
    const fingerprint = await databaseFingerprint(ctx.database.db);
    // Outsiders to pair A, then to pair B; the free actor and other coordinator are outside both.
    const outside: [Record<string, string>, TrustCaller[]][] = [
      [world.idsA, ['mentorB', 'actorB', 'freeActor', 'otherCoordinator', 'outsider']],
      [world.idsB, ['mentorA', 'actorA', 'freeActor', 'otherCoordinator', 'outsider']],
    ];
    const PAIR_PARAMS = /:(matchId|sessionId|itemId|goalId|bookingId)\b/;
    const attempts: Attempt[] = [];
    const routes = ctx.app.routeTable.filter((r) => PAIR_PARAMS.test(r.url));
    for (const route of routes) {
      const rule = AUTHZ_MATRIX[`${route.method} ${route.url}`];
      if (!rule) throw new Error(`no matrix entry for ${route.method} ${route.url}`);
      for (const [ids, callers] of outside) {
        const request = rule.request?.(ids);
        const path = route.url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? name);
        const url = request?.query ? `${path}?${request.query}` : path;
        for (const caller of callers) {
          attempts.push({
            caller,
            method: route.method as InjectOptions['method'],
            url,
            ...(request?.payload ? { payload: request.payload as object } : {}),
          });
        }
      }
    }
    // Texts written over, on top of the matrix's bodies.
    for (const [ids, callers] of outside) {
      for (const caller of callers) {
        attempts.push(
          { caller, method: 'PATCH', url: `/api/goals/${ids.goalId}`, payload: { title: HIJACK } },
          { caller, method: 'PATCH', url: `/api/goals/${ids.goalId}`, payload: { mentorComment: HIJACK } },
          {
            caller,
            method: 'POST',
            url: `/api/sessions/${ids.sessionId}/reflection`,
            payload: { reflection: HIJACK },
          },
          {
            caller,
            method: 'POST',
            url: `/api/bookings/${ids.bookingId}/cancel`,
            payload: { reason: HIJACK },
          },
        );
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(await run(world, attempts)).toEqual([]);
    const after = await targetRows(world);
    expect(after).toEqual(before);
    const goalB = after.goals.find((g) => g.id === world.goalB);
    expect(goalB?.title).toBe(world.text.goalB);
    const sessionB = after.sessions.find((s) => s.id === world.sessionB);
    expect(sessionB?.reflection).toBe(world.text.reflectionB);
    const bookingB = after.bookings.find((b) => b.id === world.idsB.bookingId);
    expect(bookingB?.status).toBe('confirmed');
    expect(after.matches.every((m) => m.status === 'active')).toBe(true);
    expect(await databaseFingerprint(ctx.database.db)).toBe(fingerprint);
  }, 120_000);

  it("actor A's own writes on pair A do not spill onto pair B", async () => {
    // A control: the same calls on one's own objects do go through, so the refusals above mean something.
    const own = await injectAs(ctx.app, world.users.actorA, {
      method: 'PATCH',
      url: `/api/goals/${world.goalA}`,
      payload: { title: 'Oma tavoite' },
    });
    expect(own.statusCode).toBe(200);
    const [goalB] = await ctx.database.db.select().from(goals).where(eq(goals.id, world.goalB));
    expect(goalB?.title).toBe(world.text.goalB);
  });
});
