import {
  calendarFeeds,
  invitations,
  participants,
  passwordResets,
  refreshTokens,
  users,
} from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../factories.ts';
import { injectAs, useTestApp } from '../harness.ts';
import { type Answer, walkGets } from './get-walk.ts';
import { buildTrustWorld, TRUST_CALLERS, type TrustCaller, type TrustWorld } from './trust-world.ts';

const ctx = useTestApp();

/** Keys no answer may carry, whatever their value: secrets and what they are stored as. */
const SECRET_KEY =
  /^(password|passwordHash|password_hash|hash|tokenHash|token_hash|token|refreshToken|refresh_token|resetToken|reset_token|inviteToken|invite_token|secret|jwtSecret|idempotencyKey)$|hash$/i;
/** Values shaped like a password hash or a signed token. */
const SECRET_VALUE = /\$argon2(id|i|d)\$|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}/;

/** Every key path in a JSON value whose key is secret-named. */
function secretKeys(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretKeys(v, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(SECRET_KEY.test(key) ? [`${at}.${key}`] : []),
    ...secretKeys(inner, `${at}.${key}`),
  ]);
}

/**
 * Whose email each caller may see. Emails are for coordinators (the people page shows them to
 * coordinators only, `canSeeEmails`): a coordinator sees their program's people and invitees, an
 * administrator everyone, everyone else their own address. One exception, by calendar
 * convention: a booking's calendar file names both sides of the pair (ORGANIZER and ATTENDEE),
 * so a pair member's calendar answers may carry their partner's address.
 */
async function emailRules(world: TrustWorld) {
  const db = ctx.database.db;
  const all = await db.select({ id: users.id, email: users.email }).from(users);
  const invited = await db
    .select({ email: invitations.email, programId: invitations.programId })
    .from(invitations);
  const members = await db
    .select({ userId: participants.userId, programId: participants.programId })
    .from(participants);
  const emailOf = new Map(all.map((u) => [u.id, u.email]));
  const programEmails = (programId: string) => [
    ...members.filter((m) => m.programId === programId).map((m) => emailOf.get(m.userId) as string),
    ...invited.filter((i) => i.programId === programId).map((i) => i.email),
  ];
  const everyone = [...all.map((u) => u.email), ...invited.map((i) => i.email)];
  const partner: Partial<Record<TrustCaller, TrustCaller>> = {
    mentorA: 'actorA',
    actorA: 'mentorA',
    mentorB: 'actorB',
    actorB: 'mentorB',
  };
  const allowed = (caller: TrustCaller, contentType: string): Set<string> => {
    const own = emailOf.get(world.users[caller].id) as string;
    const other = partner[caller];
    if (other && contentType.includes('text/calendar'))
      return new Set([own, emailOf.get(world.users[other].id) as string]);
    if (caller === 'admin') return new Set(everyone);
    if (caller === 'coordinator') return new Set([own, ...programEmails(world.authz.world.program.id)]);
    if (caller === 'otherCoordinator')
      return new Set([own, ...programEmails(world.authz.world.otherProgram.id)]);
    return new Set([own]);
  };
  return { everyone: [...new Set(everyone)], allowed };
}

/** What the database keeps secret: every password hash and token hash. None may leave it. */
async function storedSecrets(): Promise<string[]> {
  const db = ctx.database.db;
  return [
    ...(await db.select({ s: users.passwordHash }).from(users)),
    ...(await db.select({ s: refreshTokens.tokenHash }).from(refreshTokens)),
    ...(await db.select({ s: passwordResets.tokenHash }).from(passwordResets)),
    ...(await db.select({ s: calendarFeeds.tokenHash }).from(calendarFeeds)),
    ...(await db.select({ s: invitations.tokenHash }).from(invitations)),
  ]
    .map((r) => r.s)
    .filter((s): s is string => typeof s === 'string' && s.length >= 16);
}

