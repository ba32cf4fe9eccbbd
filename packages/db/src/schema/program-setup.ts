import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { programs } from './programs.ts';

export const phaseKinds = ['kickoff', 'goal_setting', 'midpoint', 'closing', 'other'] as const;
export type PhaseKind = (typeof phaseKinds)[number];

/** A program's calendar of phases (kick-off, goal setting, mid-point review, closing...). */
export const programPhases = pgTable(
  'program_phases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: phaseKinds }).notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    index('program_phases_program_idx').on(t.programId),
    check('program_phases_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const tagKinds = ['sector', 'topic'] as const;
export type TagKind = (typeof tagKinds)[number];

/**
 * The program's shared vocabulary: sectors (theatre, festivals...) and topics that serve both as
 * mentors' expertise and actors' needs, so matching can compare them.
 */
export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: tagKinds }).notNull(),
    slug: text('slug').notNull(),
    labelFi: text('label_fi').notNull(),
    labelEn: text('label_en').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('tags_program_kind_slug_key').on(t.programId, t.kind, t.slug)],
);
