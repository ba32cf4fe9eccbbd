import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { matches } from './matching.ts';
import { programs } from './programs.ts';
import { users } from './users.ts';

export interface StoredWeeklyRule {
  weekday: number;
  start: string;
  end: string;
  validFrom?: string | null;
  validUntil?: string | null;
}
export interface StoredOverride {
  date: string;
  intervals: { start: string; end: string }[];
}

/** A mentor's bookable time: weekly wall-clock rules and date overrides in their zone, and policy. */
export const availability = pgTable('availability', {
  mentorId: uuid('mentor_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  timeZone: text('time_zone').notNull().default('Europe/Helsinki'),
  weeklyRules: jsonb('weekly_rules').$type<StoredWeeklyRule[]>().notNull().default([]),
  overrides: jsonb('overrides').$type<StoredOverride[]>().notNull().default([]),
  lengths: integer('lengths').array().notNull().default(sql`'{60}'::integer[]`),
  stepMinutes: integer('step_minutes').notNull().default(30),
  bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
  bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(15),
  minNoticeMinutes: integer('min_notice_minutes')
    .notNull()
    .default(24 * 60),
  horizonDays: integer('horizon_days').notNull().default(60),
  maxPerDay: integer('max_per_day'),
  maxPerWeek: integer('max_per_week'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const bookingStatuses = ['confirmed', 'cancelled'] as const;

/**
 * A meeting an actor booked with their mentor. `blocked_from`/`blocked_until` include the
 * mentor's buffers; exclusion constraints (migration 0005) make overlapping confirmed bookings
 * impossible for a mentor (on the blocked range) and for an actor (on the meeting itself).
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    matchId: uuid('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    blockedFrom: timestamp('blocked_from', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
    status: text('status', { enum: bookingStatuses }).notNull().default('confirmed'),
    locationKind: text('location_kind', { enum: ['in_person', 'remote'] }).notNull(),
    /** An address for in-person meetings, a meeting link for remote ones. */
    location: text('location').notNull().default(''),
    agenda: text('agenda').notNull().default(''),
    /** Stable across reschedules, so calendar apps update the same event. */
    icalUid: text('ical_uid').notNull().unique(),
    sequence: integer('sequence').notNull().default(0),
    idempotencyKey: text('idempotency_key'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    index('bookings_mentor_idx').on(t.mentorId, t.startsAt),
    index('bookings_actor_idx').on(t.actorId, t.startsAt),
    index('bookings_program_idx').on(t.programId, t.startsAt),
    // A pair's last and next meeting: two index probes a pair on the dashboard.
    index('bookings_match_idx').on(t.matchId, t.startsAt).where(sql`${t.status} = 'confirmed'`),
    unique('bookings_idempotency_key').on(t.createdBy, t.idempotencyKey),
    check(
      'bookings_times_check',
      sql`${t.endsAt} > ${t.startsAt} and ${t.blockedFrom} <= ${t.startsAt} and ${t.blockedUntil} >= ${t.endsAt}`,
    ),
    check('bookings_status_check', sql`${t.status} in ('confirmed', 'cancelled')`),
  ],
);

/** A per-user secret calendar feed (webcal subscription); the token is stored hashed. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
