import type { SurveyStatus } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { surveyRecipients, surveyResponses, surveys } from '@mentoring/db/schema';
import { and, count, eq, inArray } from 'drizzle-orm';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, type ProgramAccess, requireMembership } from '../access/access.service.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type RecipientRow = typeof surveyRecipients.$inferSelect;

export function surveyStatus(
  row: Pick<SurveyRow, 'sentAt' | 'opensAt' | 'closesAt'>,
  now: Date,
): SurveyStatus {
  if (!row.sentAt) return 'draft';
  if (now < row.opensAt) return 'scheduled';
  return now < row.closesAt ? 'open' : 'closed';
}

/** Coordinators of the program and admins run surveys and read results; nobody else does. */
export const runsSurveys = (access: ProgramAccess) => access.isAdmin || access.role === 'coordinator';

export interface SurveyAccess extends ProgramAccess {
  survey: SurveyRow;
  /** The caller's recipient row, when the survey was sent to them. */
  recipient: RecipientRow | null;
  coordinator: boolean;
}

/**
 * The one gate for a survey: it must exist (404) and the caller must belong to its program (403).
 * Then coordinators and admins pass; a participant passes only as a recipient of a sent survey
 * that has opened, so nobody learns of surveys not meant for them.
 */
export async function loadSurvey(db: Db, user: AuthUser, surveyId: string, now: Date): Promise<SurveyAccess> {
  const [survey] = await db.select().from(surveys).where(eq(surveys.id, surveyId));
  if (!survey) throw notFound('Survey');
  const access = await requireMembership(db, user, survey.programId, ANY_ROLE);
  const [recipient] = await db
    .select()
    .from(surveyRecipients)
    .where(and(eq(surveyRecipients.surveyId, surveyId), eq(surveyRecipients.userId, user.id)));
  const coordinator = runsSurveys(access);
  if (!coordinator && !(recipient && survey.sentAt && survey.opensAt <= now)) throw forbidden();
  return { ...access, survey, recipient: recipient ?? null, coordinator };
}

export async function loadSurveyAsCoordinator(db: Db, user: AuthUser, surveyId: string, now: Date) {
  const loaded = await loadSurvey(db, user, surveyId, now);
  if (!loaded.coordinator) throw forbidden('Only coordinators manage surveys and see their results.');
  return loaded;
}

export const surveySentError = () =>
  new AppError(409, 'survey_sent', 'A sent survey can no longer be changed or deleted.');

export const windowError = () =>
  new AppError(400, 'validation_failed', 'The survey must close after it opens.', {
    fieldErrors: [{ path: 'body.closesAt', message: 'Must be after opensAt' }],
  });

/** Recipients and responses per survey: totals only, never who. */
export async function surveyTotals(db: Db, surveyIds: string[]) {
  if (surveyIds.length === 0)
    return { recipients: new Map<string, number>(), responses: new Map<string, number>() };
  const recipients = await db
    .select({ id: surveyRecipients.surveyId, n: count() })
    .from(surveyRecipients)
    .where(inArray(surveyRecipients.surveyId, surveyIds))
    .groupBy(surveyRecipients.surveyId);
  const responses = await db
    .select({ id: surveyResponses.surveyId, n: count() })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, surveyIds))
    .groupBy(surveyResponses.surveyId);
  return {
    recipients: new Map(recipients.map((r) => [r.id, r.n])),
    responses: new Map(responses.map((r) => [r.id, r.n])),
  };
}
