import type { AnswerInput, MyResponse, MyResponseBody } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { surveyAnswers, surveyQuestions, surveyRecipients, surveyResponses } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError, forbidden } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireWritable } from '../access/access.service.ts';
import { loadSurvey, surveyStatus } from './survey-access.ts';

type QuestionRow = typeof surveyQuestions.$inferSelect;
type FieldError = { path: string; message: string };

/** Checks one answer against its question's kind; returns what to store, or a field error. */
function checkAnswer(question: QuestionRow, answer: AnswerInput, path: string) {
  const values = new Set(question.options.map((o) => o.value));
  const stored = {
    rating: null as number | null,
    choices: null as string[] | null,
    text: null as string | null,
  };
  if (question.kind === 'likert') {
    if (answer.rating === undefined) return { error: { path, message: 'A rating 1-5 is required' } };
    stored.rating = answer.rating;
  } else if (question.kind === 'text') {
    if (answer.text === undefined) return { error: { path, message: 'Text is required' } };
    stored.text = answer.text;
  } else {
    const choices = [...new Set(answer.choices ?? [])];
    if (choices.some((c) => !values.has(c))) return { error: { path, message: 'Unknown option' } };
    if (question.kind === 'single' && choices.length > 1)
      return { error: { path, message: 'Choose one option' } };
    stored.choices = choices;
  }
  return { stored };
}

const isEmpty = (s: { rating: number | null; choices: string[] | null; text: string | null }) =>
  s.rating === null && (s.choices ?? []).length === 0 && (s.text ?? '') === '';

export function createSurveyAnswersService({ db, clock }: { db: Db; clock: Clock }) {
  async function asRecipient(user: AuthUser, surveyId: string) {
    const loaded = await loadSurvey(db, user, surveyId, clock());
    if (!loaded.recipient) throw forbidden('This survey was not sent to you.');
    return { ...loaded, recipient: loaded.recipient };
  }

  async function mine(surveyId: string, userId: string, editable: boolean): Promise<MyResponse> {
    const [response] = await db
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.userId, userId)));
    if (!response) return { answered: false, editable, submittedAt: null, updatedAt: null, answers: [] };
    const answers = await db.select().from(surveyAnswers).where(eq(surveyAnswers.responseId, response.id));
    return {
      answered: true,
      editable,
      submittedAt: response.submittedAt.toISOString(),
      updatedAt: response.updatedAt.toISOString(),
      answers: answers.map((a) => ({
        questionId: a.questionId,
        rating: a.rating,
        choices: a.choices,
        text: a.text,
      })),
    };
  }

  return {
    /** The caller's own answers: the only way anyone reads a response with its author. */
    async get(user: AuthUser, surveyId: string): Promise<MyResponse> {
      const { survey, program } = await asRecipient(user, surveyId);
      const editable = surveyStatus(survey, clock()) === 'open' && !program.archivedAt;
      return mine(surveyId, user.id, editable);
    },

    /** Answers once, and replaces those answers on later saves until the survey closes. */
    async put(user: AuthUser, surveyId: string, body: MyResponseBody): Promise<MyResponse> {
      const { survey, program, recipient } = await asRecipient(user, surveyId);
      requireWritable(program);
      const now = clock();
      const status = surveyStatus(survey, now);
      if (status === 'closed') {
        throw new AppError(409, 'survey_closed', 'The survey has closed; answers can no longer be changed.');
      }
      if (status !== 'open') throw new AppError(409, 'survey_not_open', 'The survey has not opened yet.');
      const questions = await db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId));
      const byId = new Map(questions.map((q) => [q.id, q]));
      const errors: FieldError[] = [];
      const rows: {
        questionId: string;
        rating: number | null;
        choices: string[] | null;
        text: string | null;
      }[] = [];
      const seen = new Set<string>();
      body.answers.forEach((answer, i) => {
        const path = `body.answers.${i}`;
        const question = byId.get(answer.questionId);
        if (!question || seen.has(answer.questionId)) {
          errors.push({ path, message: question ? 'Answered twice' : 'Not a question of this survey' });
          return;
        }
        seen.add(answer.questionId);
        const checked = checkAnswer(question, answer, path);
        if (checked.error) errors.push(checked.error);
        else if (!isEmpty(checked.stored)) rows.push({ questionId: question.id, ...checked.stored });
      });
      for (const q of questions) {
        if (q.required && !rows.some((r) => r.questionId === q.id)) {
          errors.push({ path: `body.answers.${q.key}`, message: 'Required' });
        }
      }
      if (errors.length > 0) {
        throw new AppError(400, 'validation_failed', 'Some answers need attention.', { fieldErrors: errors });
      }
      await db.transaction(async (tx) => {
        const [response] = await tx
          .insert(surveyResponses)
          .values({ surveyId, userId: user.id, role: recipient.role, submittedAt: now, updatedAt: now })
          .onConflictDoUpdate({
            target: [surveyResponses.surveyId, surveyResponses.userId],
            set: { updatedAt: now },
          })
          .returning({ id: surveyResponses.id });
        if (!response) throw new Error('response upsert failed');
        await tx.delete(surveyAnswers).where(eq(surveyAnswers.responseId, response.id));
        if (rows.length > 0) {
          await tx.insert(surveyAnswers).values(rows.map((row) => ({ ...row, responseId: response.id })));
        }
        await tx
          .update(surveyRecipients)
          .set({ answeredAt: recipient.answeredAt ?? now })
          .where(and(eq(surveyRecipients.surveyId, surveyId), eq(surveyRecipients.userId, user.id)));
      });
      return mine(surveyId, user.id, true);
    },
  };
}
export type SurveyAnswersService = ReturnType<typeof createSurveyAnswersService>;
