import type { Booking } from '@mentoring/contracts';
import { type Db, preparedStatement, type Tx } from '@mentoring/db';
import { bookings, users } from '@mentoring/db/schema';
import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

const mentorUser = alias(users, 'mentor_user');
const actorUser = alias(users, 'actor_user');

/** The columns the API's Booking shows (not the blocked range, calendar uid or bookkeeping). */
const shown = {
  id: bookings.id,
  programId: bookings.programId,
  matchId: bookings.matchId,
  mentorId: bookings.mentorId,
  actorId: bookings.actorId,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  status: bookings.status,
  locationKind: bookings.locationKind,
  location: bookings.location,
  agenda: bookings.agenda,
  sequence: bookings.sequence,
  cancelledAt: bookings.cancelledAt,
  cancelReason: bookings.cancelReason,
};
const withNames = { b: shown, mentorName: mentorUser.name, actorName: actorUser.name };
type Row = {
  b: { [K in keyof typeof shown]: (typeof bookings.$inferSelect)[K] };
  mentorName: string;
  actorName: string;
};

function bookingsWithNames(db: Tx) {
  return db
    .select(withNames)
    .from(bookings)
    .innerJoin(mentorUser, eq(mentorUser.id, bookings.mentorId))
    .innerJoin(actorUser, eq(actorUser.id, bookings.actorId));
}

/** Bookings with both people's names, earliest first: the API's Booking shape. */
export async function listBookings(db: Db, where: SQL | undefined): Promise<Booking[]> {
  const rows = await bookingsWithNames(db).where(where).orderBy(asc(bookings.startsAt));
  return rows.map(toBooking);
}

/** A person's own meetings, as actor or mentor, overlapping [from, to): every signed-in page asks. */
const myBookings = preparedStatement((db) =>
  bookingsWithNames(db)
    .where(
      and(
        or(eq(bookings.actorId, sql.placeholder('userId')), eq(bookings.mentorId, sql.placeholder('userId'))),
        sql`${bookings.startsAt} < ${sql.placeholder('to')}::timestamptz`,
        sql`${bookings.endsAt} > ${sql.placeholder('from')}::timestamptz`,
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .prepare('bookings_mine'),
);

export async function listMyBookings(
  db: Db,
  userId: string,
  range: { from?: string; to?: string },
): Promise<Booking[]> {
  const rows = await myBookings(db).execute({
    userId,
    from: range.from ?? '-infinity',
    to: range.to ?? 'infinity',
  });
  return rows.map(toBooking);
}

function toBooking({ b, mentorName, actorName }: Row): Booking {
  return {
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
  };
}
