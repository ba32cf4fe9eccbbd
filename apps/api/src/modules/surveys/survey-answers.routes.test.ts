import type { Survey } from '@mentoring/contracts';
import { surveyRecipients } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld, type TestUser } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';
import { addPeople, answer, createDraft, DAY, fullAnswers, send } from './survey-test-helpers.ts';

const ctx = useTestApp();

describe('answering a survey', () => {
  let world: AccessWorld;
  let survey: Survey;
  let actors: TestUser[];
  const mine = () => `/api/surveys/${survey.id}/my-response`;

  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    actors = [world.users.actor, ...(await addPeople(ctx, world.program.id, 'actor', 2))];
    survey = await createDraft(ctx, world.users.coordinator, world.program.id, 'end');
    survey = await send(ctx, world.users.coordinator, survey.id, { roles: ['actor'] });
  });

  describe('happy', () => {
    it('a recipient answers once and edits until the close; they alone read their answers', async () => {
      const first = await answer(ctx, world.users.actor, survey, fullAnswers(survey, 4, 'Ensimmäinen'));
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ answered: true, editable: true });
      const edited = await answer(ctx, world.users.actor, survey, fullAnswers(survey, 5, 'Muokattu'));
      const answers = edited.json().answers as { rating: number | null; text: string | null }[];
      expect(answers.filter((a) => a.rating !== null).every((a) => a.rating === 5)).toBe(true);
      expect(answers.some((a) => a.text === 'Muokattu')).toBe(true);
      expect(answers.some((a) => a.text === 'Ensimmäinen')).toBe(false);

      const read = await injectAs(ctx.app, world.users.actor, { method: 'GET', url: mine() });
      expect(read.json()).toMatchObject({ answered: true, editable: true });
      const list = await injectAs(ctx.app, world.users.actor, {
        method: 'GET',
        url: `/api/programs/${world.program.id}/surveys`,
      });
      expect(list.json()[0]).toMatchObject({ id: survey.id, answered: true });
      const other = await injectAs(ctx.app, actors[1] as TestUser, { method: 'GET', url: mine() });
      expect(other.json()).toMatchObject({ answered: false, answers: [] });
    });

    it('optional questions may be left out; empty text is not stored', async () => {
      const required = survey.questions.filter((q) => q.required);
      const answers = fullAnswers(survey, 3).filter((a) => required.some((q) => q.id === a.questionId));
      const open = survey.questions.find((q) => q.kind === 'text');
      const saved = await answer(ctx, actors[2] as TestUser, survey, [
        ...answers,
        { questionId: open?.id, text: '' },
      ]);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().answers).toHaveLength(required.length);
    });
  });

  describe('errors', () => {
    it('names each wrong answer: missing required, wrong kind, unknown option, duplicate, foreign question', async () => {
      const likert = survey.questions.find((q) => q.kind === 'likert');
      const single = survey.questions.find((q) => q.kind === 'single');
      const bad = await answer(ctx, actors[1] as TestUser, survey, [
        { questionId: likert?.id, text: 'ei numero' },
        { questionId: single?.id, choices: ['weekly', 'monthly'] },
        { questionId: single?.id, choices: ['nope'] },
        { questionId: '00000000-0000-4000-8000-000000000000', rating: 3 },
      ]);
      expect(bad.json()).toMatchObject({ status: 400, code: 'validation_failed' });
      const messages = (bad.json().errors as { message: string }[]).map((e) => e.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          'A rating 1-5 is required',
          'Choose one option',
          'Answered twice',
          'Required',
        ]),
      );
      expect(messages).toContain('Not a question of this survey');
      const outOfRange = await answer(ctx, actors[1] as TestUser, survey, [
        { questionId: likert?.id, rating: 6 },
      ]);
      expect(outOfRange.statusCode).toBe(400);
    });

    it('after the close answers are read-only (409) and results follow', async () => {
      const realNow = ctx.clock();
      ctx.clock.set(new Date(new Date(survey.closesAt).getTime() + 1000));
      try {
        const late = await answer(ctx, world.users.actor, survey, fullAnswers(survey, 1));
        expect(late.json()).toMatchObject({ status: 409, code: 'survey_closed' });
        const read = await injectAs(ctx.app, world.users.actor, { method: 'GET', url: mine() });
        expect(read.json()).toMatchObject({ answered: true, editable: false });
      } finally {
        ctx.clock.set(realNow);
      }
    });

    it('results are not shown while the survey is open', async () => {
      const response = await injectAs(ctx.app, world.users.coordinator, {
        method: 'GET',
        url: `/api/surveys/${survey.id}/results`,
      });
      expect(response.json()).toMatchObject({ status: 409, code: 'survey_not_closed' });
    });
  });

  describe('access', () => {
    it('only recipients read and write their own response', async () => {
      const allowed = { allowed: ['actor' as const] };
      await expectAccess(ctx.app, world, { method: 'GET', url: mine() }, allowed);
      await expectAccess(
        ctx.app,
        world,
        { method: 'PUT', url: mine(), payload: { answers: fullAnswers(survey, 4) } },
        allowed,
      );
    });

    it('the recipient row never tells the coordinator who answered', async () => {
      const detail = await injectAs(ctx.app, world.users.coordinator, {
        method: 'GET',
        url: `/api/surveys/${survey.id}`,
      });
      const body = detail.body;
      for (const actor of actors) expect(body).not.toContain(actor.id);
      expect(detail.json()).toMatchObject({ recipientCount: 3, responseCount: 2 });
      const rows = await ctx.database.db
        .select()
        .from(surveyRecipients)
        .where(eq(surveyRecipients.surveyId, survey.id));
      expect(rows.filter((r) => r.answeredAt !== null)).toHaveLength(2);
    });
  });

  it('a scheduled survey cannot be answered yet, even by a coordinator who is a recipient', async () => {
    const draft = await createDraft(ctx, world.users.coordinator, world.program.id, 'pulse');
    const opensAt = new Date(ctx.clock().getTime() + DAY).toISOString();
    const later = await send(ctx, world.users.coordinator, draft.id, { roles: ['coordinator'], opensAt });
    const early = await answer(ctx, world.users.coordinator, later, fullAnswers(later, 3));
    expect(early.json().code).toBe('survey_not_open');
  });
});
