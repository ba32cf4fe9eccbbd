import type { Tx } from '@mentoring/db';
import {
  actionItems,
  bookings,
  checkIns,
  goals,
  matchClosures,
  matches,
  sessionLogs,
} from '@mentoring/db/schema';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';

export const ERASED_REASON = 'Osallistuja poistettu / participant erased';

/** `in ()` is not SQL: an empty list becomes the nil uuid, which matches nothing. */
export const nilIfEmpty = (values: string[]) =>
  values.length > 0 ? values : ['00000000-0000-0000-0000-000000000000'];

/**
 * Texts the person wrote in their pairs are cleared; the pairs, meetings, ratings and counts stay,
 * so the partner's history and the program's figures do not change. Open pairs end, since the
 * person can no longer take part (eraseUser then cancels their upcoming meetings, telling the partner).
 */
export async function erasePairTexts(
  tx: Tx,
  userId: string,
  now: Date,
  count: (table: string, rows: unknown[]) => void,
) {
  const asMentor = (
    await tx.select({ id: matches.id }).from(matches).where(eq(matches.mentorId, userId))
  ).map((m) => m.id);
  const asActor = (await tx.select({ id: matches.id }).from(matches).where(eq(matches.actorId, userId))).map(
    (m) => m.id,
  );
  const all = nilIfEmpty([...asMentor, ...asActor]);
  count(
    'matches',
    await tx
      .update(matches)
      .set({ status: 'ended', endedAt: now, endedReason: ERASED_REASON })
      .where(and(inArray(matches.id, all), inArray(matches.status, ['proposed', 'active', 'paused'])))
      .returning(),
  );
  // The pairing explanation was derived from the person's profile.
  await tx.update(matches).set({ explanation: null }).where(inArray(matches.id, all));
  await tx.update(bookings).set({ agenda: '', location: '' }).where(inArray(bookings.matchId, all));

  const authored = await tx
    .update(sessionLogs)
    .set({ sharedSummary: '', privateNote: '', authorId: null, updatedAt: now })
    .where(eq(sessionLogs.authorId, userId))
    .returning({ id: sessionLogs.id });
  count('session_logs', authored);
  await tx
    .update(actionItems)
    .set({ text: '' })
    .where(inArray(actionItems.sessionId, nilIfEmpty(authored.map((s) => s.id))));
  count(
    'session_logs',
    await tx
      .update(sessionLogs)
      .set({ reflection: null })
      .where(and(inArray(sessionLogs.matchId, nilIfEmpty(asActor)), isNotNull(sessionLogs.reflection)))
      .returning(),
  );

  const actorGoals = await tx
    .update(goals)
    .set({ title: '', description: '', successCriteria: '', updatedAt: now })
    .where(inArray(goals.matchId, nilIfEmpty(asActor)))
    .returning({ id: goals.id });
  count('goals', actorGoals);
  await tx
    .update(checkIns)
    .set({ note: '' })
    .where(
      and(inArray(checkIns.goalId, nilIfEmpty(actorGoals.map((g) => g.id))), eq(checkIns.ratedBy, 'actor')),
    );
  const mentorGoals = await tx
    .update(goals)
    .set({ mentorComment: '', updatedAt: now })
    .where(inArray(goals.matchId, nilIfEmpty(asMentor)))
    .returning({ id: goals.id });
  count('goals', mentorGoals);
  await tx
    .update(checkIns)
    .set({ note: '' })
    .where(
      and(inArray(checkIns.goalId, nilIfEmpty(mentorGoals.map((g) => g.id))), eq(checkIns.ratedBy, 'mentor')),
    );

  count(
    'match_closures',
    await tx
      .update(matchClosures)
      .set({ actorReflection: null })
      .where(inArray(matchClosures.matchId, nilIfEmpty(asActor)))
      .returning(),
  );
  count(
    'match_closures',
    await tx
      .update(matchClosures)
      .set({ mentorReflection: null })
      .where(inArray(matchClosures.matchId, nilIfEmpty(asMentor)))
      .returning(),
  );
  await tx.update(matchClosures).set({ closedBy: null }).where(eq(matchClosures.closedBy, userId));
}
