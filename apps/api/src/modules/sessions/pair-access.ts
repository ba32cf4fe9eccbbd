import type { Db } from '@mentoring/db';
import { matches, participants, programs } from '@mentoring/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';

export type MatchRow = typeof matches.$inferSelect;
export type PairRole = 'mentor' | 'actor' | 'coordinator';

/**
 * Who the caller is to a pair: its mentor, its actor, or a coordinator (or admin) of its program.
 * The mentor and actor only while they are still in the program: someone removed from it no
 * longer reads the pair's goals, logs or reflections (their own texts stay in their data export).
 * Everyone else gets 403; a missing pair 404. Unpublished (proposed) pairs are the coordinator's only.
 */
export async function requirePair(
  db: Db,
  user: AuthUser,
  matchId: string,
): Promise<{ match: MatchRow; as: PairRole; archived: boolean }> {
  // One query: the pair, its program, and the caller's current role in that program (if any).
  const [row] = await db
    .select({ match: matches, archivedAt: programs.archivedAt, role: participants.role })
    .from(matches)
    .innerJoin(programs, eq(programs.id, matches.programId))
    .leftJoin(
      participants,
      and(
        eq(participants.programId, matches.programId),
        eq(participants.userId, user.id),
        isNull(participants.removedAt),
      ),
    )
    .where(eq(matches.id, matchId));
  if (!row) throw notFound('Pair');
  const { match, role } = row;
  const archived = row.archivedAt !== null;
  const published = match.status !== 'proposed';
  const member = role !== null;
  if (published && member && match.mentorId === user.id) return { match, as: 'mentor', archived };
  if (published && member && match.actorId === user.id) return { match, as: 'actor', archived };
  if (user.isAdmin || role === 'coordinator') return { match, as: 'coordinator', archived };
  throw forbidden();
}
