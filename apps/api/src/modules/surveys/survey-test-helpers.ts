import type { Survey } from '@mentoring/contracts';
import { expect } from 'vitest';
import { addParticipant, createUser, type TestUser } from '../../test/factories.ts';
import { injectAs, type TestContext } from '../../test/harness.ts';

export const DAY = 86_400_000;

/** Creates a draft from a template as `user`, open from now for a week. */
export async function createDraft(ctx: TestContext, user: TestUser, programId: string, template = 'end') {
  const now = ctx.clock().getTime();
  const response = await injectAs(ctx.app, user, {
    method: 'POST',
    url: `/api/programs/${programId}/surveys`,
    payload: {
      template,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 7 * DAY).toISOString(),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Survey;
}

export async function send(ctx: TestContext, user: TestUser, surveyId: string, payload: object) {
  const response = await injectAs(ctx.app, user, {
    method: 'POST',
    url: `/api/surveys/${surveyId}/send`,
    payload,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Survey;
}

/** People joined to the program in `role`, to make groups of a chosen size. */
export async function addPeople(ctx: TestContext, programId: string, role: 'mentor' | 'actor', n: number) {
  const people: TestUser[] = [];
  for (let i = 0; i < n; i++) {
    const user = await createUser(ctx.database.db, { name: `${role} ${i}` });
    await addParticipant(ctx.database.db, programId, user.id, role);
    people.push(user);
  }
  return people;
}

/** A full answer to every question: a rating for Likert items, the first option, some text. */
export function fullAnswers(survey: Survey, rating: number, text = 'Hyvä ohjelma') {
  return survey.questions.map((q) => {
    if (q.kind === 'likert') return { questionId: q.id, rating };
    if (q.kind === 'text') return { questionId: q.id, text };
    return { questionId: q.id, choices: [q.options[rating % q.options.length]?.value as string] };
  });
}

export async function answer(ctx: TestContext, user: TestUser, survey: Survey, answers: object[]) {
  return injectAs(ctx.app, user, {
    method: 'PUT',
    url: `/api/surveys/${survey.id}/my-response`,
    payload: { answers },
  });
}
