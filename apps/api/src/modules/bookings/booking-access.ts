import { type Db, preparedStatement } from '@mentoring/db';
import { bookings, matches, participants } from '@mentoring/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
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

const actorMember = alias(participants, 'actor_member');
const mentorMember = alias(participants, 'mentor_member');

/** The actor's active pair with the mentor, both still in the program; prepared (every booking asks). */
const activePair = preparedStatement((db) =>
  db
    .select({ id: matches.id, programId: matches.programId })
    .from(matches)
    .innerJoin(actorMember, currentMemberOf(actorMember, matches.programId, matches.actorId))
    .innerJoin(mentorMember, currentMemberOf(mentorMember, matches.programId, matches.mentorId))
    .where(
      and(
        eq(matches.actorId, sql.placeholder('actorId')),
        eq(matches.mentorId, sql.placeholder('mentorId')),
        eq(matches.status, 'active'),
      ),
    )
    .prepare('booking_pair'),
);

/** Whom a booking is for: an actor books only with the mentor of their active pair (else 403). */
export async function requireActivePair(
  db: Db,
  user: AuthUser,
  mentorId: string,
): Promise<{ id: string; programId: string }> {
  const [pair] = await activePair(db).execute({ actorId: user.id, mentorId });
  if (!pair) throw forbidden('You can book only with the mentor of your active pair.');
  return pair;
}
