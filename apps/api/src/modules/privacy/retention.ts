import type { Db } from '@mentoring/db';
import {
  actionItems,
  bookings,
  checkIns,
  goals,
  matchClosures,
  matches,
  programs,
  sessionLogs,
  surveyAnswers,
  surveyResponses,
  surveys,
} from '@mentoring/db/schema';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Clock } from '../../lib/clock.ts';
import { recordAudit } from '../audit/audit.ts';

/** The first instant texts may be deleted: the day after the program ends, plus the retention months (UTC). */
export function retentionDeadline(endsOn: string, retentionMonths: number): Date {
  const [year, month, day] = endsOn.split('-').map(Number) as [number, number, number];
  const targetMonth = month - 1 + retentionMonths;
  // Like PostgreSQL's date + interval: 31 January + 1 month is the last day of February.
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay) + 1));
}

/**
 * The scheduled retention job: for each program whose retention period has passed, clears the
 * session texts (shared summaries, private notes, reflections, action items, meeting agendas),
 * goal texts and check-in notes, closing reflections and survey free-text answers. Counts,
 * dates, ratings and choices stay, so reports do not change. Each program is purged once:
 * setting `texts_purged_at` is the claim, so many processes can run the job.
 */
export async function purgeExpiredTexts({ db, clock }: { db: Db; clock: Clock }): Promise<number> {
  const now = clock();
  const candidates = await db
    .select({ id: programs.id, endsOn: programs.endsOn, retentionMonths: programs.retentionMonths })
    .from(programs)
    .where(and(isNotNull(programs.retentionMonths), isNull(programs.textsPurgedAt)));
  let purged = 0;
  for (const program of candidates) {
    if (program.retentionMonths === null) continue;
    if (retentionDeadline(program.endsOn, program.retentionMonths) > now) continue;
    const done = await db.transaction(async (tx) => {
      const claimed = await tx
        .update(programs)
        .set({ textsPurgedAt: now })
        .where(and(eq(programs.id, program.id), isNull(programs.textsPurgedAt)))
        .returning({ id: programs.id });
      if (claimed.length === 0) return false;
      const pairIds = tx.select({ id: matches.id }).from(matches).where(eq(matches.programId, program.id));
      const goalIds = tx.select({ id: goals.id }).from(goals).where(inArray(goals.matchId, pairIds));
      const surveyIds = tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.programId, program.id));
      const responseIds = tx
        .select({ id: surveyResponses.id })
        .from(surveyResponses)
        .where(inArray(surveyResponses.surveyId, surveyIds));
      const sessions = await tx
        .update(sessionLogs)
        .set({ sharedSummary: '', privateNote: '', reflection: null })
        .where(eq(sessionLogs.programId, program.id))
        .returning({ id: sessionLogs.id });
      await tx.update(actionItems).set({ text: '' }).where(inArray(actionItems.matchId, pairIds));
      await tx.update(bookings).set({ agenda: '' }).where(eq(bookings.programId, program.id));
      await tx
        .update(goals)
        .set({ title: '', description: '', successCriteria: '', mentorComment: '' })
        .where(inArray(goals.matchId, pairIds));
      await tx.update(checkIns).set({ note: '' }).where(inArray(checkIns.goalId, goalIds));
      await tx
        .update(matchClosures)
        .set({ actorReflection: null, mentorReflection: null })
        .where(inArray(matchClosures.matchId, pairIds));
      const answers = await tx
        .update(surveyAnswers)
        .set({ text: null })
        .where(and(inArray(surveyAnswers.responseId, responseIds), isNotNull(surveyAnswers.text)))
        .returning({ id: surveyAnswers.responseId });
      await recordAudit(tx, {
        actorId: null,
        action: 'retention.purge',
        programId: program.id,
        details: { sessions: sessions.length, surveyTextAnswers: answers.length },
        at: now,
      });
      return true;
    });
    if (done) purged++;
  }
  return purged;
}
