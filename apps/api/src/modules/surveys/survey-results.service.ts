import {
  MIN_GROUP_SIZE,
  type RespondentRole,
  type SurveyComparison,
  type SurveyResults,
} from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { surveyAnswers, surveyQuestions, surveyResponses, surveys } from '@mentoring/db/schema';
import { asc, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.ts';
import { loadSurveyAsCoordinator, type SurveyRow, surveyStatus } from './survey-access.ts';
import { resultsCsv } from './survey-csv.ts';
import { compareResults, type ResultsResponse, surveyResults } from './survey-results.ts';

/**
 * Results are read only once a survey has closed. While it is open, each new or edited answer
 * would change the totals, and comparing two views a day apart would be a subtraction that can
 * isolate one person; after the close the figures are final.
 */
const notClosed = () =>
  new AppError(
    409,
    'survey_not_closed',
    'Results are shown once the survey has closed, so they cannot single anyone out.',
  );

export function createSurveyResultsService({ db, clock }: { db: Db; clock: Clock }) {
  /** The answers with the respondent's role and nothing else: the user id is never selected. */
  async function anonymousAnswers(survey: SurveyRow) {
    const questions = await db
      .select()
      .from(surveyQuestions)
      .where(eq(surveyQuestions.surveyId, survey.id))
      .orderBy(asc(surveyQuestions.position));
    const rows = await db
      .select({
        responseId: surveyAnswers.responseId,
        role: surveyResponses.role,
        questionId: surveyAnswers.questionId,
        rating: surveyAnswers.rating,
        choices: surveyAnswers.choices,
        text: surveyAnswers.text,
      })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .where(eq(surveyResponses.surveyId, survey.id));
    // Grouped in memory by response; the response id goes no further than this function.
    const responses = new Map<string, ResultsResponse>();
    for (const { responseId, role, ...answer } of rows) {
      const response = responses.get(responseId) ?? { role, answers: [] };
      response.answers.push(answer);
      responses.set(responseId, response);
    }
    return { questions, responses: [...responses.values()] };
  }

  async function resultsOf(survey: SurveyRow, role: RespondentRole | null) {
    if (surveyStatus(survey, clock()) !== 'closed') throw notClosed();
    const { questions, responses } = await anonymousAnswers(survey);
    return surveyResults(questions, responses, role);
  }

  /** Reading results is audited (read or export); the entry names the survey, never answers. */
  async function results(
    user: AuthUser,
    surveyId: string,
    role: RespondentRole | null,
    action: 'survey_results.read' | 'survey_results.export' = 'survey_results.read',
  ): Promise<SurveyResults> {
    const { survey } = await loadSurveyAsCoordinator(db, user, surveyId, clock());
    const questions = await resultsOf(survey, role);
    await recordAudit(db, {
      actorId: user.id,
      action,
      objectType: 'survey',
      objectId: survey.id,
      programId: survey.programId,
      details: { role },
      at: clock(),
    });
    return { surveyId, title: survey.title, role, minGroupSize: MIN_GROUP_SIZE, questions };
  }

  return {
    results: (user: AuthUser, surveyId: string, role: RespondentRole | null) => results(user, surveyId, role),

    async csv(user: AuthUser, surveyId: string, role: RespondentRole | null, lang: 'fi' | 'en') {
      const report = await results(user, surveyId, role, 'survey_results.export');
      const group = role ?? (lang === 'fi' ? 'kaikki' : 'all');
      return resultsCsv(report.questions, group, lang);
    },

    /** Start vs end of one cohort: both surveys must be the program's and closed. */
    async compare(
      user: AuthUser,
      programId: string,
      query: { from: string; to: string; role?: RespondentRole | undefined },
    ): Promise<SurveyComparison> {
      await requireMembership(db, user, programId, ['coordinator']);
      const pick = async (id: string) => {
        const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
        if (!row || row.programId !== programId) throw notFound('Survey');
        return row;
      };
      const from = await pick(query.from);
      const to = await pick(query.to);
      const role = query.role ?? null;
      const items = compareResults(await resultsOf(from, role), await resultsOf(to, role));
      await recordAudit(db, {
        actorId: user.id,
        action: 'survey_results.read',
        objectType: 'survey',
        objectId: to.id,
        programId,
        details: { role, comparedWith: from.id },
        at: clock(),
      });
      return {
        from: { id: from.id, title: from.title },
        to: { id: to.id, title: to.title },
        role,
        minGroupSize: MIN_GROUP_SIZE,
        items,
      };
    },
  };
}
export type SurveyResultsService = ReturnType<typeof createSurveyResultsService>;
