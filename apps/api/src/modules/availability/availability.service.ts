import type { Availability, AvailabilityBody } from '@mentoring/contracts';
import { type Db, preparedStatement, type Tx } from '@mentoring/db';
import { availability } from '@mentoring/db/schema';
import { validateAvailability } from '@mentoring/scheduling';
import { eq, sql } from 'drizzle-orm';
import { AppError, forbidden } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { defaultAvailability, toAvailability } from './availability-row.ts';
import { mentorAccess } from './mentor-access.ts';

const availabilityOf = preparedStatement((db) =>
  db
    .select()
    .from(availability)
    .where(eq(availability.mentorId, sql.placeholder('mentorId')))
    .prepare('availability_of'),
);

export async function loadAvailability(db: Tx, mentorId: string): Promise<Availability> {
  const [row] = await availabilityOf(db).execute({ mentorId });
  return row ? toAvailability(row) : defaultAvailability(mentorId);
}

export function createAvailabilityService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async get(user: AuthUser, mentorId: string): Promise<Availability> {
      const { relation, availability } = await mentorAccess(db, user, mentorId);
      if (relation === 'actor') throw forbidden('Actors see the free times, not the rules behind them.');
      return availability;
    },

    async put(user: AuthUser, mentorId: string, body: AvailabilityBody): Promise<Availability> {
      const { relation } = await mentorAccess(db, user, mentorId);
      if (relation === 'actor') throw forbidden();
      const problems = validateAvailability(body);
      if (problems.length > 0) {
        throw new AppError(400, 'invalid_availability', 'Some availability rules are not valid.', {
          fieldErrors: problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
        });
      }
      const values = { ...body, updatedAt: clock() };
      await db
        .insert(availability)
        .values({ mentorId, ...values })
        .onConflictDoUpdate({ target: availability.mentorId, set: values });
      return loadAvailability(db, mentorId);
    },
  };
}
export type AvailabilityService = ReturnType<typeof createAvailabilityService>;
