import {
  auditLog,
  programs,
  surveyAnswers,
  surveyQuestions,
  surveyResponses,
  surveys,
  users,
} from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWorld } from '../../database.ts';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();
const PROJECT = 'from=2021-01-01&to=2023-12-31';

/** A sent end-of-program survey in the program with one Likert item answered with `ratings`. */
async function endSurvey(programId: string, ratings: number[]) {
  const db = ctx.database.db;
  const [survey] = await db
    .insert(surveys)
    .values({
      programId,
      kind: 'end',
      title: { fi: 'Loppukysely', en: 'End survey' },
      sentAt: new Date('2026-06-01T09:00:00Z'),
      opensAt: new Date('2026-06-01T09:00:00Z'),
      closesAt: new Date('2026-06-30T09:00:00Z'),
    })
    .returning();
  const [question] = await db
    .insert(surveyQuestions)
    .values({
      surveyId: survey?.id as string,
      position: 1,
      kind: 'likert',
      key: 'new_skills',
      prompt: { fi: 'Opin uusia taitoja', en: 'I learned new skills' },
    })
    .returning();
  for (const rating of ratings) {
    const [response] = await db
      .insert(surveyResponses)
      .values({ surveyId: survey?.id as string, role: 'actor' })
      .returning();
    await db
      .insert(surveyAnswers)
      .values({ responseId: response?.id as string, questionId: question?.id as string, rating });
  }
}

describe('indicators report', () => {
  let world: AccessWorld;
  let demoCoordinator: { id: string; isAdmin: boolean };
  let pastProgramId: string;

  beforeAll(async () => {
    await seedDemoWorld(ctx.database);
    world = await createAccessWorld(ctx.database.db);
    const [coordinator] = await ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'coordinator@demo.test'));
    demoCoordinator = { id: coordinator?.id as string, isAdmin: true };
    const [past] = await ctx.database.db
      .select()
      .from(programs)
      .where(eq(programs.name, 'Valmentava mentorointi 2022–2023'));
    pastProgramId = past?.id as string;
  });

  describe('happy', () => {
    it("reproduces the source project's figures from the demo data, computed by the report", async () => {
      const response = await injectAs(ctx.app, demoCoordinator, {
        method: 'GET',
        url: `/api/reports/indicators?${PROJECT}`,
      });
      expect(response.statusCode).toBe(200);
      const report = response.json();
      expect(report.includesOrganisationEvents).toBe(true);
      expect(report.events.byType.workshop).toBe(37);
      expect(report.events.byType.networking + report.events.byType.network_coffee).toBe(33);
      expect(report.events.total).toBe(70);
      expect(report.participations).toBe(1727);
      expect(report.distinctParticipants).toBe(496);
      expect(report.students).toBe(90);
      expect(report.supervisionGroups).toEqual({ groups: 4, members: 20 });
      expect(report.mentoring).toMatchObject({ actors: 30, mentors: 8, pairs: 30 });
      expect(report.mentoring.completed + report.mentoring.endedEarly).toBe(30);
      expect(report.mentoring.sessions).toBeGreaterThan(100);
      expect(report.goals.endMean).toBeGreaterThan(report.goals.startMean);
    });

    it('narrows to a program (no organisation events) and exports the same figures as CSV', async () => {
      const one = await injectAs(ctx.app, demoCoordinator, {
        method: 'GET',
        url: `/api/reports/indicators?${PROJECT}&programId=${pastProgramId}`,
      });
      expect(one.json()).toMatchObject({
        includesOrganisationEvents: false,
        participations: 0,
        mentoring: { actors: 30 },
      });
      const csv = await injectAs(ctx.app, demoCoordinator, {
        method: 'GET',
        url: `/api/reports/indicators.csv?${PROJECT}`,
      });
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('participations,1727\r\n');
      expect(csv.body).toContain('distinct_participants,496\r\n');
      expect(csv.body).toContain('students,90\r\n');
      const [entry] = await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'report.export'), eq(auditLog.actorId, demoCoordinator.id)));
      expect(entry?.details).toMatchObject({ from: '2021-01-01', to: '2023-12-31' });
    });

    it('key results: Likert means weighted by answers, from surveys with at least five answers only', async () => {
      await endSurvey(world.program.id, [4, 4, 5, 5, 3]);
      await endSurvey(world.program.id, [2, 2, 2, 2, 2]);
      // Four answers: too few to show, so left out of the mean and the count alike.
      await endSurvey(world.program.id, [1, 1, 1, 1]);
      const response = await injectAs(ctx.app, world.users.coordinator, {
        method: 'GET',
        url: `/api/reports/indicators?from=2026-01-01&to=2026-12-31&programId=${world.program.id}`,
      });
      expect(response.json().surveys.keyResults).toEqual([
        {
          key: 'new_skills',
          prompt: { fi: 'Opin uusia taitoja', en: 'I learned new skills' },
          mean: 3.1,
          answers: 10,
        },
      ]);
    });
  });

  describe('errors', () => {
    it('refuses a backwards range, a bad date and a bad program id', async () => {
      for (const query of [
        'from=2023-12-31&to=2023-01-01',
        'from=2023-02-30&to=2023-12-31',
        'from=2023-01-01&to=2023-12-31&programId=nope',
      ]) {
        const response = await injectAs(ctx.app, demoCoordinator, {
          method: 'GET',
          url: `/api/reports/indicators?${query}`,
        });
        expect(response.statusCode, query).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    });
  });

  describe('access', () => {
    it('coordinators of the program and administrators only', async () => {
      const url = `/api/reports/indicators?${PROJECT}&programId=${world.program.id}`;
      await expectAccess(ctx.app, world, { method: 'GET', url }, { allowed: ['coordinator', 'admin'] });
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: url.replace('indicators?', 'indicators.csv?') },
        { allowed: ['coordinator', 'admin'] },
      );
      // Without a program: a coordinator gets their own programs; participants nothing.
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/reports/indicators?${PROJECT}` },
        {
          allowed: ['coordinator', 'otherCoordinator', 'admin'],
        },
      );
    });
  });
});
