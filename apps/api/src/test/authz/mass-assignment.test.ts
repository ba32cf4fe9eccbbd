import { randomUUID } from 'node:crypto';
import { users } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint } from '../fuzz/fingerprint.ts';
import { injectAs, useTestApp } from '../harness.ts';
import { AUTHZ_MATRIX, type Caller } from './authz-matrix.ts';
import { type AuthzWorld, buildAuthzWorld } from './authz-world.ts';

const ctx = useTestApp();

/** Fields a caller might slip into a body to raise their rights or move an object. */
function privileged(world: AuthzWorld): Record<string, unknown> {
  return {
    role: 'coordinator',
    isAdmin: true,
    admin: true,
    userId: world.world.users.admin.id,
    programId: world.world.otherProgram.id,
    id: randomUUID(),
    mentorId: world.world.users.otherCoordinator.id,
    actorId: world.world.users.otherCoordinator.id,
    createdAt: '2000-01-01T00:00:00Z',
    status: 'completed',
    passwordHash: 'x',
  };
}

describe('mass assignment: extra fields in any body', () => {
  let world: AuthzWorld;
  beforeAll(async () => {
    world = await buildAuthzWorld(ctx);
  });

  it('every write route refuses a valid body with privileged fields added, and no row changes', async () => {
    const db = ctx.database.db;
    const checked: string[] = [];
    const accepted: string[] = [];
    for (const route of ctx.app.routeTable) {
      const rule = AUTHZ_MATRIX[`${route.method} ${route.url}`];
      if (!rule || route.method === 'GET' || rule.allow === 'public') continue;
      const request = rule.request?.(world.ids);
      const payload = request?.payload;
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) continue;
      // The first caller the table allows: the request passes access, so only the body decides.
      const caller = rule.allow[0] as Exclude<Caller, 'anonymous'>;
      const extra = Object.fromEntries(
        Object.entries(privileged(world)).filter(([name]) => !(name in payload)),
      );
      const before = await databaseFingerprint(db);
      const url = route.url.replace(
        /:(\w+)/g,
        (_, name: string) => world.ids[rule.params?.[name] ?? name] ?? '',
      );
      const send = (body: string) =>
        injectAs(ctx.app, world.world.users[caller], {
          method: route.method as InjectOptions['method'],
          url: request?.query ? `${url}?${request.query}` : url,
          payload: body,
          headers: { 'content-type': 'application/json' },
        });
      const response = await send(JSON.stringify({ ...payload, ...extra }));
      checked.push(`${route.method} ${route.url}`);
      if (response.statusCode !== 400) accepted.push(`${route.method} ${route.url} → ${response.statusCode}`);
      else expect(response.json().code, `${route.method} ${route.url}`).toBe('validation_failed');
      // A prototype key is refused before validation (the JSON parser drops such bodies).
      const proto = await send(`{"__proto__":{"isAdmin":true},${JSON.stringify(payload).slice(1)}`);
      if (proto.statusCode !== 400)
        accepted.push(`${route.method} ${route.url} __proto__ → ${proto.statusCode}`);
      expect(await databaseFingerprint(db), `${route.method} ${route.url} changed data`).toBe(before);
    }
    expect(accepted).toEqual([]);
    expect(checked.length).toBeGreaterThan(30);
    // Nobody became an administrator along the way.
    const admins = await db.select({ id: users.id }).from(users).where(eq(users.isAdmin, true));
    expect(admins.map((a) => a.id)).toEqual([world.world.users.admin.id]);
  }, 300_000);
});
