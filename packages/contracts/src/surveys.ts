import { z } from 'zod';
import { Instant, Uuid } from './common.ts';

/** The smallest group whose answers are ever shown: anything smaller could point at a person. */
export const MIN_GROUP_SIZE = 5;

export const LocalizedText = z.object({ fi: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;
const LocalizedInput = z.strictObject({
  fi: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

export const SurveyTemplateKind = z.enum(['start', 'mid', 'end', 'pulse']);
export type SurveyTemplateKind = z.infer<typeof SurveyTemplateKind>;
export const SurveyKind = z.enum(['start', 'mid', 'end', 'pulse', 'custom']);
export const QuestionKind = z.enum(['likert', 'single', 'multiple', 'text']);
export type QuestionKind = z.infer<typeof QuestionKind>;
/** Who a survey can be sent to and whose answers a result can be filtered by. */
export const RespondentRole = z.enum(['coordinator', 'mentor', 'actor']);
export type RespondentRole = z.infer<typeof RespondentRole>;

/** draft: not sent; scheduled: sent, opens later; open: answerable; closed: results final. */
export const SurveyStatus = z.enum(['draft', 'scheduled', 'open', 'closed']);
export type SurveyStatus = z.infer<typeof SurveyStatus>;

export const SurveyQuestion = z.object({
  id: Uuid,
  key: z.string(),
  position: z.number().int(),
  kind: QuestionKind,
  prompt: LocalizedText,
  options: z.array(z.object({ value: z.string(), label: LocalizedText })),
  required: z.boolean(),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

/**
 * A survey in a list. Coordinators get the recipient and answer totals (never who answered);
 * a participant gets `answered` for themselves.
 */
export const SurveySummary = z.object({
  id: Uuid,
  programId: Uuid,
  kind: SurveyKind,
  title: LocalizedText,
  status: SurveyStatus,
  sentAt: Instant.nullable(),
  opensAt: Instant,
  closesAt: Instant,
  recipientCount: z.number().int().nullable(),
  responseCount: z.number().int().nullable(),
  answered: z.boolean().nullable(),
});
export type SurveySummary = z.infer<typeof SurveySummary>;

export const Survey = SurveySummary.extend({
  intro: LocalizedText,
  questions: z.array(SurveyQuestion),
});
export type Survey = z.infer<typeof Survey>;

export const CreateSurveyBody = z
  .strictObject({
    template: SurveyTemplateKind,
    title: LocalizedInput.optional(),
    opensAt: Instant,
    closesAt: Instant,
  })
  .refine((b) => b.closesAt > b.opensAt, { path: ['closesAt'], message: 'Must be after opensAt' });
export type CreateSurveyBody = z.infer<typeof CreateSurveyBody>;

export const UpdateSurveyBody = z.strictObject({
  title: LocalizedInput.optional(),
  opensAt: Instant.optional(),
  closesAt: Instant.optional(),
});
export type UpdateSurveyBody = z.infer<typeof UpdateSurveyBody>;

/** Send to everyone holding one of `roles`, or to chosen participants; the window may be set here too. */
export const SendSurveyBody = z
  .strictObject({
    roles: z.array(RespondentRole).min(1).max(3).optional(),
    userIds: z.array(Uuid).min(1).max(500).optional(),
    opensAt: Instant.optional(),
    closesAt: Instant.optional(),
  })
  .refine((b) => (b.roles ? 1 : 0) + (b.userIds ? 1 : 0) === 1, {
    path: ['roles'],
    message: 'Give either roles or userIds',
  });
export type SendSurveyBody = z.infer<typeof SendSurveyBody>;

export const AnswerInput = z.strictObject({
  questionId: Uuid,
  rating: z.number().int().min(1).max(5).optional(),
  choices: z.array(z.string().max(60)).max(20).optional(),
  text: z.string().trim().max(4000).optional(),
});
export type AnswerInput = z.infer<typeof AnswerInput>;

export const MyResponseBody = z.strictObject({ answers: z.array(AnswerInput).max(100) });
export type MyResponseBody = z.infer<typeof MyResponseBody>;

/** The caller's own answers; `editable` while the survey is open. */
export const MyResponse = z.object({
  answered: z.boolean(),
  editable: z.boolean(),
  submittedAt: Instant.nullable(),
  updatedAt: Instant.nullable(),
  answers: z.array(
    z.object({
      questionId: Uuid,
      rating: z.number().int().nullable(),
      choices: z.array(z.string()).nullable(),
      text: z.string().nullable(),
    }),
  ),
});
export type MyResponse = z.infer<typeof MyResponse>;

/**
 * One question's results for the chosen group. When the group is too small (or its complement
 * is, so subtracting would reveal it) `shown` is false and every figure is null.
 */
export const QuestionResult = z.object({
  questionId: Uuid,
  key: z.string(),
  kind: QuestionKind,
  prompt: LocalizedText,
  shown: z.boolean(),
  count: z.number().int().nullable(),
  mean: z.number().nullable(),
  distribution: z
    .array(z.object({ value: z.string(), label: LocalizedText.nullable(), count: z.number().int() }))
    .nullable(),
  /** Open answers, sorted so their order tells nothing about who wrote them. */
  texts: z.array(z.string()).nullable(),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

export const SurveyResults = z.object({
  surveyId: Uuid,
  title: LocalizedText,
  role: RespondentRole.nullable(),
  minGroupSize: z.number().int(),
  questions: z.array(QuestionResult),
});
export type SurveyResults = z.infer<typeof SurveyResults>;

export const ResultsQuery = z.object({
  role: RespondentRole.optional(),
  lang: z.enum(['fi', 'en']).default('fi'),
});

export const CompareQuery = z.object({ from: Uuid, to: Uuid, role: RespondentRole.optional() });

/** Start vs end for the same cohort, per shared question key; a side is null when not shown. */
export const SurveyComparison = z.object({
  from: z.object({ id: Uuid, title: LocalizedText }),
  to: z.object({ id: Uuid, title: LocalizedText }),
  role: RespondentRole.nullable(),
  minGroupSize: z.number().int(),
  items: z.array(
    z.object({
      key: z.string(),
      prompt: LocalizedText,
      from: z.object({ mean: z.number(), count: z.number().int() }).nullable(),
      to: z.object({ mean: z.number(), count: z.number().int() }).nullable(),
    }),
  ),
});
export type SurveyComparison = z.infer<typeof SurveyComparison>;

export const SurveyIdParams = z.object({ surveyId: Uuid });
