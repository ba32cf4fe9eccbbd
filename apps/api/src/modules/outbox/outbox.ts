import type { Tx } from '@mentoring/db';
import { type OutboxEmail, outbox } from '@mentoring/db/schema';

/** Queues an email in the caller's transaction: it is sent only if the change commits. */
export async function enqueueEmail(tx: Tx, email: OutboxEmail, availableAt?: Date): Promise<void> {
  await tx.insert(outbox).values({ kind: 'email', payload: email, ...(availableAt ? { availableAt } : {}) });
}
