import type { QuestionResult, Survey, SurveyResults } from '@mentoring/contracts';
import { auditLog } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld, type TestUser } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';
import { addPeople, answer, createDraft, DAY, fullAnswers, send } from './survey-test-helpers.ts';

const ctx = useTestApp();

describe('survey results', () => {
  let world: AccessWorld;
  let start: Survey;
  let end: Survey;
  let everyone: TestUser[];

  // 6 mentors and 7 actors. The end survey is answered by all; the start survey by 3 mentors and
  // all 7 actors, so there the mentors' group is under 5 and must not be derivable either.
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    const mentors = [world.users.mentor, ...(await addPeople(ctx, world.program.id, 'mentor', 5))];
    const actors = [world.users.actor, ...(await addPeople(ctx, world.program.id, 'actor', 6))];
    everyone = [...mentors, ...actors];
    start = await createDraft(ctx, world.users.coordinator, world.program.id, 'start');
    start = await send(ctx, world.users.coordinator, start.id, { roles: ['mentor', 'actor'] });
    end = await createDraft(ctx, world.users.coordinator, world.program.id, 'end');
    end = await send(ctx, world.users.coordinator, end.id, { roles: ['mentor', 'actor'] });
    for (const [i, person] of [...mentors.slice(0, 3), ...actors].entries()) {
      expect(
        (await answer(ctx, person, start, fullAnswers(start, 2 + (i % 2), `Alku ${i}`))).statusCode,
      ).toBe(200);
    }
    for (const [i, person] of everyone.entries()) {
      expect(
        (await answer(ctx, person, end, fullAnswers(end, 4 + (i % 2), `Palaute ${12 - i}`))).statusCode,
      ).toBe(200);
    }
    ctx.clock.set(new Date(ctx.clock().getTime() + 8 * DAY));
  });

  const get = (url: string, user: TestUser = world.users.coordinator) =>
    injectAs(ctx.app, user, { method: 'GET', url });
  const question = (results: SurveyResults, key: string) =>
    results.questions.find((q) => q.key === key) as QuestionResult;

  describe('happy', () => {
    it('per-item distributions, means with counts, open answers sorted without names', async () => {
      const results = (await get(`/api/surveys/${end.id}/results`)).json() as SurveyResults;
      expect(results).toMatchObject({ role: null, minGroupSize: 5 });
      const skills = question(results, 'new_skills');
      expect(skills).toMatchObject({ shown: true, count: 13 });
      expect(skills.distribution?.map((d) => d.count)).toEqual([0, 0, 0, 7, 6]);
      expect(skills.mean).toBeCloseTo((7 * 4 + 6 * 5) / 13, 2);
      const texts = question(results, 'open_feedback').texts as string[];
      expect(texts).toHaveLength(13);
      expect(texts).toEqual([...texts].sort((a, b) => a.localeCompare(b, 'fi')));
      const frequency = question(results, 'meeting_frequency');
      expect(frequency.distribution?.reduce((s, d) => s + d.count, 0)).toBe(13);
      for (const person of everyone) expect(JSON.stringify(results)).not.toContain(person.id);
    });

    it('filters by role when both the group and the rest have 5 or more', async () => {
      const mentors = (await get(`/api/surveys/${end.id}/results?role=mentor`)).json() as SurveyResults;
      expect(question(mentors, 'new_skills')).toMatchObject({ shown: true, count: 6 });
      const actors = (await get(`/api/surveys/${end.id}/results?role=actor`)).json() as SurveyResults;
      expect(question(actors, 'new_skills')).toMatchObject({ shown: true, count: 7 });
    });

    it('hides a role whose complement is under 5, so nobody can subtract their way to 3 mentors', async () => {
      const all = (await get(`/api/surveys/${start.id}/results`)).json() as SurveyResults;
      expect(question(all, 'clarity')).toMatchObject({ shown: true, count: 10 });
      for (const role of ['mentor', 'actor', 'coordinator']) {
        const filtered = (await get(`/api/surveys/${start.id}/results?role=${role}`)).json() as SurveyResults;
        expect(question(filtered, 'clarity')).toMatchObject({
          shown: false,
          count: null,
          mean: null,
          texts: null,
        });
      }
    });

    it('compares start vs end per shared key, under the same rules', async () => {
      const url = `/api/programs/${world.program.id}/surveys/compare?from=${start.id}&to=${end.id}`;
      const compared = (await get(url)).json();
      const clarity = compared.items.find((i: { key: string }) => i.key === 'clarity');
      expect(clarity.from).toEqual({ mean: 2.5, count: 10 });
      expect(clarity.to.count).toBe(13);
      expect(compared.items.map((i: { key: string }) => i.key)).not.toContain('professional_growth');
      const actors = (await get(`${url}&role=actor`)).json();
      expect(actors.items.find((i: { key: string }) => i.key === 'clarity')).toMatchObject({
        from: null,
        to: { count: 7 },
      });
    });

    it('exports the same figures as CSV, with hidden groups marked and nothing more', async () => {
      const response = await get(`/api/surveys/${start.id}/results.csv?role=actor&lang=en`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      expect(response.headers['content-disposition']).toContain('survey-results-actor.csv');
      expect(response.body).toContain('question_key,question,kind,group,answers,mean,option,count,text');
      expect(response.body).toContain('not shown: fewer than 5 answers');
      expect(response.body).not.toContain('Alku');
      const all = await get(`/api/surveys/${end.id}/results.csv`);
      expect(all.body).toContain('Palaute 1');
      expect(all.body).toContain('kaikki');
      for (const person of everyone) expect(all.body).not.toContain(person.id);
    });

    it('every read and download of results is in the audit log, naming the survey', async () => {
      await get(`/api/surveys/${end.id}/results`);
      await get(`/api/surveys/${end.id}/results.csv`);
      const entries = await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.objectId, end.id), eq(auditLog.actorId, world.users.coordinator.id)));
      const actions = entries.map((e) => e.action);
      expect(actions).toContain('survey_results.read');
      expect(actions).toContain('survey_results.export');
      expect(entries.every((e) => e.programId === world.program.id)).toBe(true);
    });
  });

  describe('errors', () => {
    it('rejects an unknown role and a comparison across programs', async () => {
      expect((await get(`/api/surveys/${end.id}/results?role=funder`)).statusCode).toBe(400);
      const foreign = await createDraft(ctx, world.users.otherCoordinator, world.otherProgram.id);
      const cross = await get(
        `/api/programs/${world.program.id}/surveys/compare?from=${foreign.id}&to=${end.id}`,
      );
      expect(cross.statusCode).toBe(404);
      const draft = await createDraft(ctx, world.users.coordinator, world.program.id, 'pulse');
      expect((await get(`/api/surveys/${draft.id}/results`)).json().code).toBe('survey_not_closed');
    });
  });

  describe('access', () => {
    it('results, CSV and comparison are for coordinators and admins only, not respondents', async () => {
      const rules = { allowed: ['coordinator' as const, 'admin' as const] };
      await expectAccess(ctx.app, world, { method: 'GET', url: `/api/surveys/${end.id}/results` }, rules);
      await expectAccess(ctx.app, world, { method: 'GET', url: `/api/surveys/${end.id}/results.csv` }, rules);
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'GET',
          url: `/api/programs/${world.program.id}/surveys/compare?from=${start.id}&to=${end.id}`,
        },
        rules,
      );
    });
  });
});
