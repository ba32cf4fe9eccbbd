import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    locale: text('locale', { enum: ['fi', 'en'] })
      .notNull()
      .default('fi'),
    /** argon2id PHC string; null for an invited person who has not set a password yet. */
    passwordHash: text('password_hash'),
    isActive: boolean('is_active').notNull().default(true),
    /** Admins may create programs and see all of them. */
    isAdmin: boolean('is_admin').notNull().default(false),
    /** Set when an administrator erased the person: the row stays only as an anonymous placeholder. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Emails are unique whatever their case: the database, not the code, guards it.
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check('users_locale_check', sql`${t.locale} in ('fi', 'en')`),
  ],
);
