import { randomUUID } from 'node:crypto';
import type { Booking, CreateBookingBody, Slots } from '@mentoring/contracts';
import { constraintName } from '@mentoring/db';
import { bookings } from '@mentoring/db/schema';
import { blockedRange, slots } from '@mentoring/scheduling';
import { and, eq, gt, inArray, lt, or } from 'drizzle-orm';
import { AppError, forbidden } from '../../lib/app-error.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { createTurns } from '../../lib/turns.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership } from '../access/access.service.ts';
import { mentorAccess } from '../availability/mentor-access.ts';
import { type BookingRow, requireActivePair, requireBooking } from './booking-access.ts';
import { createBookingNotices } from './booking-notices.ts';
import {
  checkSlot,
  explainOverlap,
  lockedAvailability,
  programBookingPolicy,
  refuseIfTaken,
} from './booking-rules.ts';
import { listBookings, listMyBookings } from './bookings.repository.ts';
import { loadBusy } from './busy.ts';

const DAY = 86_400_000;
/** How long a booking waits for its turn with a mentor: as long as for a database connection. */
const TURN_WAIT = {
  maxWaitMs: 5_000,
  tooLong: () =>
    new AppError(
      503,
      'booking_busy',
      'Many people are booking with this mentor right now. Try again in a moment.',
      { headers: { 'retry-after': '2' } },
    ),
};

