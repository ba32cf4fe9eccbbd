import type { Tx } from '@mentoring/db';
import { bookings } from '@mentoring/db/schema';
import type { BusyRange } from '@mentoring/scheduling';
import { and, eq, gt, lt, ne } from 'drizzle-orm';

/**
 * What a new meeting must not overlap between `from` and `to`: the mentor's confirmed bookings
 * (their buffered, blocked range; they count toward the mentor's daily and weekly limits) and the
 * actor's other meetings (the meeting itself; they do not count toward the mentor's limits).
 */
export async function loadBusy(
  tx: Tx,
  who: { mentorId: string; actorId?: string; exceptBookingId?: string },
  from: Date,
  to: Date,
): Promise<BusyRange[]> {
  const except = who.exceptBookingId ? ne(bookings.id, who.exceptBookingId) : undefined;
  const mentorRows = await tx
    .select({
      blockedFrom: bookings.blockedFrom,
      blockedUntil: bookings.blockedUntil,
      startsAt: bookings.startsAt,
    })
    .from(bookings)
    .where(
      and(
        eq(bookings.mentorId, who.mentorId),
        eq(bookings.status, 'confirmed'),
        lt(bookings.blockedFrom, to),
        gt(bookings.blockedUntil, from),
        except,
      ),
    );
  const busy: BusyRange[] = mentorRows.map((r) => ({
    start: r.blockedFrom.getTime(),
    end: r.blockedUntil.getTime(),
    meetingStart: r.startsAt.getTime(),
  }));
  if (who.actorId) {
    const actorRows = await tx
      .select({ startsAt: bookings.startsAt, endsAt: bookings.endsAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.actorId, who.actorId),
          eq(bookings.status, 'confirmed'),
          lt(bookings.startsAt, to),
          gt(bookings.endsAt, from),
          except,
        ),
      );
    for (const r of actorRows)
      busy.push({ start: r.startsAt.getTime(), end: r.endsAt.getTime(), countsTowardLimits: false });
  }
  return busy;
}
