import { index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { matches } from './matching.ts';
import { programs } from './programs.ts';

/**
 * "This has been done once": a scheduled job inserts its key before acting, and only the process
 * whose insert wins acts, so a nudge or digest goes out once however many processes run jobs.
 */
export const jobMarks = pgTable('job_marks', {
  key: text('key').primaryKey(),
  doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The health state each pair had at the last weekly digest, to report what changed. */
export const pairHealthStates = pgTable('pair_health_states', {
  matchId: uuid('match_id')
    .primaryKey()
    .references(() => matches.id, { onDelete: 'cascade' }),
  state: text('state').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Per-pair running totals for the pair-health dashboard, kept by triggers (migration 0009) on
 * session_logs and check_ins, so the dashboard reads one row a pair instead of aggregating every
 * session. Only facts that do not change with the clock live here; "overdue" and "next meeting"
 * are computed at read time from small partial indexes.
 */
export const pairActivity = pgTable(
  'pair_activity',
  {
    matchId: uuid('match_id')
      .primaryKey()
      .references(() => matches.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    sessionsHeld: integer('sessions_held').notNull().default(0),
    lastSessionAt: timestamp('last_session_at', { withTimezone: true }),
    latestActorRating: smallint('latest_actor_rating'),
  },
  (t) => [index('pair_activity_program_idx').on(t.programId)],
);
