import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { matches } from './matching.ts';
import { programPhases } from './program-setup.ts';
import { programs } from './programs.ts';
import { bookings } from './scheduling.ts';
import { users } from './users.ts';

/**
 * A mentor's record of a held meeting. The shared summary is for the pair; the private note is
 * for its author alone (never the actor, never coordinators, never another export).
 */
export const sessionLogs = pgTable(
  'session_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    matchId: uuid('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    /** The booking it logs, when it came from one: a booking is logged once. */
    bookingId: uuid('booking_id')
      .unique()
      .references(() => bookings.id, { onDelete: 'set null' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    format: text('format', { enum: ['in_person', 'remote'] }).notNull(),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    sharedSummary: text('shared_summary').notNull().default(''),
    privateNote: text('private_note').notNull().default(''),
    reflection: text('reflection'),
    reflectedAt: timestamp('reflected_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('session_logs_match_idx').on(t.matchId, t.heldAt),
    index('session_logs_program_idx').on(t.programId, t.heldAt),
    check('session_logs_duration_check', sql`${t.durationMinutes} between 5 and 600`),
  ],
);

export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessionLogs.id, { onDelete: 'cascade' }),
    matchId: uuid('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    owner: text('owner', { enum: ['actor', 'mentor'] }).notNull(),
    dueOn: date('due_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('action_items_match_idx').on(t.matchId),
    // The dashboard counts open and overdue items; open ones are the few, so index only those.
    index('action_items_open_idx').on(t.matchId, t.dueOn).where(sql`${t.doneAt} is null`),
  ],
);

/** An actor's development goal in their pair. */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matchId: uuid('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    successCriteria: text('success_criteria').notNull().default(''),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    mentorComment: text('mentor_comment').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goals_match_idx').on(t.matchId)],
);

/** A 1-5 rating of a goal at a program phase, by the actor and, beside it, the mentor. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    phaseId: uuid('phase_id').references(() => programPhases.id, { onDelete: 'set null' }),
    ratedBy: text('rated_by', { enum: ['actor', 'mentor'] }).notNull(),
    rating: integer('rating').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('check_ins_goal_phase_rater_key').on(t.goalId, t.phaseId, t.ratedBy),
    check('check_ins_rating_check', sql`${t.rating} between 1 and 5`),
  ],
);

/** How a pair closed: both people's closing reflections and whether they go on meeting. */
export const matchClosures = pgTable('match_closures', {
  matchId: uuid('match_id')
    .primaryKey()
    .references(() => matches.id, { onDelete: 'cascade' }),
  actorReflection: text('actor_reflection'),
  mentorReflection: text('mentor_reflection'),
  continueMeeting: boolean('continue_meeting'),
  closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
  closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
});
