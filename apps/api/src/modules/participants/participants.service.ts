import type { Participant, ParticipantRole } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { matches, participants, users } from '@mentoring/db/schema';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import {
  ANY_ROLE,
  type ProgramAccess,
  requireMembership,
  requireWritable,
} from '../access/access.service.ts';
import { cancelUpcomingMeetings } from '../bookings/cancel-upcoming.ts';
import { profileCompleteness } from '../profiles/completeness.ts';
import { loadProfiles } from '../profiles/profiles.repository.ts';
import { canSeeEmails, canSeeParticipant, canSeeProfile, redactProfile, type Viewer } from './visibility.ts';

/** The viewer as the visibility rules need them: a mentor's matched actors come from their pairs. */
export async function viewerOf(db: Db, user: AuthUser, access: ProgramAccess): Promise<Viewer> {
  let matchedActorIds = new Set<string>();
  if (access.role === 'mentor') {
    const rows = await db
      .select({ actorId: matches.actorId })
      .from(matches)
      .where(
        and(
          eq(matches.programId, access.program.id),
          eq(matches.mentorId, user.id),
          inArray(matches.status, ['active', 'paused', 'completed', 'ended']),
        ),
      );
    matchedActorIds = new Set(rows.map((r) => r.actorId));
  }
  return { userId: user.id, role: access.role, isAdmin: access.isAdmin, matchedActorIds };
}

/** The reason a removal gives on the meetings it cancels (shown in the cancellation email). */
const REMOVED_REASON = 'Poistettu ohjelmasta / Removed from the program';

export function createParticipantsService({ db, clock, publicUrl }: ServiceDeps) {
  return {
    async list(user: AuthUser, programId: string, role?: ParticipantRole): Promise<Participant[]> {
      const access = await requireMembership(db, user, programId, ANY_ROLE);
      const viewer = await viewerOf(db, user, access);
      const rows = await db
        .select({
          participantId: participants.id,
          userId: users.id,
          name: users.name,
          email: users.email,
          role: participants.role,
          joinedAt: participants.createdAt,
        })
        .from(participants)
        .innerJoin(users, eq(users.id, participants.userId))
        .where(
          and(
            eq(participants.programId, programId),
            isNull(participants.removedAt),
            role ? eq(participants.role, role) : undefined,
          ),
        )
        .orderBy(asc(participants.role), asc(users.name));
      const visible = rows.filter((row) => canSeeParticipant(viewer, row));
      const profiles = await loadProfiles(
        db,
        programId,
        visible.filter((row) => canSeeProfile(viewer, row)),
      );
      return visible.map((row) => {
        const profile = profiles.get(row.userId);
        return {
          userId: row.userId,
          name: row.name,
          email: canSeeEmails(viewer) ? row.email : null,
          role: row.role,
          joinedAt: row.joinedAt.toISOString(),
          profile: profile ? redactProfile(viewer, row.userId, profile) : null,
          profileCompleteness: profile ? profileCompleteness(row.role, profile) : null,
        };
      });
    },

    /** Ends a membership; the person's history stays, their access to the program goes. */
    async remove(user: AuthUser, programId: string, userId: string): Promise<void> {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      requireWritable(program);
      const [target] = await db
        .select()
        .from(participants)
        .where(
          and(
            eq(participants.programId, programId),
            eq(participants.userId, userId),
            isNull(participants.removedAt),
          ),
        );
      if (!target) throw notFound('Participant');
      if (target.role === 'coordinator') {
        const [row] = await db
          .select({ n: count() })
          .from(participants)
          .where(
            and(
              eq(participants.programId, programId),
              eq(participants.role, 'coordinator'),
              isNull(participants.removedAt),
            ),
          );
        if ((row?.n ?? 0) <= 1)
          throw new AppError(409, 'last_coordinator', 'A program needs at least one coordinator.');
      }
      // Access ends at once (see requirePair), and their upcoming meetings here are cancelled.
      await db.transaction(async (tx) => {
        await tx.update(participants).set({ removedAt: clock() }).where(eq(participants.id, target.id));
        await cancelUpcomingMeetings(
          tx,
          { db, clock, publicUrl },
          { programId, userId, cancelledBy: user.id, reason: REMOVED_REASON },
        );
      });
    },
  };
}
export type ParticipantsService = ReturnType<typeof createParticipantsService>;
