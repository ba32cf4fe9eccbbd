import { outbox, surveyRecipients } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessWorld, createAccessWorld, type TestUser } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { remindUnansweredSurveys } from './survey-reminders.ts';
import { addPeople, answer, createDraft, DAY, fullAnswers, send } from './survey-test-helpers.ts';

const ctx = useTestApp();

describe('survey reminders', () => {
  let world: AccessWorld;
  let actors: TestUser[];

  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    actors = [world.users.actor, ...(await addPeople(ctx, world.program.id, 'actor', 3))];
  });

  it('reminds each recipient who has not answered, once, three days before the close', async () => {
    const draft = await createDraft(ctx, world.users.coordinator, world.program.id, 'pulse');
    const survey = await send(ctx, world.users.coordinator, draft.id, { roles: ['actor'] });
    const answered = actors[0] as TestUser;
    expect((await answer(ctx, answered, survey, fullAnswers(survey, 4))).statusCode).toBe(200);
    const run = () =>
      remindUnansweredSurveys({ db: ctx.database.db, clock: ctx.clock, publicUrl: 'https://m.test' });

    expect(await run()).toBe(0); // a week to go: too early
    const realNow = ctx.clock();
    ctx.clock.set(new Date(new Date(survey.closesAt).getTime() - 2 * DAY));
    try {
      expect(await run()).toBe(3);
      expect(await run()).toBe(0);
      expect(await Promise.all([run(), run()])).toEqual([0, 0]);
      const mails = await ctx.database.db
        .select()
        .from(outbox)
        .where(eq(outbox.ref, `survey:${survey.id}`));
      const reminders = mails.filter((m) => m.payload.subject.startsWith('Muistutus'));
      expect(reminders.map((m) => m.payload.to).sort()).toEqual(
        actors
          .slice(1)
          .map((a) => a.email)
          .sort(),
      );
      expect(reminders[0]?.payload.text).toContain(
        `https://m.test/programs/${world.program.id}/surveys/${survey.id}`,
      );
      const rows = await ctx.database.db
        .select()
        .from(surveyRecipients)
        .where(eq(surveyRecipients.surveyId, survey.id));
      expect(rows.find((r) => r.userId === answered.id)?.remindedAt).toBeNull();

      ctx.clock.set(new Date(new Date(survey.closesAt).getTime() + 1000));
      expect(await run()).toBe(0); // closed: nobody is chased any more
    } finally {
      ctx.clock.set(realNow);
    }
  });
});
