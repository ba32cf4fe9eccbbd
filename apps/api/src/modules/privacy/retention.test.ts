import {
  auditLog,
  checkIns,
  goals,
  matchClosures,
  programs,
  sessionLogs,
  surveyAnswers,
} from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProgram } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';
import { ACTOR_REFLECTION, createPersonEverywhere, type PersonEverywhere } from './privacy-test-world.ts';
import { purgeExpiredTexts, retentionDeadline } from './retention.ts';

const ctx = useTestApp();
const purge = () => purgeExpiredTexts({ db: ctx.database.db, clock: ctx.clock });

describe('retention of texts', () => {
  let world: PersonEverywhere;

  beforeAll(async () => {
    ctx.clock.set('2026-06-01T00:00:00Z');
    // The program ended 2024-06-30 and keeps texts 24 months (the default): until 2026-07-01.
    world = await createPersonEverywhere(ctx.database.db, ctx.clock());
  });

  it('computes the deadline the way PostgreSQL adds months', () => {
    expect(retentionDeadline('2024-06-30', 24).toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(retentionDeadline('2024-01-31', 1).toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('keeps texts until the retention period has passed', async () => {
    ctx.clock.set('2026-06-30T23:59:00Z');
    expect(await purge()).toBe(0);
    const [session] = await ctx.database.db
      .select()
      .from(sessionLogs)
      .where(eq(sessionLogs.matchId, world.matchId));
    expect(session?.reflection).toBe(ACTOR_REFLECTION);
  });

  it('then clears session texts, reflections, goal texts and survey free text once; figures stay', async () => {
    const db = ctx.database.db;
    const answersBefore = await db.select().from(surveyAnswers);
    ctx.clock.set('2026-07-01T00:01:00Z');
    const [a, b] = await Promise.all([purge(), purge()]);
    expect(a + b, 'two runners purge the program once').toBe(1);
    expect(await purge()).toBe(0);

    const sessions = await db.select().from(sessionLogs).where(eq(sessionLogs.programId, world.program.id));
    expect(sessions).toHaveLength(2);
    for (const s of sessions) expect([s.sharedSummary, s.privateNote, s.reflection]).toEqual(['', '', null]);
    const [goal] = await db.select().from(goals).where(eq(goals.matchId, world.matchId));
    expect([goal?.title, goal?.description]).toEqual(['', '']);
    const [rating] = await db
      .select()
      .from(checkIns)
      .where(eq(checkIns.goalId, goal?.id as string));
    expect(rating).toMatchObject({ rating: 3, note: '' });
    const [closure] = await db.select().from(matchClosures).where(eq(matchClosures.matchId, world.matchId));
    expect([closure?.actorReflection, closure?.mentorReflection]).toEqual([null, null]);
    const answersAfter = await db.select().from(surveyAnswers);
    expect(answersAfter).toHaveLength(answersBefore.length);
    expect(answersAfter.every((answer) => answer.text === null)).toBe(true);

    const [program] = await db.select().from(programs).where(eq(programs.id, world.program.id));
    expect(program?.textsPurgedAt?.toISOString()).toBe('2026-07-01T00:01:00.000Z');
    const entries = await db.select().from(auditLog).where(eq(auditLog.programId, world.program.id));
    expect(entries.filter((e) => e.action === 'retention.purge')).toEqual([
      expect.objectContaining({ actorId: null, details: { sessions: 2, surveyTextAnswers: 2 } }),
    ]);
  });

  it('never purges a program that keeps its texts (retention null)', async () => {
    const keeper = await createProgram(ctx.database.db, {
      startsOn: '2020-01-01',
      endsOn: '2020-12-31',
      retentionMonths: null,
    });
    ctx.clock.set('2040-01-01T00:00:00Z');
    await purge();
    const [row] = await ctx.database.db.select().from(programs).where(eq(programs.id, keeper.id));
    expect(row?.textsPurgedAt).toBeNull();
  });

  describe('program setting', () => {
    it('a coordinator sets, clears and is told off for bad retention months', async () => {
      ctx.clock.set(new Date());
      const url = `/api/programs/${world.program.id}`;
      const patch = (payload: object) =>
        injectAs(ctx.app, world.coordinator, { method: 'PATCH', url, payload });
      const set = await patch({ retentionMonths: 36 });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json().retentionMonths).toBe(36);
      const keep = await patch({ retentionMonths: null });
      expect(keep.json().retentionMonths).toBeNull();
      for (const retentionMonths of [0, 241, 1.5, 'x']) {
        const bad = await patch({ retentionMonths });
        expect(bad.statusCode, String(retentionMonths)).toBe(400);
        expect(bad.headers['content-type']).toContain('application/problem+json');
      }
    });

    it('defaults to 24 months on a new program', async () => {
      const admin = { id: world.coordinator.id, isAdmin: true };
      const created = await injectAs(ctx.app, admin, {
        method: 'POST',
        url: '/api/programs',
        payload: { name: 'Uusi', startsOn: '2027-01-01', endsOn: '2027-12-31' },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().retentionMonths).toBe(24);
    });
  });
});
