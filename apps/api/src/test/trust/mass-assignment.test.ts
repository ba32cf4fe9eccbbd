import { randomUUID } from 'node:crypto';
import {
  attendance,
  calendarFeeds,
  eventRegistrations,
  invitations,
  outbox,
  participants,
  profiles,
  users,
} from '@mentoring/db/schema';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHZ_MATRIX, type Caller } from '../authz/authz-matrix.ts';
import { TEST_PASSWORD } from '../factories.ts';
import { databaseFingerprint } from '../fuzz/fingerprint.ts';
import { injectAs, useTestApp } from '../harness.ts';
import { buildTrustWorld, type TrustWorld } from './trust-world.ts';

const ctx = useTestApp();

/** One privileged field at a time: a body with all of them could be refused for the first alone. */
function privilegedFields(world: TrustWorld): [string, unknown][] {
  const { admin, otherCoordinator } = world.authz.world.users;
  return [
    ['role', 'coordinator'],
    ['isAdmin', true],
    ['admin', true],
    ['is_admin', true],
    ['userId', admin.id],
    ['programId', world.authz.world.otherProgram.id],
    ['id', randomUUID()],
    ['mentorId', otherCoordinator.id],
    ['actorId', otherCoordinator.id],
    ['authorId', otherCoordinator.id],
    ['createdBy', otherCoordinator.id],
    ['createdAt', '2000-01-01T00:00:00Z'],
    ['updatedAt', '2000-01-01T00:00:00Z'],
    ['status', 'completed'],
    ['email', 'hijack@example.test'],
    ['passwordHash', '$argon2id$v=19$m=1,t=1,p=1$AAAA$AAAA'],
    ['isActive', false],
    ['archivedAt', '2000-01-01T00:00:00Z'],
  ];
}

