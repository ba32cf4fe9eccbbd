import type { Db } from '@mentoring/db';
import { matches, participants, programs } from '@mentoring/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';

export type MatchRow = typeof matches.$inferSelect;
export type PairRole = 'mentor' | 'actor' | 'coordinator';

/**
 * Who the caller is to a pair: its mentor, its actor, or a coordinator (or admin) of its program.
 * Everyone else gets 403; a missing pair 404. Unpublished (proposed) pairs are the coordinator's only.
 */
export async function requirePair(
  db: Db,
  user: AuthUser,
  matchId: string,
): Promise<{ match: MatchRow; as: PairRole; archived: boolean }> {
  const [row] = await db
    .select({ match: matches, archivedAt: programs.archivedAt })
    .from(matches)
    .innerJoin(programs, eq(programs.id, matches.programId))
    .where(eq(matches.id, matchId));
  if (!row) throw notFound('Pair');
  const { match } = row;
  const archived = row.archivedAt !== null;
  const published = match.status !== 'proposed';
  if (published && match.mentorId === user.id) return { match, as: 'mentor', archived };
  if (published && match.actorId === user.id) return { match, as: 'actor', archived };
  if (user.isAdmin) return { match, as: 'coordinator', archived };
  const [coordinator] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.programId, match.programId),
        eq(participants.userId, user.id),
        eq(participants.role, 'coordinator'),
        isNull(participants.removedAt),
      ),
    );
  if (coordinator) return { match, as: 'coordinator', archived };
  throw forbidden();
}
