import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { matches } from './matching.ts';

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
