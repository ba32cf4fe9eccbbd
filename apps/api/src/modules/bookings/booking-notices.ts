import type { Tx } from '@mentoring/db';
import { users } from '@mentoring/db/schema';
import { and, inArray, isNull } from 'drizzle-orm';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { enqueueEmail, withdrawPending } from '../outbox/outbox.ts';
import type { BookingRow } from './booking-access.ts';
import { type CalendarEvent, calendarFile } from './ics.ts';

// Built once: constructing an Intl.DateTimeFormat costs about as much as a database round trip, and
// every booking formats its time four times (two invitations, two reminders).
const meetingTime = new Intl.DateTimeFormat('fi-FI', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const when = (date: Date) => meetingTime.format(date);

/** Calendar files and invitation emails for bookings: one place that knows how a meeting looks in a calendar. */
export function createBookingNotices({ db, clock, publicUrl }: ServiceDeps) {
  /** The people of the meetings by id; an erased person is left out: no email, no name. */
  async function people(tx: Tx, rows: BookingRow[]) {
    const ids = [...new Set(rows.flatMap((r) => [r.mentorId, r.actorId]))];
    if (ids.length === 0) return new Map<string, { name: string; email: string }>();
    const found = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(inArray(users.id, ids), isNull(users.erasedAt)));
    return new Map(found.map((u) => [u.id, u]));
  }

  function toEvent(row: BookingRow, who: Map<string, { name: string; email: string }>): CalendarEvent {
    const mentor = who.get(row.mentorId) ?? { name: 'Mentor', email: 'mentor@invalid' };
    const actor = who.get(row.actorId) ?? { name: 'Actor', email: 'actor@invalid' };
    return {
      uid: row.icalUid,
      sequence: row.sequence,
      start: row.startsAt,
      end: row.endsAt,
      stamp: clock(),
      summary: `Mentorointi: ${mentor.name} & ${actor.name}`,
      description: [row.agenda, `${publicUrl}/bookings/${row.id}`].filter(Boolean).join('\n\n'),
      location: row.location,
      url: `${publicUrl}/bookings/${row.id}`,
      organizer: mentor,
      attendee: actor,
      cancelled: row.status === 'cancelled',
    };
  }

  return {
    /**
     * (Re)schedules the reminder of a meeting: any pending one is withdrawn, and a new one is
     * queued `hours` before the start, unless that moment has passed. A cancelled meeting gets none.
     */
    async scheduleReminder(tx: Tx, row: BookingRow, hours: number): Promise<void> {
      const ref = `reminder:${row.id}`;
      await withdrawPending(tx, ref);
      const sendAt = new Date(row.startsAt.getTime() - hours * 3_600_000);
      if (row.status !== 'confirmed' || sendAt <= clock()) return;
      const who = await people(tx, [row]);
      for (const id of [row.mentorId, row.actorId]) {
        const person = who.get(id);
        if (!person) continue;
        await enqueueEmail(
          tx,
          {
            to: person.email,
            subject: `Muistutus: mentorointitapaaminen ${when(row.startsAt)} / Reminder: mentoring meeting`,
            text: [
              `Muistutus tapaamisesta ${when(row.startsAt)}.`,
              row.location ? `Paikka / Place: ${row.location}` : '',
              row.agenda ? `Aiheet / Agenda: ${row.agenda}` : '',
              `${publicUrl}/bookings/${row.id}`,
            ]
              .filter(Boolean)
              .join('\n'),
          },
          sendAt,
          ref,
        );
      }
    },

    async file(rows: BookingRow[], method: 'REQUEST' | 'PUBLISH' = 'PUBLISH'): Promise<string> {
      const who = await people(db, rows);
      return calendarFile(
        rows.map((r) => toEvent(r, who)),
        { method },
      );
    },

    /** Emails both people the invitation (REQUEST) or cancellation (CANCEL), in the caller's transaction. */
    async send(tx: Tx, row: BookingRow, method: 'REQUEST' | 'CANCEL'): Promise<void> {
      const who = await people(tx, [row]);
      const content = calendarFile([toEvent(row, who)], { method });
      const cancelled = method === 'CANCEL';
      for (const id of [row.mentorId, row.actorId]) {
        const person = who.get(id);
        if (!person) continue;
        await enqueueEmail(
          tx,
          {
            to: person.email,
            subject: cancelled
              ? `Peruttu: mentorointitapaaminen ${when(row.startsAt)} / Cancelled: mentoring meeting`
              : `${row.sequence > 0 ? 'Muuttunut' : 'Kutsu'}: mentorointitapaaminen ${when(row.startsAt)} / Mentoring meeting`,
            text: [
              cancelled ? 'Tapaaminen on peruttu.' : `Tapaaminen: ${when(row.startsAt)}`,
              row.location ? `Paikka / Place: ${row.location}` : '',
              row.agenda ? `Aiheet / Agenda: ${row.agenda}` : '',
              cancelled && row.cancelReason ? `Syy / Reason: ${row.cancelReason}` : '',
              `${publicUrl}/bookings/${row.id}`,
            ]
              .filter(Boolean)
              .join('\n'),
            calendar: { method, content },
          },
          clock(),
        );
      }
    },
  };
}
