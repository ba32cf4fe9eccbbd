import { constraintName, type Db, preparedStatement, sqlState, type Tx } from '@mentoring/db';
import { availability, bookings, programs } from '@mentoring/db/schema';
import { type Availability, validateSlot } from '@mentoring/scheduling';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import { loadAvailability } from '../availability/availability.service.ts';
import { loadBusy } from './busy.ts';

const DAY = 86_400_000;

const REJECTIONS: Record<string, string> = {
  bad_length: 'The mentor does not offer meetings of this length.',
  too_soon: 'This time is too soon: the mentor needs more notice.',
  beyond_horizon: 'This time is too far ahead to book yet.',
  outside_availability: 'The mentor is not available at this time.',
  overlaps: 'This time is no longer free.',
  day_limit: 'The mentor has no more meetings free on this day.',
  week_limit: 'The mentor has no more meetings free this week.',
};

/** The exclusion constraints speak last: a race lost to another booking is a clear 409. */
export function explainOverlap(error: unknown): never {
  if (sqlState(error) === '23P01') {
    const actorSide = constraintName(error) === 'bookings_actor_no_overlap';
    throw new AppError(
      409,
      actorSide ? 'actor_busy' : 'slot_taken',
      actorSide
        ? 'You already have a meeting at this time.'
        : 'Someone booked this time a moment ago. Choose another time.',
    );
  }
  throw error;
}

/**
 * Locks the mentor's availability row: bookings with one mentor are checked one at a time, so the
 * daily and weekly limits hold under concurrency (overlaps are the exclusion constraints' job).
 */
export async function lockedAvailability(tx: Tx, mentorId: string): Promise<Availability> {
  await tx
    .select({ id: availability.mentorId })
    .from(availability)
    .where(eq(availability.mentorId, mentorId))
    .for('update');
  return loadAvailability(tx, mentorId);
}

/**
 * A quick refusal before queueing for the mentor's lock: a confirmed booking already covers this
 * time. When a week opens and many ask for the same times at once, most attempts lose; they now get
 * their answer at once instead of each waiting its turn at the lock. It refuses only what the
 * locked check would refuse too (same code and text); whatever passes is decided there.
 */
export async function refuseIfTaken(
  db: Db,
  mentorId: string,
  meeting: { start: Date; end: Date },
): Promise<void> {
  const [taken] = await takenProbe(db).execute({ mentorId, start: meeting.start, end: meeting.end });
  if (taken) throw new AppError(409, 'slot_overlaps', REJECTIONS.overlaps as string);
}

const takenProbe = preparedStatement((db) =>
  db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.mentorId, sql.placeholder('mentorId')),
        eq(bookings.status, 'confirmed'),
        lt(bookings.blockedFrom, sql.placeholder('end')),
        gt(bookings.blockedUntil, sql.placeholder('start')),
      ),
    )
    .limit(1)
    .prepare('slot_taken'),
);

/** Re-checks every rule on the server (never trusting the client's slot): 409 with the reason. */
export async function checkSlot(
  tx: Tx,
  avail: Availability,
  who: { mentorId: string; actorId: string; exceptBookingId?: string },
  meeting: { start: Date; end: Date },
  now: Date,
): Promise<void> {
  const busy = await loadBusy(
    tx,
    who,
    new Date(now.getTime() - 8 * DAY),
    new Date(now.getTime() + (avail.horizonDays + 8) * DAY),
  );
  const verdict = validateSlot(avail, busy, meeting.start.getTime(), meeting.end.getTime(), now.getTime());
  if (!verdict.ok) {
    throw new AppError(
      409,
      `slot_${verdict.reason}`,
      REJECTIONS[verdict.reason] ?? 'This time cannot be booked.',
    );
  }
}

export async function programBookingPolicy(
  tx: Tx,
  programId: string,
): Promise<{ reminderHours: number; actorChangeNoticeHours: number }> {
  const [program] = await tx
    .select({
      reminderHours: programs.reminderHours,
      actorChangeNoticeHours: programs.actorChangeNoticeHours,
    })
    .from(programs)
    .where(eq(programs.id, programId));
  return {
    reminderHours: program?.reminderHours ?? 24,
    actorChangeNoticeHours: program?.actorChangeNoticeHours ?? 24,
  };
}
