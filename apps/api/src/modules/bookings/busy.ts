import { preparedRows, type Tx } from '@mentoring/db';
import type { BusyRange } from '@mentoring/scheduling';
import { sql } from 'drizzle-orm';

const from = sql`${sql.placeholder('from')}::timestamptz`;
const to = sql`${sql.placeholder('to')}::timestamptz`;
/** The booking being moved, which must not block itself; null when booking anew. */
const exceptId = sql`${sql.placeholder('exceptId')}::uuid`;
const epochMs = (column: string) => sql.raw(`date_part('epoch', ${column}) * 1000`);

/**
 * Both sides in one prepared round trip (every slot search and every booking asks): the mentor's
 * confirmed bookings by their buffered, blocked range, and the actor's (none when actorId is null)
 * by the meeting itself. Instants come back as epoch milliseconds, which is what the engine wants.
 */
const busyRows = preparedRows<{ mentor: boolean; start: number; end: number; meeting_start: number }>(
  'busy_times',
  sql`select true as mentor, ${epochMs('blocked_from')} as start, ${epochMs('blocked_until')} as "end",
             ${epochMs('starts_at')} as meeting_start
      from bookings
      where mentor_id = ${sql.placeholder('mentorId')} and status = 'confirmed'
        and blocked_from < ${to} and blocked_until > ${from} and (${exceptId} is null or id <> ${exceptId})
      union all
      select false, ${epochMs('starts_at')}, ${epochMs('ends_at')}, ${epochMs('starts_at')}
      from bookings
      where actor_id = ${sql.placeholder('actorId')}::uuid and status = 'confirmed'
        and starts_at < ${to} and ends_at > ${from} and (${exceptId} is null or id <> ${exceptId})`,
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
  const rows = await busyRows(tx, {
    mentorId: who.mentorId,
    actorId: who.actorId ?? null,
    from: rangeFrom,
    to: rangeTo,
    exceptId: who.exceptBookingId ?? null,
  });
  return rows.map((r) =>
    r.mentor
      ? { start: Math.round(r.start), end: Math.round(r.end), meetingStart: Math.round(r.meeting_start) }
      : { start: Math.round(r.start), end: Math.round(r.end), countsTowardLimits: false },
  );
}
