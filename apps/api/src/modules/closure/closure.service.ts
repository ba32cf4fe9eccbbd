import type { Db } from '@mentoring/db';
import { matchClosures, matches } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { AppError, forbidden } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { checkTransition } from '../matches/transitions.ts';
import { requirePair } from '../sessions/pair-access.ts';

export interface CloseInput {
  outcome: 'completed' | 'ended';
  endedReason?: string | undefined;
  reflection?: string | undefined;
  continueMeeting?: boolean | undefined;
}

/**
 * Closing a pair is a workflow, not a status flip: each person leaves a closing reflection (and the
 * final goal check-in through the goals API); the mentor or a coordinator closes the pair with an
 * outcome, and a reason when it ended early. Ended-early pairs can be re-matched from matching.
 */
export function createClosureService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async close(user: AuthUser, matchId: string, input: CloseInput) {
      const { match, as, archived } = await requirePair(db, user, matchId);
      if (archived)
        throw new AppError(409, 'program_archived', 'This program is archived and can no longer be changed.');
      const now = clock();
      const mine =
        as === 'actor'
          ? { actorReflection: input.reflection ?? null }
          : as === 'mentor'
            ? { mentorReflection: input.reflection ?? null }
            : {};
      const closes = as !== 'actor';
      // An actor's part is the reflection; the status changes when the mentor or a coordinator closes.
      if (closes) checkTransition(match.status, input.outcome, input.endedReason);
      else if (match.status === 'completed' || match.status === 'ended')
        throw new AppError(409, 'invalid_transition', 'This pair is already closed.');
      if (as === 'coordinator' && input.reflection)
        throw forbidden('Closing reflections belong to the pair.');
      const changes = {
        ...mine,
        ...(input.continueMeeting !== undefined ? { continueMeeting: input.continueMeeting } : {}),
      };
      await db.transaction(async (tx) => {
        const insert = tx.insert(matchClosures).values({
          matchId,
          ...mine,
          continueMeeting: input.continueMeeting ?? null,
          closedBy: user.id,
          closedAt: now,
        });
        // A coordinator closing without a choice about meeting on changes nothing in the row.
        await (Object.keys(changes).length > 0
          ? insert.onConflictDoUpdate({ target: matchClosures.matchId, set: changes })
          : insert.onConflictDoNothing({ target: matchClosures.matchId }));
        if (closes) {
          await tx
            .update(matches)
            .set({
              status: input.outcome,
              endedAt: now,
              endedReason: input.endedReason ?? (input.outcome === 'completed' ? 'goals_reached' : null),
            })
            .where(eq(matches.id, matchId));
        }
      });
      return view(matchId, as);
    },

    /** Where the closing stands: the status, the outcome and the reflections given so far. */
    async get(user: AuthUser, matchId: string) {
      const { as } = await requirePair(db, user, matchId);
      return view(matchId, as);
    },
  };

  async function view(matchId: string, as: 'actor' | 'mentor' | 'coordinator') {
    const [closure] = await db.select().from(matchClosures).where(eq(matchClosures.matchId, matchId));
    const [match] = await db.select().from(matches).where(eq(matches.id, matchId));
    return {
      matchId,
      status: match?.status ?? 'ended',
      endedReason: match?.endedReason ?? null,
      continueMeeting: closure?.continueMeeting ?? null,
      // Each person sees their own reflection and the other's; coordinators see neither text.
      actorReflection: as === 'coordinator' ? null : (closure?.actorReflection ?? null),
      mentorReflection: as === 'coordinator' ? null : (closure?.mentorReflection ?? null),
    };
  }
}
export type ClosureService = ReturnType<typeof createClosureService>;
