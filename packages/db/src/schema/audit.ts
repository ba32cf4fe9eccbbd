import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who read or changed whose personal data, and when: profiles, session notes, survey results,
 * exports, erasures. Ids are plain columns, not foreign keys, so the record outlives what it is
 * about; erasing a person keeps only the minimal record of the erasure itself. Details never hold
 * passwords, tokens or the texts themselves.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Who did it; null for the system (scheduled jobs). */
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    /** Whose data it was. */
    subjectId: uuid('subject_id'),
    objectType: text('object_type'),
    objectId: uuid('object_id'),
    programId: uuid('program_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_subject_idx').on(t.subjectId, t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
  ],
);
