import type { Db } from '@mentoring/db';
import { bookings, participants } from '@mentoring/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';

export type BookingRow = typeof bookings.$inferSelect;
export type BookingRole = 'actor' | 'mentor' | 'coordinator';

/** A booking is seen by its actor, its mentor and the coordinators of its program: nobody else. */
export async function requireBooking(
  db: Db,
  user: AuthUser,
  bookingId: string,
): Promise<{ booking: BookingRow; as: BookingRole }> {
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
  if (!booking) throw notFound('Booking');
  if (booking.actorId === user.id) return { booking, as: 'actor' };
  if (booking.mentorId === user.id) return { booking, as: 'mentor' };
  if (user.isAdmin) return { booking, as: 'coordinator' };
  const [coordinator] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.programId, booking.programId),
        eq(participants.userId, user.id),
        eq(participants.role, 'coordinator'),
        isNull(participants.removedAt),
      ),
    );
  if (coordinator) return { booking, as: 'coordinator' };
  throw forbidden();
}
