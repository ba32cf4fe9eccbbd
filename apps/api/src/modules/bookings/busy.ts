import { preparedStatement, type Tx } from '@mentoring/db';
import { bookings } from '@mentoring/db/schema';
import type { BusyRange } from '@mentoring/scheduling';
import { and, eq, gt, lt, sql } from 'drizzle-orm';

const from = sql.placeholder('from');
const to = sql.placeholder('to');
/** The booking being moved, which must not block itself; null when booking anew. */
const exceptId = sql.placeholder('exceptId');
const notExcepted = sql`(${exceptId}::uuid is null or ${bookings.id} <> ${exceptId}::uuid)`;

// Prepared: every slot search and every booking asks both.
const mentorBusy = preparedStatement((db) =>
  db
    .select({
      blockedFrom: bookings.blockedFrom,
      blockedUntil: bookings.blockedUntil,
      startsAt: bookings.startsAt,
    })
    .from(bookings)
    .where(
      and(
        eq(bookings.mentorId, sql.placeholder('mentorId')),
        eq(bookings.status, 'confirmed'),
        lt(bookings.blockedFrom, to),
        gt(bookings.blockedUntil, from),
        notExcepted,
      ),
    )
    .prepare('busy_mentor'),
);

const actorBusy = preparedStatement((db) =>
  db
    .select({ startsAt: bookings.startsAt, endsAt: bookings.endsAt })
    .from(bookings)
    .where(
      and(
        eq(bookings.actorId, sql.placeholder('actorId')),
        eq(bookings.status, 'confirmed'),
        lt(bookings.startsAt, to),
        gt(bookings.endsAt, from),
        notExcepted,
      ),
    )
    .prepare('busy_actor'),
);

/**
 * What a new meeting must not overlap between `from` and `to`: the mentor's confirmed bookings
 * (their buffered, blocked range; they count toward the mentor's daily and weekly limits) and the
 * actor's other meetings (the meeting itself; they do not count toward the mentor's limits).
 */
export async function loadBusy(
  tx: Tx,
  who: { mentorId: string; actorId?: string; exceptBookingId?: string },
  rangeFrom: Date,
  rangeTo: Date,
): Promise<BusyRange[]> {
  const range = { from: rangeFrom, to: rangeTo, exceptId: who.exceptBookingId ?? null };
  const mentorRows = await mentorBusy(tx).execute({ ...range, mentorId: who.mentorId });
  const busy: BusyRange[] = mentorRows.map((r) => ({
    start: r.blockedFrom.getTime(),
    end: r.blockedUntil.getTime(),
    meetingStart: r.startsAt.getTime(),
  }));
  if (who.actorId) {
    const actorRows = await actorBusy(tx).execute({ ...range, actorId: who.actorId });
    for (const r of actorRows)
      busy.push({ start: r.startsAt.getTime(), end: r.endsAt.getTime(), countsTowardLimits: false });
  }
  return busy;
}
