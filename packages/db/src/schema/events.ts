import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { programs } from './programs.ts';
import { users } from './users.ts';

export const eventTypes = ['workshop', 'networking', 'network_coffee', 'supervision', 'other'] as const;
export type EventType = (typeof eventTypes)[number];

/** A work-supervision group (työnohjausryhmä): a supervisor and members who meet over the program. */
export const supervisionGroups = pgTable('supervision_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  programId: uuid('program_id')
    .notNull()
    .references(() => programs.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  /** The supervisor is often from outside the program: a name, and the user when they have one. */
  supervisorName: text('supervisor_name').notNull().default(''),
  supervisorId: uuid('supervisor_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supervisionGroupMembers = pgTable(
  'supervision_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => supervisionGroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [unique('supervision_group_members_key').on(t.groupId, t.userId)],
);

/**
 * A workshop, training day, networking event, network coffee or supervision-group meeting. With no
 * program it belongs to the organisation (administrators manage those).
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'cascade' }),
    type: text('type', { enum: eventTypes }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location').notNull().default(''),
    capacity: integer('capacity'),
    supervisionGroupId: uuid('supervision_group_id').references(() => supervisionGroups.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_program_idx').on(t.programId, t.startsAt),
    index('events_starts_idx').on(t.startsAt),
    check('events_times_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_capacity_check', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/** Someone who attends without an account (a student, a guest); counted once by email. */
export const externalPeople = pgTable(
  'external_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email'),
    isStudent: boolean('is_student').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('external_people_email_key').on(sql`lower(${t.email})`)],
);

/** A participant's own sign-up for an event. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('event_registrations_key').on(t.eventId, t.userId)],
);

/** One participation: a user or an external person was there. Marked by a coordinator. */
export const attendance = pgTable(
  'attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    externalPersonId: uuid('external_person_id').references(() => externalPeople.id, {
      onDelete: 'cascade',
    }),
    markedBy: uuid('marked_by').references(() => users.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('attendance_user_key').on(t.eventId, t.userId),
    unique('attendance_external_key').on(t.eventId, t.externalPersonId),
    check('attendance_one_person_check', sql`num_nonnulls(${t.userId}, ${t.externalPersonId}) = 1`),
    index('attendance_user_idx').on(t.userId),
    index('attendance_external_idx').on(t.externalPersonId),
  ],
);
