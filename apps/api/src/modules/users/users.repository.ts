import type { Tx } from '@mentoring/db';
import { users } from '@mentoring/db/schema';
import { eq, sql } from 'drizzle-orm';

export type UserRow = typeof users.$inferSelect;

/** Emails are unique whatever their case (a database index on lower(email)); look them up the same way. */
export async function findUserByEmail(db: Tx, email: string): Promise<UserRow | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user;
}
