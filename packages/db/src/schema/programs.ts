import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    timeZone: text('time_zone').notNull().default('Europe/Helsinki'),
    /** How many meetings each pair should hold over the program (pair health compares to it). */
    targetMeetingsPerPair: integer('target_meetings_per_pair').notNull().default(8),
    /** How close to a meeting an actor may still cancel or reschedule it; mentors and coordinators always can. */
    actorChangeNoticeHours: integer('actor_change_notice_hours').notNull().default(24),
    /** When the reminder email goes out before a meeting. */
    reminderHours: integer('reminder_hours').notNull().default(24),
    /** Pair health: no meeting for this many days needs a check-in... */
    healthQuietDays: integer('health_quiet_days').notNull().default(21),
    /** ...and this many puts the pair at risk, as does no first meeting within healthFirstMeetingDays of matching. */
    healthAtRiskDays: integer('health_at_risk_days').notNull().default(42),
    healthFirstMeetingDays: integer('health_first_meeting_days').notNull().default(30),
    /** Matching weights (0-10) and must-have criteria the coordinator last used. */
    matchingSettings: jsonb('matching_settings').$type<{
      weights: Record<string, number>;
      mustHave: Record<string, boolean>;
    }>(),
    /**
     * Months after the program ends when session texts, reflections and survey free text are
     * deleted by the retention job; null keeps them.
     */
    retentionMonths: integer('retention_months').default(24),
    /** When the retention job last cleared the program's texts. */
    textsPurgedAt: timestamp('texts_purged_at', { withTimezone: true }),
    /** Set when the program ends; an archived program is read-only. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('programs_dates_check', sql`${t.endsOn} >= ${t.startsOn}`)],
);

export const participantRoles = ['coordinator', 'mentor', 'actor'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** A user's membership in one program, with one role there. */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: participantRoles }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** A removed participant keeps their history but loses access. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    unique('participants_program_user_key').on(t.programId, t.userId),
    index('participants_user_idx').on(t.userId),
    check('participants_role_check', sql`${t.role} in ('coordinator', 'mentor', 'actor')`),
  ],
);
