import type { Db } from '@mentoring/db';
import { matches, participants } from '@mentoring/db/schema';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { currentMemberOf } from '../access/access.service.ts';

export type MentorRelation = 'self' | 'coordinator' | 'actor';

/**
 * How the caller relates to a mentor, for availability and slots: the mentor themself, a
 * coordinator (or admin) of a program they mentor in, or an actor with an active pair with them.
 */
export async function mentorRelation(db: Db, user: AuthUser, mentorId: string): Promise<MentorRelation> {
  const programsMentored = await db
    .select({ programId: participants.programId })
    .from(participants)
    .where(
      and(eq(participants.userId, mentorId), eq(participants.role, 'mentor'), isNull(participants.removedAt)),
    );
  if (programsMentored.length === 0) throw notFound('Mentor');
  if (user.id === mentorId) return 'self';
  if (user.isAdmin) return 'coordinator';
  const programIds = programsMentored.map((p) => p.programId);
  const [coordinator] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.userId, user.id),
        eq(participants.role, 'coordinator'),
        isNull(participants.removedAt),
        inArray(participants.programId, programIds),
      ),
    );
  if (coordinator) return 'coordinator';
  // An actor still in the program of an active pair with this mentor.
  const [pair] = await db
    .select({ id: matches.id })
    .from(matches)
    .innerJoin(participants, currentMemberOf(participants, matches.programId, matches.actorId))
    .where(
      and(
        eq(matches.mentorId, mentorId),
        eq(matches.actorId, user.id),
        eq(matches.status, 'active'),
        inArray(matches.programId, programIds),
      ),
    );
  if (pair) return 'actor';
  throw forbidden();
}
