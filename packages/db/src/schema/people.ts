import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { participantRoles, participants, programs } from './programs.ts';
import { users } from './users.ts';

export const meetingModes = ['in_person', 'remote'] as const;

/**
 * What a participant tells about themselves in one program (capacity and goals differ by
 * cohort). Mentor fields and actor fields share the row; the role decides which are used.
 */
export const profiles = pgTable(
  'profiles',
  {
    participantId: uuid('participant_id')
      .primaryKey()
      .references(() => participants.id, { onDelete: 'cascade' }),
    bio: text('bio').notNull().default(''),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    /** Mentor: expertise topics. Actor: needs topics. Same vocabulary (tags of kind 'topic'). */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    municipality: text('municipality').notNull().default(''),
    meetingModes: text('meeting_modes').array().notNull().default(sql`'{}'::text[]`),
    /** Mentor: how many actors they take in this program. */
    capacity: integer('capacity'),
    /** Actor: years of experience in the field. */
    yearsOfExperience: integer('years_of_experience'),
    /** Actor: development goals in their own words. */
    goals: text('goals').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('profiles_capacity_check', sql`${t.capacity} is null or ${t.capacity} between 0 and 50`),
    check(
      'profiles_years_check',
      sql`${t.yearsOfExperience} is null or ${t.yearsOfExperience} between 0 and 80`,
    ),
  ],
);

/** Pairs that must never be matched: a mentor's declared conflict of interest with an actor. */
export const conflictsOfInterest = pgTable(
  'conflicts_of_interest',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('conflicts_of_interest_key').on(t.programId, t.mentorId, t.actorId)],
);

/** A single-use invitation into a program; the token is stored hashed. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: participantRoles }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('invitations_program_idx').on(t.programId),
    // One open invitation per person and program: re-inviting replaces it.
    uniqueIndex('invitations_open_key')
      .on(t.programId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    check('invitations_role_check', sql`${t.role} in ('coordinator', 'mentor', 'actor')`),
  ],
);

export const passwordResets = pgTable('password_resets', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});
