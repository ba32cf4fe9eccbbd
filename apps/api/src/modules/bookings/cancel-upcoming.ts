import type { Tx } from '@mentoring/db';
import { bookings } from '@mentoring/db/schema';
import { and, eq, gt, or, sql } from 'drizzle-orm';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { createBookingNotices } from './booking-notices.ts';

/**
 * Cancels a person's upcoming meetings in one program, as when they are removed from it: both
 * people get the cancellation with its calendar update, and pending reminders are withdrawn.
 * Runs inside the caller's transaction, so the removal and the cancellations land together.
 */
export async function cancelUpcomingMeetings(
  tx: Tx,
  deps: ServiceDeps,
  what: { programId: string; userId: string; cancelledBy: string; reason: string },
): Promise<number> {
  const notices = createBookingNotices(deps);
  const now = deps.clock();
  const cancelled = await tx
    .update(bookings)
    .set({
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: what.cancelledBy,
      cancelReason: what.reason,
      sequence: sql`${bookings.sequence} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(bookings.programId, what.programId),
        or(eq(bookings.mentorId, what.userId), eq(bookings.actorId, what.userId)),
        eq(bookings.status, 'confirmed'),
        gt(bookings.startsAt, now),
      ),
    )
    .returning();
  for (const row of cancelled) {
    await notices.send(tx, row, 'CANCEL');
    await notices.scheduleReminder(tx, row, 0);
  }
  return cancelled.length;
}
