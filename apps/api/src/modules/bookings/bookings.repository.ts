import type { Booking } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { bookings, users } from '@mentoring/db/schema';
import { asc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

const mentorUser = alias(users, 'mentor_user');
const actorUser = alias(users, 'actor_user');

/** Bookings with both people's names, earliest first: the API's Booking shape. */
export async function listBookings(db: Db, where: SQL | undefined): Promise<Booking[]> {
  const rows = await db
    .select({ b: bookings, mentorName: mentorUser.name, actorName: actorUser.name })
    .from(bookings)
    .innerJoin(mentorUser, eq(mentorUser.id, bookings.mentorId))
    .innerJoin(actorUser, eq(actorUser.id, bookings.actorId))
    .where(where)
    .orderBy(asc(bookings.startsAt));
  return rows.map(({ b, mentorName, actorName }) => ({
    id: b.id,
    programId: b.programId,
    matchId: b.matchId,
    mentorId: b.mentorId,
    mentorName,
    actorId: b.actorId,
    actorName,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    status: b.status,
    locationKind: b.locationKind,
    location: b.location,
    agenda: b.agenda,
    sequence: b.sequence,
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    cancelReason: b.cancelReason,
  }));
}
