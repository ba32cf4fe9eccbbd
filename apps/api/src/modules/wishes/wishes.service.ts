import type { Wishes } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { participants, wishes } from '@mentoring/db/schema';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership, requireWritable } from '../access/access.service.ts';

export function createWishesService({ db }: { db: Db }) {
  async function load(programId: string, actorId?: string): Promise<Wishes[]> {
    const rows = await db
      .select()
      .from(wishes)
      .where(and(eq(wishes.programId, programId), actorId ? eq(wishes.actorId, actorId) : undefined))
      .orderBy(asc(wishes.actorId), asc(wishes.rank));
    const byActor = new Map<string, string[]>();
    for (const row of rows) byActor.set(row.actorId, [...(byActor.get(row.actorId) ?? []), row.mentorId]);
    return [...byActor].map(([id, mentorIds]) => ({ actorId: id, mentorIds }));
  }

  return {
    load,

    /** An actor sees their own wishes; coordinators see every actor's. */
    async list(user: AuthUser, programId: string): Promise<Wishes[]> {
      const access = await requireMembership(db, user, programId, ['coordinator', 'actor']);
      if (access.role === 'actor') {
        const [own] = await load(programId, user.id);
        return [own ?? { actorId: user.id, mentorIds: [] }];
      }
      return load(programId);
    },

    /** Replaces the actor's ranked wishes (first = most wished), at most three mentors of the program. */
    async put(user: AuthUser, programId: string, mentorIds: string[]): Promise<Wishes> {
      const { program } = await requireMembership(db, user, programId, ['actor']);
      requireWritable(program);
      if (new Set(mentorIds).size !== mentorIds.length) {
        throw new AppError(400, 'duplicate_wish', 'Each mentor can be wished for once.');
      }
      if (mentorIds.length > 0) {
        const mentors = await db
          .select({ userId: participants.userId })
          .from(participants)
          .where(
            and(
              eq(participants.programId, programId),
              eq(participants.role, 'mentor'),
              isNull(participants.removedAt),
              inArray(participants.userId, mentorIds),
            ),
          );
        const known = new Set(mentors.map((m) => m.userId));
        const fieldErrors = mentorIds.flatMap((id, i) =>
          known.has(id) ? [] : [{ path: `body.mentorIds.${i}`, message: 'Not a mentor of this program' }],
        );
        if (fieldErrors.length > 0)
          throw new AppError(400, 'unknown_reference', 'Wish only for mentors of this program.', {
            fieldErrors,
          });
      }
      await db.transaction(async (tx) => {
        await tx.delete(wishes).where(and(eq(wishes.programId, programId), eq(wishes.actorId, user.id)));
        if (mentorIds.length > 0) {
          await tx
            .insert(wishes)
            .values(mentorIds.map((mentorId, i) => ({ programId, actorId: user.id, mentorId, rank: i + 1 })));
        }
      });
      return { actorId: user.id, mentorIds };
    },
  };
}
export type WishesService = ReturnType<typeof createWishesService>;
