import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** A calendar invitation: sent as a text/calendar part (method REQUEST or CANCEL) and as invite.ics. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/**
 * Transactional outbox: a message is written in the same transaction as the change that causes
 * it, and a worker sends it later. Claimed with FOR UPDATE SKIP LOCKED, so many workers can run.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull().default('email'),
    payload: jsonb('payload').$type<OutboxEmail>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    /** A claim expires, so a worker that died mid-send does not strand the message. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** What the message is about (e.g. `reminder:<bookingId>`), so a change can withdraw it before it goes. */
    ref: text('ref'),
  },
  (t) => [
    index('outbox_pending_idx').on(t.availableAt).where(sql`${t.sentAt} is null`),
    index('outbox_ref_idx').on(t.ref).where(sql`${t.ref} is not null`),
  ],
);