export function createBookingsService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const notices = createBookingNotices(deps);
  const turns = createTurns();

  const one = async (id: string) => (await listBookings(db, eq(bookings.id, id)))[0] as Booking;

  async function changeAllowed(user: AuthUser, booking: BookingRow, as: string) {
    if (as !== 'actor') return;
    const hours = (await programBookingPolicy(db, booking.programId)).actorChangeNoticeHours;
    if (booking.startsAt.getTime() - clock().getTime() < hours * 3_600_000) {
      throw new AppError(
        409,
        'too_late_to_change',
        `Meetings can be changed up to ${hours} hours before they start. Contact your mentor.`,
      );
    }
    if (booking.actorId !== user.id) throw forbidden();
  }

  return {
    async slots(
      user: AuthUser,
      mentorId: string,
      query: { from: string; to: string; length: number },
    ): Promise<Slots> {
      const { relation, availability: avail } = await mentorAccess(db, user, mentorId);
      const from = new Date(query.from);
      const to = new Date(query.to);
      if (to <= from || to.getTime() - from.getTime() > 100 * DAY) {
        throw new AppError(400, 'invalid_range', 'Ask for at most 100 days, with `to` after `from`.');
      }
      const busy = await loadBusy(
        db,
        { mentorId, ...(relation === 'actor' ? { actorId: user.id } : {}) },
        new Date(from.getTime() - 8 * DAY),
        new Date(to.getTime() + 8 * DAY),
      );
      const found = slots(avail, busy, from.getTime(), to.getTime(), clock().getTime(), {
        length: query.length,
      });
      return {
        mentorId,
        timeZone: avail.timeZone,
        length: query.length,
        lengths: avail.lengths,
        slots: found.map((s) => ({
          start: new Date(s.start).toISOString(),
          end: new Date(s.end).toISOString(),
        })),
      };
    },

    /** An actor books a time with the mentor of their active pair; the server re-checks every rule. */
    async create(
      user: AuthUser,
      body: CreateBookingBody,
      idempotencyKey: string | undefined,
    ): Promise<{ booking: Booking; replayed: boolean }> {
      if (idempotencyKey) {
        const [previous] = await db
          .select({ id: bookings.id })
          .from(bookings)
          .where(and(eq(bookings.createdBy, user.id), eq(bookings.idempotencyKey, idempotencyKey)));
        if (previous) return { booking: await one(previous.id), replayed: true };
      }
      const pair = await requireActivePair(db, user, body.mentorId);
      const start = new Date(body.startsAt);
      const end = new Date(start.getTime() + body.length * 60_000);
      let id: string;
      try {
        // One attempt per mentor at a time in this process (see turns.ts); the quick refusal runs in
        // turn, so it sees the bookings of the attempts before it.
        id = await turns.run(
          body.mentorId,
          async () => {
            await refuseIfTaken(db, body.mentorId, { start, end });
            return db.transaction(async (tx) => {
              const avail = await lockedAvailability(tx, body.mentorId);
              await checkSlot(
                tx,
                avail,
                { mentorId: body.mentorId, actorId: user.id },
                { start, end },
                clock(),
              );
              const blocked = blockedRange(start.getTime(), end.getTime(), avail);
              const now = clock();
              const [row] = await tx
                .insert(bookings)
                .values({
                  programId: pair.programId,
                  matchId: pair.id,
                  mentorId: body.mentorId,
                  actorId: user.id,
                  startsAt: start,
                  endsAt: end,
                  blockedFrom: new Date(blocked.blockedFrom),
                  blockedUntil: new Date(blocked.blockedUntil),
                  locationKind: body.locationKind,
                  location: body.location,
                  agenda: body.agenda,
                  icalUid: `${randomUUID()}@mentoring`,
                  idempotencyKey: idempotencyKey ?? null,
                  createdBy: user.id,
                  createdAt: now,
                  updatedAt: now,
                })
                .returning();
              if (!row) throw new Error('booking insert failed');
              await notices.send(tx, row, 'REQUEST');
              await notices.scheduleReminder(
                tx,
                row,
                (await programBookingPolicy(tx, row.programId)).reminderHours,
              );
              return row.id;
            });
          },
          TURN_WAIT,
        );
      } catch (error) {
        // The same key sent twice at once: the loser returns the winner's booking.
        if (idempotencyKey && constraintName(error) === 'bookings_idempotency_key') {
          return this.create(user, body, idempotencyKey);
        }
        explainOverlap(error);
      }
      return { booking: await one(id), replayed: false };
    },

    /** Your own meetings (as actor or mentor); coordinators ask for a program's. */
    async list(
      user: AuthUser,
      query: { from?: string; to?: string; programId?: string },
    ): Promise<Booking[]> {
      if (query.programId) {
        // A current coordinator (not one removed from the program) or an admin; 404 for no program.
        await requireMembership(db, user, query.programId, ['coordinator']);
        const range = and(
          query.to ? lt(bookings.startsAt, new Date(query.to)) : undefined,
          query.from ? gt(bookings.endsAt, new Date(query.from)) : undefined,
        );
        return listBookings(db, and(eq(bookings.programId, query.programId), range));
      }
      return listMyBookings(db, user.id, query);
    },

    /** Moves a meeting: the same booking (and calendar event), with a higher sequence. */
    async reschedule(
      user: AuthUser,
      bookingId: string,
      body: { startsAt: string; length?: number },
    ): Promise<Booking> {
      const { booking, as } = await requireBooking(db, user, bookingId);
      if (booking.status !== 'confirmed')
        throw new AppError(409, 'booking_cancelled', 'This meeting was cancelled.');
      await changeAllowed(user, booking, as);
      const length = body.length ?? (booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000;
      const start = new Date(body.startsAt);
      const end = new Date(start.getTime() + length * 60_000);
      try {
        await turns.run(
          booking.mentorId,
          () =>
            db.transaction(async (tx) => {
              const avail = await lockedAvailability(tx, booking.mentorId);
              await checkSlot(
                tx,
                avail,
                { mentorId: booking.mentorId, actorId: booking.actorId, exceptBookingId: booking.id },
                { start, end },
                clock(),
              );
              const blocked = blockedRange(start.getTime(), end.getTime(), avail);
              const [row] = await tx
                .update(bookings)
                .set({
                  startsAt: start,
                  endsAt: end,
                  blockedFrom: new Date(blocked.blockedFrom),
                  blockedUntil: new Date(blocked.blockedUntil),
                  sequence: booking.sequence + 1,
                  updatedAt: clock(),
                })
                .where(eq(bookings.id, booking.id))
                .returning();
              if (row) {
                await notices.send(tx, row, 'REQUEST');
                await notices.scheduleReminder(
                  tx,
                  row,
                  (await programBookingPolicy(tx, row.programId)).reminderHours,
                );
              }
            }),
          TURN_WAIT,
        );
      } catch (error) {
        explainOverlap(error);
      }
      return one(booking.id);
    },

    /** Cancels, keeping the row: who, when and why stay on record. */
    async cancel(user: AuthUser, bookingId: string, reason: string | undefined): Promise<Booking> {
      const { booking, as } = await requireBooking(db, user, bookingId);
      if (booking.status === 'cancelled') return one(booking.id);
      await changeAllowed(user, booking, as);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(bookings)
          .set({
            status: 'cancelled',
            cancelledAt: clock(),
            cancelledBy: user.id,
            cancelReason: reason ?? null,
            sequence: booking.sequence + 1,
            updatedAt: clock(),
          })
          .where(eq(bookings.id, booking.id))
          .returning();
        if (row) {
          await notices.send(tx, row, 'CANCEL');
          await notices.scheduleReminder(tx, row, 0);
        }
      });
      return one(booking.id);
    },

    async ics(user: AuthUser, bookingId: string): Promise<string> {
      const { booking } = await requireBooking(db, user, bookingId);
      return notices.file([booking]);
    },

    /** Every meeting of a user, for their calendar feed. */
    async feedFile(userId: string): Promise<string> {
      const rows = await db
        .select()
        .from(bookings)
        .where(
          and(
            or(eq(bookings.actorId, userId), eq(bookings.mentorId, userId)),
            inArray(bookings.status, ['confirmed', 'cancelled']),
            gt(bookings.endsAt, new Date(clock().getTime() - 90 * DAY)),
          ),
        );
      return notices.file(rows, 'PUBLISH');
    },
  };
}
export type BookingsService = ReturnType<typeof createBookingsService>;
