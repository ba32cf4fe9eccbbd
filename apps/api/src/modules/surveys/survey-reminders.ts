import { surveyRecipients, surveys, users } from '@mentoring/db/schema';
import { and, eq, gt, isNotNull, isNull, lte } from 'drizzle-orm';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { enqueueEmail } from '../outbox/outbox.ts';
import { reminderEmail } from './survey-emails.ts';

const DAY = 86_400_000;
/** How long before the close the one reminder goes out. */
export const REMIND_BEFORE_CLOSE_MS = 3 * DAY;

/**
 * Reminds each recipient who has not answered, once, when an open survey closes within three
 * days. The claim is the conditional update of `reminded_at` in the same transaction as the
 * email, so two workers running this at once cannot both send.
 */
export async function remindUnansweredSurveys(deps: ServiceDeps): Promise<number> {
  const { db, clock, publicUrl } = deps;
  const now = clock();
  const due = await db
    .select({
      surveyId: surveys.id,
      programId: surveys.programId,
      title: surveys.title,
      closesAt: surveys.closesAt,
      userId: users.id,
      email: users.email,
      name: users.name,
    })
    .from(surveyRecipients)
    .innerJoin(surveys, eq(surveys.id, surveyRecipients.surveyId))
    .innerJoin(users, eq(users.id, surveyRecipients.userId))
    .where(
      and(
        isNotNull(surveys.sentAt),
        lte(surveys.opensAt, now),
        gt(surveys.closesAt, now),
        lte(surveys.closesAt, new Date(now.getTime() + REMIND_BEFORE_CLOSE_MS)),
        isNull(surveyRecipients.answeredAt),
        isNull(surveyRecipients.remindedAt),
        eq(users.isActive, true),
      ),
    );
  let sent = 0;
  for (const person of due) {
    await db.transaction(async (tx) => {
      const claimed = await tx
        .update(surveyRecipients)
        .set({ remindedAt: now })
        .where(
          and(
            eq(surveyRecipients.surveyId, person.surveyId),
            eq(surveyRecipients.userId, person.userId),
            isNull(surveyRecipients.remindedAt),
            isNull(surveyRecipients.answeredAt),
          ),
        )
        .returning({ userId: surveyRecipients.userId });
      if (claimed.length === 0) return;
      const survey = {
        id: person.surveyId,
        programId: person.programId,
        title: person.title,
        closesAt: person.closesAt,
      };
      await enqueueEmail(
        tx,
        reminderEmail({ to: person, survey, publicUrl }),
        now,
        `survey:${person.surveyId}`,
      );
      sent++;
    });
  }
  return sent;
}
