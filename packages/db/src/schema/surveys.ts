import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { programs } from './programs.ts';
import { users } from './users.ts';

/** A text in both UI languages. */
export type LocalizedText = { fi: string; en: string };

export const surveyKinds = ['start', 'mid', 'end', 'pulse', 'custom'] as const;
export const questionKinds = ['likert', 'single', 'multiple', 'text'] as const;

/** A feedback survey of a program, sent to a role or to chosen participants. */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: surveyKinds }).notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    intro: jsonb('intro').$type<LocalizedText>().notNull().default({ fi: '', en: '' }),
    /** Set when sent: recipients are fixed then, and the questions no longer change. */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('surveys_program_idx').on(t.programId),
    check('surveys_window_check', sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: questionKinds }).notNull(),
    /** A stable key across surveys (e.g. "new_skills"), so start and end can be compared. */
    key: text('key').notNull(),
    prompt: jsonb('prompt').$type<LocalizedText>().notNull(),
    /** Choices of single / multiple questions; Likert items use 1-5. */
    options: jsonb('options').$type<{ value: string; label: LocalizedText }[]>().notNull().default([]),
    required: boolean('required').notNull().default(false),
  },
  (t) => [unique('survey_questions_key').on(t.surveyId, t.key)],
);

/** Who was asked. The role is kept so results can be filtered by it without touching answers. */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['mentor', 'actor', 'coordinator'] }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [unique('survey_recipients_key').on(t.surveyId, t.userId)],
);

/**
 * One person's answers to a survey. The user id is kept only so they can edit until the close;
 * no results query, export or API reads it.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    role: text('role', { enum: ['mentor', 'actor', 'coordinator'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('survey_responses_user_key').on(t.surveyId, t.userId)],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    /** Likert: 1-5. */
    rating: integer('rating'),
    /** Single / multiple: the chosen option values. */
    choices: text('choices').array(),
    text: text('text'),
  },
  (t) => [
    unique('survey_answers_key').on(t.responseId, t.questionId),
    index('survey_answers_question_idx').on(t.questionId),
    check('survey_answers_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);