/** Valid bodies beyond the matrix's, so nested objects (action items, pairs, rules) are tried too. */
const EXTRA_BODIES: Record<string, () => object> = {
  'POST /api/matches/:matchId/sessions': () => ({
    heldAt: new Date(ctx.clock().getTime() - 86_400_000).toISOString(),
    durationMinutes: 30,
    format: 'remote',
    actionItems: [{ text: 'Soita', owner: 'actor' }],
  }),
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Operation {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** The fields a (possibly nested) object schema declares: those are the route's to take, not extras. */
function declared(schema: JsonSchema | undefined): Set<string> {
  const options = [schema, ...(schema?.anyOf ?? [])];
  return new Set(options.flatMap((s) => Object.keys(s?.properties ?? {})));
}
const child = (schema: JsonSchema | undefined, key: string) =>
  [schema, ...(schema?.anyOf ?? [])].find((s) => s?.properties?.[key])?.properties?.[key];

/**
 * Copies of `body`, each with one privileged field added to one nested object (not the top
 * level), skipped where that object's schema declares the field.
 */
function nestedVariants(body: unknown, schema: JsonSchema | undefined, field: string, value: unknown) {
  const variants: [string, unknown][] = [];
  const visit = (
    node: unknown,
    nodeSchema: JsonSchema | undefined,
    at: string,
    put: (next: unknown) => unknown,
  ) => {
    if (isObject(node)) {
      if (at !== '' && !declared(nodeSchema).has(field))
        variants.push([at, put({ ...node, [field]: value })]);
      for (const [key, inner] of Object.entries(node))
        visit(inner, child(nodeSchema, key), `${at}.${key}`, (next) => put({ ...node, [key]: next }));
    } else if (Array.isArray(node)) {
      node.forEach((inner, i) => {
        visit(inner, nodeSchema?.items, `${at}[${i}]`, (next) =>
          put(node.map((c, j) => (j === i ? next : c))),
        );
      });
    }
  };
  visit(body, schema, '', (next) => next);
  return variants;
}

/** The rows that say who someone is and where: read straight from the database. */
async function identityRows() {
  const db = ctx.database.db;
  return {
    users: await db
      .select({ id: users.id, email: users.email, isAdmin: users.isAdmin, isActive: users.isActive })
      .from(users)
      .orderBy(users.id),
    participants: await db.select().from(participants).orderBy(participants.id),
  };
}

describe('mass assignment: privileged extra fields, one at a time and nested', () => {
  let world: TrustWorld;
  beforeAll(async () => {
    world = await buildTrustWorld(ctx);
  }, 120_000);

  it('every signed-in write route refuses each privileged field alone, top-level and nested; no row changes', async () => {
    const db = ctx.database.db;
    const identities = await identityRows();
    const accepted: string[] = [];
    const changed: string[] = [];
    const paths = (ctx.app.swagger() as { paths: Record<string, Record<string, Operation>> }).paths;
    const schemas = Object.fromEntries(
      Object.entries(paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, op]) => [
          `${method} ${path}`,
          op.requestBody?.content?.['application/json']?.schema,
        ]),
      ),
    );
    const routes = new Set<string>();
    let requests = 0;
    for (const route of ctx.app.routeTable) {
      const key = `${route.method} ${route.url}`;
      const rule = AUTHZ_MATRIX[key];
      if (!rule || route.method === 'GET' || rule.allow === 'public') continue;
      const request = rule.request?.(world.authz.ids);
      const bodies = [request?.payload, EXTRA_BODIES[key]?.()].filter(isObject);
      if (bodies.length === 0) continue;
      const caller = rule.allow[0] as Exclude<Caller, 'anonymous'>;
      const url = route.url.replace(
        /:(\w+)/g,
        (_, name: string) => world.authz.ids[rule.params?.[name] ?? name] ?? '',
      );
      const send = async (label: string, body: unknown) => {
        requests++;
        const response = await injectAs(ctx.app, world.authz.world.users[caller], {
          // Rate limits count per address (POST /api/me/password allows 10 a minute): one each.
          remoteAddress: `10.9.${Math.floor(requests / 250)}.${(requests % 250) + 1}`,
          method: route.method as InjectOptions['method'],
          url: request?.query ? `${url}?${request.query}` : url,
          payload: body as InjectOptions['payload'],
        });
        if (response.statusCode !== 400 || response.json().code !== 'validation_failed')
          accepted.push(`${key} ${label} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      };
      const schema = schemas[`${route.method.toLowerCase()} ${route.url.replace(/:(\w+)/g, '{$1}')}`];
      const before = await databaseFingerprint(db);
      routes.add(key);
      for (const payload of bodies) {
        for (const [field, value] of privilegedFields(world)) {
          // A field the route declares (a match's status, a booking's mentorId) is its to take.
          if (!declared(schema).has(field)) await send(`+${field}`, { ...payload, [field]: value });
          for (const [at, variant] of nestedVariants(payload, schema, field, value))
            await send(`${at}+${field}`, variant);
        }
      }
      if ((await databaseFingerprint(db)) !== before) changed.push(key);
    }
    expect(accepted).toEqual([]);
    expect(changed).toEqual([]);
    // Every signed-in route that takes a JSON body was tried.
    const withBody = Object.entries(schemas)
      .filter(([operation, schema]) => schema && !operation.startsWith('get '))
      .map(([operation]) => {
        const [method, path] = operation.split(' ') as [string, string];
        return `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      })
      .filter((key) => AUTHZ_MATRIX[key]?.allow !== 'public');
    expect([...routes].sort()).toEqual(withBody.sort());
    expect(routes.size).toBeGreaterThanOrEqual(34);
    expect(requests).toBeGreaterThan(routes.size * 15);
    expect(await identityRows()).toEqual(identities);
  }, 300_000);

  it('routes that take no body ignore one: registering names the caller, not the userId in the body', async () => {
    const db = ctx.database.db;
    const { actor, coordinator } = world.authz.world.users;
    const eventId = world.authz.ids.eventId as string;
    const smuggled = { userId: world.users.actorB.id, role: 'coordinator', isAdmin: true, status: 'present' };
    const registered = await injectAs(ctx.app, actor, {
      method: 'PUT',
      url: `/api/events/${eventId}/registration`,
      payload: smuggled,
    });
    expect(registered.statusCode).toBeLessThan(300);
    const registrations = await db
      .select({ userId: eventRegistrations.userId })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, eventId));
    expect(registrations).toEqual([{ userId: actor.id }]);
    // A coordinator marks the person in the path, never the one in the body.
    const marked = await injectAs(ctx.app, coordinator, {
      method: 'PUT',
      url: `/api/events/${eventId}/attendance/users/${actor.id}`,
      payload: smuggled,
    });
    expect(marked.statusCode).toBeLessThan(300);
    const present = await db
      .select({ userId: attendance.userId })
      .from(attendance)
      .where(and(eq(attendance.eventId, eventId), isNotNull(attendance.userId)));
    expect(present).toEqual([{ userId: actor.id }]);
    const feed = await injectAs(ctx.app, actor, {
      method: 'POST',
      url: '/api/calendar/feed',
      payload: smuggled,
    });
    expect(feed.statusCode).toBe(200);
    const feeds = await db.select({ userId: calendarFeeds.userId }).from(calendarFeeds);
    expect(feeds.map((f) => f.userId)).not.toContain(world.users.actorB.id);
    const [me] = await db.select().from(users).where(eq(users.id, actor.id));
    expect(me?.isAdmin).toBe(false);
  });

  it('sign-in with extra fields: refused, and the session is not an administrator', async () => {
    const { mentor } = world.authz.world.users;
    for (const extra of [
      { isAdmin: true },
      { role: 'coordinator' },
      { userId: world.authz.world.users.admin.id },
    ]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: mentor.email, password: TEST_PASSWORD, ...extra },
      });
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
    }
    const plain = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: mentor.email, password: TEST_PASSWORD },
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.json().user).toMatchObject({ id: mentor.id, isAdmin: false });
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, mentor.id));
    expect(row?.isAdmin).toBe(false);
  });

  it('accepting an invitation with extra fields is refused; the accepted account has the invited role only', async () => {
    const db = ctx.database.db;
    const { coordinator, admin } = world.authz.world.users;
    const programId = world.authz.world.program.id;
    const email = `kutsu-${randomUUID().slice(0, 8)}@example.test`;
    const created = await injectAs(ctx.app, coordinator, {
      method: 'POST',
      url: `/api/programs/${programId}/invitations`,
      payload: { email, name: 'Kutsuttu', role: 'actor' },
    });
    expect(created.statusCode).toBe(201);
    const token = (created.json().inviteUrl as string).split('/invite/')[1] as string;
    const accept = (body: object) =>
      ctx.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: body });
    const valid = { name: 'Kutsuttu', password: 'a long enough passphrase' };
    for (const extra of [
      { isAdmin: true },
      { role: 'coordinator' },
      { programId: world.authz.world.otherProgram.id },
      { email: admin.email },
      { userId: admin.id },
    ]) {
      const response = await accept({ ...valid, ...extra });
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
    }
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    const accepted = await accept(valid);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().session.user).toMatchObject({ email, isAdmin: false });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user?.isAdmin).toBe(false);
    const memberships = await db
      .select({ programId: participants.programId, role: participants.role })
      .from(participants)
      .where(eq(participants.userId, user?.id as string));
    expect(memberships).toEqual([{ programId, role: 'actor' }]);
  });

  it('a password reset with extra fields is refused and changes neither the password nor the rights', async () => {
    const db = ctx.database.db;
    const { outsider, admin } = world.authz.world.users;
    const asked = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: outsider.email },
    });
    expect(asked.statusCode).toBe(202);
    const mail = (await db.select().from(outbox)).reverse().find((r) => r.payload.to === outsider.email);
    const token = mail?.payload.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1] as string;
    expect(token).toBeTruthy();
    const [before] = await db.select().from(users).where(eq(users.id, outsider.id));
    for (const extra of [{ isAdmin: true }, { email: admin.email }, { userId: admin.id }]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/auth/password-reset/${token}`,
        payload: { password: 'a brand new passphrase 7', ...extra },
      });
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
    }
    const [after] = await db.select().from(users).where(eq(users.id, outsider.id));
    expect(after).toEqual(before);
  });

  it("a participant import's extra columns (isAdmin, programId, userId) are ignored", async () => {
    const db = ctx.database.db;
    const { coordinator, admin } = world.authz.world.users;
    const programId = world.authz.world.program.id;
    const otherProgramId = world.authz.world.otherProgram.id;
    const email = `tuotu-${randomUUID().slice(0, 8)}@example.test`;
    const response = await injectAs(ctx.app, coordinator, {
      method: 'POST',
      url: `/api/programs/${programId}/imports/participants?dryRun=false`,
      payload: `name,email,role,isAdmin,programId,userId\nTuotu Henkilö,${email},actor,true,${otherProgramId},${admin.id}\n`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().imported).toBe(1);
    const rows = await db.select().from(invitations).where(eq(invitations.email, email));
    expect(rows.map((r) => ({ programId: r.programId, role: r.role }))).toEqual([
      { programId, role: 'actor' },
    ]);
    expect(
      await db.select().from(participants).where(eq(participants.programId, otherProgramId)),
    ).toHaveLength(1);
  });

  it("a profile write naming another user in the query is refused; the other's profile is unchanged", async () => {
    const db = ctx.database.db;
    const { actor } = world.authz.world.users;
    const programId = world.authz.world.program.id;
    const theirs = () =>
      db
        .select({ profile: profiles })
        .from(profiles)
        .innerJoin(participants, eq(participants.id, profiles.participantId))
        .where(and(eq(participants.programId, programId), eq(participants.userId, world.users.mentorB.id)));
    const before = await theirs();
    const response = await injectAs(ctx.app, actor, {
      method: 'PUT',
      url: `/api/profiles/me?programId=${programId}&userId=${world.users.mentorB.id}`,
      payload: {
        bio: 'Kaapattu',
        sectors: [],
        topics: [],
        languages: ['fi'],
        municipality: 'Tampere',
        meetingModes: ['remote'],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(await theirs()).toEqual(before);
  });
});