function problemsIn(answer: Answer, secrets: string[], mayNotSee: string[]): string[] {
  const found: string[] = [];
  const where = `${answer.route} (${answer.url}) as ${answer.caller}`;
  if (answer.contentType.includes('json')) {
    for (const key of secretKeys(JSON.parse(answer.body))) found.push(`${where}: secret-named key ${key}`);
  } else if (/password|token_?hash|refresh_?token/i.test(answer.body)) {
    found.push(`${where}: a secret-named field in ${answer.contentType}`);
  }
  if (SECRET_VALUE.test(answer.body)) found.push(`${where}: a hash or token value`);
  for (const secret of secrets) if (answer.body.includes(secret)) found.push(`${where}: a stored hash`);
  for (const email of mayNotSee)
    if (answer.body.toLowerCase().includes(email.toLowerCase())) found.push(`${where}: ${email}`);
  return found;
}

describe('response allow-lists: no secrets, and no one else’s email', () => {
  let world: TrustWorld;
  let answers: Answer[];
  beforeAll(async () => {
    world = await buildTrustWorld(ctx);
    // A reset link and a refresh token exist, so their hashes are there to leak.
    await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: world.authz.world.users.actor.email },
    });
    answers = await walkGets(ctx.app, world);
  }, 300_000);

  it('no GET answer, for any caller on either pair, carries a secret or an email it should not', async () => {
    const secrets = await storedSecrets();
    expect(secrets.length).toBeGreaterThan(9); // every user's password hash, at least
    const emails = await emailRules(world);
    const problems = answers.flatMap((answer) => {
      const allowed = emails.allowed(answer.caller, answer.contentType);
      return problemsIn(
        answer,
        secrets,
        emails.everyone.filter((e) => !allowed.has(e)),
      );
    });
    expect(problems).toEqual([]);
    expect(new Set(answers.map((a) => a.route)).size).toBeGreaterThan(35);
    expect(answers.length).toBeGreaterThan(500);
  });

  it("no actor's id reaches another actor, or a mentor they are not paired with", () => {
    // Actors never see each other (participants, profiles, wishes); a mentor sees their own actor.
    const actors: Record<string, string> = {
      actorA: world.users.actorA.id,
      actorB: world.users.actorB.id,
      freeActor: world.users.freeActor.id,
    };
    const mayKnow: Partial<Record<TrustCaller, string[]>> = {
      actorA: ['actorA'],
      actorB: ['actorB'],
      freeActor: ['freeActor'],
      mentorA: ['actorA'],
      mentorB: ['actorB'],
      otherCoordinator: [],
      outsider: [],
    };
    const found: string[] = [];
    for (const answer of answers) {
      const known = mayKnow[answer.caller];
      if (!known) continue; // coordinators and administrators see the program's people
      for (const [name, id] of Object.entries(actors)) {
        // An id the caller put in the path themselves is not news to them.
        if (known.includes(name) || answer.url.includes(id)) continue;
        if (answer.body.includes(id))
          found.push(`${answer.route} as ${answer.caller} (${answer.status}) names ${name}`);
      }
    }
    expect(found).toEqual([]);
    // The wish is there to be found: the coordinator sees it.
    const wishes = answers.find(
      (a) => a.route === 'GET /api/programs/:programId/wishes' && a.caller === 'coordinator' && a.on === 'A',
    );
    expect(wishes?.body).toContain(world.users.freeActor.id);
  });

  it('the checks catch planted leaks, so a pass means something', async () => {
    const secrets = await storedSecrets();
    const planted = (body: string, contentType = 'application/json') =>
      problemsIn(
        { route: 'GET /planted', caller: 'actorA', on: '-', url: '/planted', status: 200, contentType, body },
        secrets,
        ['someone@example.test'],
      );
    expect(planted('{"ok":true}')).toEqual([]);
    expect(planted(JSON.stringify({ user: { passwordHash: 'x' } }))).toHaveLength(1);
    expect(planted(JSON.stringify([{ feed: { tokenHash: 'x' } }]))).toHaveLength(1);
    expect(planted(JSON.stringify({ text: `hash ${secrets.at(-1)}` }))).toHaveLength(1);
    expect(planted(JSON.stringify({ text: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2ln' }))).toHaveLength(
      1,
    );
    expect(planted('ORGANIZER;CN=X:mailto:Someone@example.test', 'text/calendar')).toHaveLength(1);
  });

  it('coordinators do see emails, and calendar files are read unfolded (so the email check can fail)', () => {
    const calendar = answers.find(
      (a) => a.route === 'GET /api/bookings/:bookingId/ics' && a.caller === 'mentorA',
    );
    expect(calendar?.body).toContain(world.authz.world.users.actor.email);
    const people = answers.find(
      (a) => a.route === 'GET /api/programs/:programId/participants' && a.caller === 'coordinator',
    );
    expect(people?.body).toContain(world.authz.world.users.actor.email);
    const forActor = answers.find(
      (a) => a.route === 'GET /api/programs/:programId/participants' && a.caller === 'actorA',
    );
    expect(forActor?.status).toBe(200);
    expect(forActor?.body).not.toContain(world.authz.world.users.mentor.email);
  });

  it('sign-in, refresh, password change and invitation accept return the new access token and nothing else secret', async () => {
    const { mentor, coordinator } = world.authz.world.users;
    const sessionShape = (body: Record<string, unknown>, email: string) => {
      expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'user']);
      expect(Object.keys(body.user as object).sort()).toEqual(['email', 'id', 'isAdmin', 'locale', 'name']);
      expect((body.user as { email: string }).email).toBe(email);
      // The token carries who and whether admin, never an email or a hash.
      const claims = JSON.parse(
        Buffer.from(String(body.accessToken).split('.')[1] as string, 'base64url').toString(),
      );
      expect(Object.keys(claims).sort()).toEqual(['adm', 'exp', 'iat', 'sub']);
    };
    const cookieOf = (setCookie: unknown) => {
      const cookies = ([] as string[]).concat(setCookie as string | string[]);
      const refresh = cookies.find((c) => c.startsWith('mentoring_refresh='));
      expect(refresh).toMatch(/HttpOnly/i);
      return refresh?.split(';')[0] as string;
    };

    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: mentor.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    sessionShape(login.json(), mentor.email);
    const refreshCookie = cookieOf(login.headers['set-cookie']);
    // The refresh token travels in the cookie only, never in a body.
    expect(login.body).not.toContain(refreshCookie.split('=')[1]);

    const refreshed = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { cookie: refreshCookie },
    });
    expect(refreshed.statusCode).toBe(200);
    sessionShape(refreshed.json(), mentor.email);
    expect(refreshed.body).not.toContain(cookieOf(refreshed.headers['set-cookie']).split('=')[1]);

    const changed = await injectAs(ctx.app, mentor, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another horse battery 2' },
    });
    expect(changed.statusCode).toBeLessThan(300);
    expect(secretKeys(changed.json())).toEqual([]);
    expect(changed.body).not.toMatch(/\$argon2/);

    const email = `uusi-${world.text.noteA.slice(-8)}@example.test`;
    const created = await injectAs(ctx.app, coordinator, {
      method: 'POST',
      url: `/api/programs/${world.authz.world.program.id}/invitations`,
      payload: { email, name: 'Uusi', role: 'mentor' },
    });
    expect(created.statusCode).toBe(201);
    expect(secretKeys(created.json())).toEqual([]);
    const token = (created.json().inviteUrl as string).split('/invite/')[1] as string;
    const preview = await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(Object.keys(preview.json()).sort()).toEqual([
      'accountExists',
      'email',
      'name',
      'programName',
      'role',
    ]);
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Uusi', password: 'a long enough passphrase' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(Object.keys(accepted.json()).sort()).toEqual(['programId', 'session']);
    sessionShape(accepted.json().session, email);
    const [stored] = await ctx.database.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email));
    for (const body of [login.body, refreshed.body, changed.body, accepted.body, preview.body])
      expect(body).not.toContain(stored?.hash as string);
  });

  it('every caller of the walk was a distinct person with an address', () => {
    const ids = TRUST_CALLERS.map((c) => world.users[c].id);
    expect(new Set(ids).size).toBe(TRUST_CALLERS.length);
  });
});
