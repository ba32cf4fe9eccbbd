import type { Availability } from '@mentoring/contracts';
import { type Db, preparedStatement } from '@mentoring/db';
import { availability, participants } from '@mentoring/db/schema';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { defaultAvailability, toAvailability } from './availability-row.ts';

export type MentorRelation = 'self' | 'coordinator' | 'actor';

const mentorId = sql.placeholder('mentorId');
const userId = sql.placeholder('userId');

/**
 * One row if the mentor mentors in some program (none: 404), saying whether the caller coordinates
 * one of those programs, and whether the caller is an actor, still in the program, of an active
 * pair with the mentor there; with the mentor's availability, which every caller of this wants
 * next. One prepared round trip: every slot search asks it.
 */
const relationOf = preparedStatement((db) =>
  db
    .select({
      coordinates: sql<boolean>`exists (
        select 1 from participants m join participants c on c.program_id = m.program_id
        where m.user_id = ${mentorId} and m.role = 'mentor' and m.removed_at is null
          and c.user_id = ${userId} and c.role = 'coordinator' and c.removed_at is null)`,
      pairs: sql<boolean>`exists (
        select 1 from matches x
        join participants m on m.program_id = x.program_id and m.user_id = x.mentor_id
          and m.role = 'mentor' and m.removed_at is null
        join participants a on a.program_id = x.program_id and a.user_id = x.actor_id and a.removed_at is null
        where x.mentor_id = ${mentorId} and x.actor_id = ${userId} and x.status = 'active')`,
      availability,
    })
    .from(participants)
    .leftJoin(availability, eq(availability.mentorId, participants.userId))
    .where(
      and(eq(participants.userId, mentorId), eq(participants.role, 'mentor'), isNull(participants.removedAt)),
    )
    .limit(1)
    .prepare('mentor_relation'),
);

/**
 * How the caller relates to a mentor, for availability and slots: the mentor themself, a
 * coordinator (or admin) of a program they mentor in, or an actor with an active pair with them;
 * and the mentor's availability (the defaults when they have set none). Read only after the
 * relation allows it: callers throw before they use it.
 */
export async function mentorAccess(
  db: Db,
  user: AuthUser,
  mentor: string,
): Promise<{ relation: MentorRelation; availability: Availability }> {
  const [row] = await relationOf(db).execute({ mentorId: mentor, userId: user.id });
  if (!row) throw notFound('Mentor');
  const rules = row.availability ? toAvailability(row.availability) : defaultAvailability(mentor);
  if (user.id === mentor) return { relation: 'self', availability: rules };
  if (user.isAdmin || row.coordinates) return { relation: 'coordinator', availability: rules };
  if (row.pairs) return { relation: 'actor', availability: rules };
  throw forbidden();
}
