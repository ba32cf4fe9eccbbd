import type { Db } from '@mentoring/db';
import { bookings, participants } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { currentMemberOf } from '../access/access.service.ts';

export type BookingRow = typeof bookings.$inferSelect;
export type BookingRole = 'actor' | 'mentor' | 'coordinator';

/**
 * A booking is seen by its actor, its mentor and the coordinators of its program: nobody else. The
 * actor and mentor only while they are still in the program (see requirePair).
 */
export async function requireBooking(
  db: Db,
  user: AuthUser,
  bookingId: string,
): Promise<{ booking: BookingRow; as: BookingRole }> {
  const [row] = await db
    .select({ booking: bookings, role: participants.role })
    .from(bookings)
    .leftJoin(participants, currentMemberOf(participants, bookings.programId, user.id))
    .where(eq(bookings.id, bookingId));
  if (!row) throw notFound('Booking');
  const { booking, role } = row;
  const member = role !== null;
  if (member && booking.actorId === user.id) return { booking, as: 'actor' };
  if (member && booking.mentorId === user.id) return { booking, as: 'mentor' };
  if (user.isAdmin || role === 'coordinator') return { booking, as: 'coordinator' };
  throw forbidden();
}
