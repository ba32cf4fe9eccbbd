import type { ErasureReport } from '@mentoring/contracts';
import {
  attendance,
  auditLog,
  authThrottle,
  availability,
  bookings,
  calendarFeeds,
  conflictsOfInterest,
  invitations,
  jobMarks,
  matches,
  outbox,
  participants,
  passwordResets,
  profiles,
  refreshTokens,
  supervisionGroups,
  surveyResponses,
  surveys,
  users,
  wishes,
} from '@mentoring/db/schema';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { recordAudit, requireAdmin } from '../audit/audit.ts';
import { cancelUpcomingMeetings } from '../bookings/cancel-upcoming.ts';
import { ERASED_REASON, erasePairTexts, nilIfEmpty } from './erase-pair-texts.ts';

export const ERASED_NAME = 'Poistettu käyttäjä';

/**
 * Rows that keep pointing at the anonymised users row after erasure, so that counts stay right:
 * memberships (role counts), pairs and their meetings (the partner's history, pair figures),
 * event sign-ups and participations and supervision-group members (funder figures count distinct
 * people), survey recipients (response rates). The erasure test allows the id only here, in the
 * users row itself and in the one audit entry of the erasure.
 */
export const KEPT_REFERENCES: Record<string, readonly string[]> = {
  participants: ['user_id'],
  matches: ['mentor_id', 'actor_id'],
  bookings: ['mentor_id', 'actor_id'],
  event_registrations: ['user_id'],
  attendance: ['user_id'],
  supervision_group_members: ['user_id'],
  survey_recipients: ['user_id'],
};

/**
 * An administrator erases a person: their account becomes an anonymous placeholder, their own
 * texts and secrets are deleted, and other people's records that mention them lose the link.
 * Aggregates (pairs, meetings held, participations, survey results) stay as they were.
 */
export async function eraseUser(deps: ServiceDeps, admin: AuthUser, userId: string): Promise<ErasureReport> {
  const { db, clock } = deps;
  requireAdmin(admin);
  if (admin.id === userId)
    throw new AppError(409, 'cannot_erase_self', 'Administrators cannot erase themselves.');
  const now = clock();
  return db.transaction(async (tx) => {
    const [person] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!person) throw notFound('User');
    if (person.erasedAt) throw new AppError(409, 'already_erased', 'This person has already been erased.');
    const counts: Record<string, number> = {};
    const count = (table: string, rows: unknown[]) => {
      counts[table] = (counts[table] ?? 0) + rows.length;
    };
    const email = person.email.toLowerCase();

    // Secrets and what only they own: deleted.
    count(
      'refresh_tokens',
      await tx.delete(refreshTokens).where(eq(refreshTokens.userId, userId)).returning(),
    );
    count(
      'password_resets',
      await tx.delete(passwordResets).where(eq(passwordResets.userId, userId)).returning(),
    );
    count(
      'calendar_feeds',
      await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning(),
    );
    count('availability', await tx.delete(availability).where(eq(availability.mentorId, userId)).returning());
    count(
      'invitations',
      await tx
        .delete(invitations)
        .where(or(eq(invitations.acceptedBy, userId), sql`lower(${invitations.email}) = ${email}`))
        .returning(),
    );
    count(
      'invitations',
      await tx
        .update(invitations)
        .set({ invitedBy: null })
        .where(eq(invitations.invitedBy, userId))
        .returning(),
    );
    const memberships = await tx
      .select({ id: participants.id, programId: participants.programId, removedAt: participants.removedAt })
      .from(participants)
      .where(eq(participants.userId, userId));
    count(
      'profiles',
      await tx
        .delete(profiles)
        .where(inArray(profiles.participantId, nilIfEmpty(memberships.map((m) => m.id))))
        .returning(),
    );
    count(
      'participants',
      await tx
        .update(participants)
        .set({ removedAt: now })
        .where(and(eq(participants.userId, userId), isNull(participants.removedAt)))
        .returning(),
    );
    // A wish or a declared conflict means nothing once one side is gone.
    count(
      'wishes',
      await tx
        .delete(wishes)
        .where(or(eq(wishes.actorId, userId), eq(wishes.mentorId, userId)))
        .returning(),
    );
    count(
      'conflicts_of_interest',
      await tx
        .delete(conflictsOfInterest)
        .where(or(eq(conflictsOfInterest.mentorId, userId), eq(conflictsOfInterest.actorId, userId)))
        .returning(),
    );
    count(
      'auth_throttle',
      await tx
        .delete(authThrottle)
        .where(sql`lower(${authThrottle.key}) like ${`%:${email}`}`)
        .returning(),
    );
    count(
      'outbox',
      await tx.delete(outbox).where(sql`lower(${outbox.payload}->>'to') = ${email}`).returning(),
    );
    count(
      'job_marks',
      await tx
        .delete(jobMarks)
        .where(sql`${jobMarks.key} like ${`%${userId}%`}`)
        .returning(),
    );

    await erasePairTexts(tx, userId, now, count);

    // Other people's records keep what they did, without who did it.
    count(
      'matches',
      await tx.update(matches).set({ createdBy: null }).where(eq(matches.createdBy, userId)).returning(),
    );
    count(
      'bookings',
      await tx.update(bookings).set({ createdBy: null }).where(eq(bookings.createdBy, userId)).returning(),
    );
    count(
      'bookings',
      await tx
        .update(bookings)
        .set({ cancelledBy: null })
        .where(eq(bookings.cancelledBy, userId))
        .returning(),
    );
    count(
      'attendance',
      await tx.update(attendance).set({ markedBy: null }).where(eq(attendance.markedBy, userId)).returning(),
    );
    count(
      'surveys',
      await tx.update(surveys).set({ createdBy: null }).where(eq(surveys.createdBy, userId)).returning(),
    );
    count(
      'supervision_groups',
      await tx
        .update(supervisionGroups)
        .set({ supervisorId: null, supervisorName: '' })
        .where(eq(supervisionGroups.supervisorId, userId))
        .returning(),
    );
    // Answers stay for the anonymous results; only the link to their author goes.
    count(
      'survey_responses',
      await tx
        .update(surveyResponses)
        .set({ userId: null })
        .where(eq(surveyResponses.userId, userId))
        .returning(),
    );
    count(
      'audit_log',
      await tx.update(auditLog).set({ actorId: null }).where(eq(auditLog.actorId, userId)).returning(),
    );
    count(
      'audit_log',
      await tx.update(auditLog).set({ subjectId: null }).where(eq(auditLog.subjectId, userId)).returning(),
    );

    await tx
      .update(users)
      .set({
        name: ERASED_NAME,
        email: `erased-${userId}@invalid`,
        passwordHash: null,
        isActive: false,
        isAdmin: false,
        erasedAt: now,
        updatedAt: now,
      })
      .where(eq(users.id, userId));
    counts.users = 1;
    // Their upcoming meetings are cancelled as on removal from a program. This comes after the
    // anonymising, so the partner's cancellation names no one, and the erased get no email.
    for (const { programId } of memberships.filter((m) => m.removedAt === null)) {
      counts.cancelled_meetings =
        (counts.cancelled_meetings ?? 0) +
        (await cancelUpcomingMeetings(tx, deps, {
          programId,
          userId,
          cancelledBy: admin.id,
          reason: ERASED_REASON,
        }));
    }
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'user.erase',
      subjectId: userId,
      details: { tables: counts },
      at: now,
    });
    return { userId, erasedAt: now.toISOString(), tables: counts };
  });
}
