import type {
  CreateSurveyBody,
  SendSurveyBody,
  Survey,
  SurveyQuestion,
  SurveySummary,
  UpdateSurveyBody,
} from '@mentoring/contracts';
import { SURVEY_TEMPLATES } from '@mentoring/db';
import { participants, surveyQuestions, surveyRecipients, surveys, users } from '@mentoring/db/schema';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, requireMembership, requireWritable } from '../access/access.service.ts';
import { enqueueEmail } from '../outbox/outbox.ts';
import {
  loadSurvey,
  loadSurveyAsCoordinator,
  runsSurveys,
  type SurveyRow,
  surveySentError,
  surveyStatus,
  surveyTotals,
  windowError,
} from './survey-access.ts';
import { createSurveyAnswersService } from './survey-answers.service.ts';
import { invitationEmail } from './survey-emails.ts';
import { createSurveyResultsService } from './survey-results.service.ts';

export function createSurveysService({ db, clock, publicUrl }: ServiceDeps) {
  function summary(
    row: SurveyRow,
    extra: { recipientCount: number | null; responseCount: number | null; answered: boolean | null },
  ): SurveySummary {
    return {
      id: row.id,
      programId: row.programId,
      kind: row.kind,
      title: row.title,
      status: surveyStatus(row, clock()),
      sentAt: row.sentAt?.toISOString() ?? null,
      opensAt: row.opensAt.toISOString(),
      closesAt: row.closesAt.toISOString(),
      ...extra,
    };
  }

  async function detail(row: SurveyRow, coordinator: boolean, answered: boolean | null): Promise<Survey> {
    const questions = await db
      .select()
      .from(surveyQuestions)
      .where(eq(surveyQuestions.surveyId, row.id))
      .orderBy(asc(surveyQuestions.position));
    const totals = coordinator ? await surveyTotals(db, [row.id]) : null;
    return {
      ...summary(row, {
        recipientCount: totals ? (totals.recipients.get(row.id) ?? 0) : null,
        responseCount: totals ? (totals.responses.get(row.id) ?? 0) : null,
        answered,
      }),
      intro: row.intro,
      questions: questions.map(
        (q): SurveyQuestion => ({
          id: q.id,
          key: q.key,
          position: q.position,
          kind: q.kind,
          prompt: q.prompt,
          options: q.options,
          required: q.required,
        }),
      ),
    };
  }

  async function draftForEdit(user: AuthUser, surveyId: string) {
    const loaded = await loadSurveyAsCoordinator(db, user, surveyId, clock());
    requireWritable(loaded.program);
    if (loaded.survey.sentAt) throw surveySentError();
    return loaded;
  }

  return {
    /** Coordinators: every survey of the program. Participants: the opened surveys sent to them. */
    async list(user: AuthUser, programId: string): Promise<SurveySummary[]> {
      const access = await requireMembership(db, user, programId, ANY_ROLE);
      const now = clock();
      const mine = await db
        .select({ surveyId: surveyRecipients.surveyId, answeredAt: surveyRecipients.answeredAt })
        .from(surveyRecipients)
        .innerJoin(surveys, eq(surveys.id, surveyRecipients.surveyId))
        .where(and(eq(surveys.programId, programId), eq(surveyRecipients.userId, user.id)));
      const answered = new Map(mine.map((r) => [r.surveyId, r.answeredAt !== null]));
      if (runsSurveys(access)) {
        const rows = await db
          .select()
          .from(surveys)
          .where(eq(surveys.programId, programId))
          .orderBy(desc(surveys.opensAt));
        const totals = await surveyTotals(
          db,
          rows.map((r) => r.id),
        );
        return rows.map((row) =>
          summary(row, {
            recipientCount: totals.recipients.get(row.id) ?? 0,
            responseCount: totals.responses.get(row.id) ?? 0,
            answered: answered.get(row.id) ?? null,
          }),
        );
      }
      if (answered.size === 0) return [];
      const rows = await db
        .select()
        .from(surveys)
        .where(inArray(surveys.id, [...answered.keys()]))
        .orderBy(desc(surveys.opensAt));
      return rows
        .filter((row) => row.sentAt && row.opensAt <= now)
        .map((row) =>
          summary(row, {
            recipientCount: null,
            responseCount: null,
            answered: answered.get(row.id) ?? false,
          }),
        );
    },

    /** A coordinator creates a draft from a template; nothing is sent yet. */
    async create(user: AuthUser, programId: string, body: CreateSurveyBody): Promise<Survey> {
      const access = await requireMembership(db, user, programId, ['coordinator']);
      requireWritable(access.program);
      const template = SURVEY_TEMPLATES[body.template];
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(surveys)
          .values({
            programId,
            kind: template.kind,
            title: body.title ?? template.title,
            intro: template.intro,
            opensAt: new Date(body.opensAt),
            closesAt: new Date(body.closesAt),
            createdBy: user.id,
            createdAt: clock(),
          })
          .returning();
        if (!created) throw new Error('survey insert failed');
        await tx
          .insert(surveyQuestions)
          .values(template.questions.map((q, position) => ({ ...q, surveyId: created.id, position })));
        return created;
      });
      return detail(row, true, null);
    },

    async get(user: AuthUser, surveyId: string): Promise<Survey> {
      const { survey, coordinator, recipient } = await loadSurvey(db, user, surveyId, clock());
      return detail(survey, coordinator, recipient ? recipient.answeredAt !== null : null);
    },

    async update(user: AuthUser, surveyId: string, body: UpdateSurveyBody): Promise<Survey> {
      const { survey } = await draftForEdit(user, surveyId);
      const opensAt = body.opensAt ? new Date(body.opensAt) : survey.opensAt;
      const closesAt = body.closesAt ? new Date(body.closesAt) : survey.closesAt;
      if (closesAt <= opensAt) throw windowError();
      const [updated] = await db
        .update(surveys)
        .set({ opensAt, closesAt, ...(body.title ? { title: body.title } : {}) })
        .where(eq(surveys.id, surveyId))
        .returning();
      return detail(updated ?? survey, true, null);
    },

    async remove(user: AuthUser, surveyId: string): Promise<void> {
      await draftForEdit(user, surveyId);
      await db.delete(surveys).where(eq(surveys.id, surveyId));
    },

    /** Fixes the recipients and queues an invitation to each for when the survey opens. */
    async send(user: AuthUser, surveyId: string, body: SendSurveyBody): Promise<Survey> {
      const { survey } = await draftForEdit(user, surveyId);
      const now = clock();
      const opensAt = body.opensAt ? new Date(body.opensAt) : survey.opensAt;
      const closesAt = body.closesAt ? new Date(body.closesAt) : survey.closesAt;
      if (closesAt <= opensAt) throw windowError();
      if (closesAt <= now)
        throw new AppError(400, 'survey_closes_in_past', 'The survey must close in the future.');
      const people = await db
        .select({
          userId: participants.userId,
          role: participants.role,
          email: users.email,
          name: users.name,
        })
        .from(participants)
        .innerJoin(users, eq(users.id, participants.userId))
        .where(
          and(
            eq(participants.programId, survey.programId),
            isNull(participants.removedAt),
            body.roles
              ? inArray(participants.role, body.roles)
              : inArray(participants.userId, body.userIds ?? []),
          ),
        );
      if (body.userIds && new Set(people.map((p) => p.userId)).size !== new Set(body.userIds).size) {
        throw new AppError(400, 'unknown_reference', 'Some of the chosen people are not in this program.');
      }
      if (people.length === 0)
        throw new AppError(400, 'no_recipients', 'Nobody in the program holds that role.');
      const sendAt = new Date(Math.max(opensAt.getTime(), now.getTime()));
      const row = await db.transaction(async (tx) => {
        const [sent] = await tx
          .update(surveys)
          .set({ sentAt: now, opensAt, closesAt })
          .where(and(eq(surveys.id, surveyId), isNull(surveys.sentAt)))
          .returning();
        if (!sent) throw surveySentError();
        await tx
          .insert(surveyRecipients)
          .values(people.map((p) => ({ surveyId, userId: p.userId, role: p.role })));
        for (const person of people) {
          const email = invitationEmail({ to: person, survey: sent, publicUrl });
          await enqueueEmail(tx, email, sendAt, `survey:${surveyId}`);
        }
        return sent;
      });
      return detail(row, true, null);
    },
  };
}
export type SurveysService = ReturnType<typeof createSurveysService>;

/** The survey module's services, built together because they share the same dependencies. */
export function createSurveyServices(deps: ServiceDeps) {
  return {
    surveys: createSurveysService(deps),
    answers: createSurveyAnswersService(deps),
    results: createSurveyResultsService(deps),
  };
}
