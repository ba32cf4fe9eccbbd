import type { Tx } from '@mentoring/db';
import { type OutboxEmail, outbox } from '@mentoring/db/schema';
import { and, eq, isNull } from 'drizzle-orm';

/**
 * Queues an email in the caller's transaction: it is sent only if the change commits.
 * `sendAt` comes from the service's clock (now, or later for reminders); `ref` names what the
 * message is about, so a later change can withdraw it (see withdrawPending).
 */
export async function enqueueEmail(tx: Tx, email: OutboxEmail, sendAt: Date, ref?: string): Promise<void> {
  await tx
    .insert(outbox)
    .values({ kind: 'email', payload: email, createdAt: sendAt, availableAt: sendAt, ref: ref ?? null });
}

/** Withdraws messages about `ref` that have not gone out yet (a moved or cancelled meeting's reminder). */
export async function withdrawPending(tx: Tx, ref: string): Promise<void> {
  await tx.delete(outbox).where(and(eq(outbox.ref, ref), isNull(outbox.sentAt)));
}
