import type { Tx } from '@mentoring/db';
import { type OutboxEmail, outbox } from '@mentoring/db/schema';

/**
 * Queues an email in the caller's transaction: it is sent only if the change commits.
 * `sendAt` comes from the service's clock (now, or later for reminders).
 */
export async function enqueueEmail(tx: Tx, email: OutboxEmail, sendAt: Date): Promise<void> {
  await tx.insert(outbox).values({ kind: 'email', payload: email, createdAt: sendAt, availableAt: sendAt });
}
