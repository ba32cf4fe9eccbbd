import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { programs } from './programs.ts';
import { users } from './users.ts';

/** An actor's ranked preference for a mentor before matching (1 = first choice). */
export const wishes = pgTable(
  'wishes',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('wishes_actor_rank_key').on(t.programId, t.actorId, t.rank),
    unique('wishes_actor_mentor_key').on(t.programId, t.actorId, t.mentorId),
    check('wishes_rank_check', sql`${t.rank} between 1 and 3`),
  ],
);

export const matchStatuses = ['proposed', 'active', 'paused', 'completed', 'ended'] as const;
export type MatchStatus = (typeof matchStatuses)[number];
/** Statuses that hold a mentor's capacity and the actor's one place. */
export const openMatchStatuses = ['proposed', 'active', 'paused'] as const;

export interface MatchExplanation {
  breakdown: { criterion: string; value: number; weight: number; points: number }[];
  reasons: { criterion: string; code: string; fi: string; en: string }[];
}

/** A mentor-actor pair in a program, with its lifecycle. */
export const matches = pgTable(
  'matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: matchStatuses }).notNull().default('proposed'),
    /** The score and reasons when the pair was confirmed, so "why this pair" survives profile edits. */
    score: integer('score'),
    explanation: jsonb('explanation').$type<MatchExplanation>(),
    endedReason: text('ended_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('matches_program_idx').on(t.programId),
    index('matches_mentor_idx').on(t.mentorId),
    // An actor has at most one open match per program.
    uniqueIndex('matches_one_open_per_actor')
      .on(t.programId, t.actorId)
      .where(sql`${t.status} in ('proposed', 'active', 'paused')`),
    check('matches_status_check', sql`${t.status} in ('proposed', 'active', 'paused', 'completed', 'ended')`),
  ],
);
