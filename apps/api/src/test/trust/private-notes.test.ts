import { auditLog, outbox } from '@mentoring/db/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { injectAs, useTestApp } from '../harness.ts';
import { type Answer, walkGets } from './get-walk.ts';
import { buildTrustWorld, type Marker, READERS, type TrustWorld } from './trust-world.ts';

const ctx = useTestApp();
const DAY = 86_400_000;

/** Every marked text found in an answer given to someone who may not read it. */
function leaksIn(world: TrustWorld, answers: Answer[]): string[] {
  const found: string[] = [];
  for (const answer of answers) {
    for (const [marker, text] of Object.entries(world.text) as [Marker, string][]) {
      if (answer.body.includes(text) && !READERS[marker].includes(answer.caller))
        found.push(
          `${answer.route} (${answer.url}) as ${answer.caller} → ${answer.status} carries ${marker}`,
        );
    }
  }
  return found;
}

describe('private notes and pair texts: nobody reads what is not theirs, on any GET route', () => {
  let world: TrustWorld;
  let answers: Answer[];
  beforeAll(async () => {
    world = await buildTrustWorld(ctx);
    answers = await walkGets(ctx.app, world);
  }, 300_000);

  it('the walk covered every GET route as every caller, with no server errors', () => {
    const routes = new Set(answers.map((a) => a.route));
    expect(routes.size).toBeGreaterThan(35);
    expect(answers.filter((a) => a.status >= 500).map((a) => `${a.url} as ${a.caller}`)).toEqual([]);
  });

  it('mentor A reads their own note, in the session list and in their own data export', async () => {
    const list = await injectAs(ctx.app, world.users.mentorA, {
      method: 'GET',
      url: `/api/matches/${world.idsA.matchId}/sessions`,
    });
    const mine = list.json().find((s: { id: string }) => s.id === world.sessionA);
    expect(mine.privateNote).toBe(world.text.noteA);
    const exported = (caller: 'mentorA' | 'mentorB' | 'actorA' | 'coordinator') => {
      const answer = answers.find((a) => a.route === 'GET /api/me/data' && a.caller === caller);
      expect(answer?.status, caller).toBe(200);
      const rows = JSON.parse(answer?.body ?? '{}').tables.session_logs as {
        id: string;
        privateNote: string;
      }[];
      return Object.fromEntries(rows.map((r) => [r.id, r.privateNote]));
    };
    expect(exported('mentorA')[world.sessionA]).toBe(world.text.noteA);
    expect(exported('mentorB')[world.sessionB]).toBe(world.text.noteB);
    // The actor's export has the session (it is the pair's) but not the mentor's note.
    expect(world.sessionA in exported('actorA')).toBe(true);
    expect(exported('actorA')[world.sessionA]).toBeNull();
    expect(world.sessionA in exported('coordinator')).toBe(false);
  });

  it('no GET answer carries a private note, or a pair text, to anyone outside its readers', () => {
    expect(leaksIn(world, answers)).toEqual([]);
    // The check above could pass by never finding anything: each text does reach its readers.
    for (const [marker, text] of Object.entries(world.text) as [Marker, string][]) {
      const seenBy = new Set(answers.filter((a) => a.body.includes(text)).map((a) => a.caller));
      if (marker === 'noteADraft') expect(seenBy.size, marker).toBe(0);
      else expect(seenBy.size, marker).toBeGreaterThan(0);
    }
  });

  it('the leak check catches a planted note, so a pass means something', () => {
    const planted = (caller: 'mentorA' | 'mentorB') =>
      leaksIn(world, [
        {
          route: 'GET /planted',
          caller,
          on: '-',
          url: '/planted',
          status: 200,
          contentType: '',
          body: `x${world.text.noteA}x`,
        },
      ]);
    expect(planted('mentorA')).toEqual([]);
    expect(planted('mentorB')).toHaveLength(1);
  });

  it('mentor B, the actor and coordinators get no note on pair A directly: 403 or the note is null', () => {
    const direct = answers.filter((a) => a.route === 'GET /api/matches/:matchId/sessions' && a.on === 'A');
    for (const answer of direct) {
      if (answer.caller === 'mentorA') continue;
      if (answer.status === 200) {
        const sessions = JSON.parse(answer.body) as { privateNote: string | null }[];
        expect(sessions.length, answer.caller).toBeGreaterThan(0);
        expect(
          sessions.every((s) => s.privateNote === null),
          answer.caller,
        ).toBe(true);
      } else expect([403, 404], answer.caller).toContain(answer.status);
    }
    const status = (caller: string) => direct.find((a) => a.caller === caller)?.status;
    expect(status('mentorB')).toBe(403);
    expect(status('actorB')).toBe(403);
    expect(status('otherCoordinator')).toBe(403);
    expect(status('actorA')).toBe(200);
    expect(status('coordinator')).toBe(200);
  });

  it('search, the audit log and the outbox hold no note text', async () => {
    for (const q of [world.text.noteA, 'PRIVNOTE', world.text.summaryA]) {
      const found = await injectAs(ctx.app, world.users.admin, {
        method: 'GET',
        url: `/api/admin/users?q=${encodeURIComponent(q)}`,
      });
      expect(found.statusCode).toBe(200);
      expect(found.json()).toEqual([]);
    }
    const audit = await injectAs(ctx.app, world.users.admin, {
      method: 'GET',
      url: '/api/admin/audit?limit=500',
    });
    expect(audit.statusCode).toBe(200);
    const entries = audit.json() as { action: string; objectId: string | null }[];
    // The note's writing and editing are on record, without the texts.
    expect(entries.filter((e) => e.objectId === world.sessionA).map((e) => e.action)).toEqual(
      expect.arrayContaining(['session.create', 'session.update']),
    );
    const stored = JSON.stringify([
      await ctx.database.db.select().from(auditLog),
      await ctx.database.db.select().from(outbox),
    ]);
    for (const [marker, text] of Object.entries(world.text)) {
      expect(audit.body.includes(text), marker).toBe(false);
      expect(stored.includes(text), `${marker} stored in the audit log or an email`).toBe(false);
    }
  });

  it('survey results, comparisons and report exports carry no pair text once the survey has closed', async () => {
    const started = ctx.clock().getTime();
    ctx.clock.advance(8 * DAY);
    try {
      const exports = await walkGets(ctx.app, world, {
        only: (url) => url.includes('/surveys') || url.startsWith('/api/reports'),
      });
      expect(exports.length).toBeGreaterThan(50);
      expect(exports.filter((a) => a.status >= 500).map((a) => `${a.url} as ${a.caller}`)).toEqual([]);
      // Closed: the coordinator now gets the results and the CSV themselves.
      const csv = exports.find(
        (a) => a.route === 'GET /api/surveys/:surveyId/results.csv' && a.caller === 'coordinator',
      );
      expect(csv?.status).toBe(200);
      expect(leaksIn(world, exports)).toEqual([]);
    } finally {
      ctx.clock.set(new Date(started));
    }
  }, 120_000);
});
