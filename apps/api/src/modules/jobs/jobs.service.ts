import { queryRows, type Tx } from '@mentoring/db';
import { jobMarks, pairHealthStates, participants, programs, users } from '@mentoring/db/schema';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import type { HealthService } from '../health/health.service.ts';
import { enqueueEmail } from '../outbox/outbox.ts';

const DAY = 86_400_000;
const meetingDay = new Intl.DateTimeFormat('fi-FI', { dateStyle: 'long', timeZone: 'Europe/Helsinki' });
const STATE_LABELS: Record<string, string> = {
  on_track: 'hyvässä vauhdissa / on track',
  needs_check_in: 'tarvitsee yhteydenoton / needs a check-in',
  at_risk: 'vaarassa / at risk',
  closed: 'päättynyt / closed',
};

/** Claims a once-only key inside the transaction; false when another run already did it. */
async function claimOnce(tx: Tx, key: string, now: Date): Promise<boolean> {
  const rows = await tx
    .insert(jobMarks)
    .values({ key, doneAt: now })
    .onConflictDoNothing()
    .returning({ key: jobMarks.key });
  return rows.length > 0;
}

/** Monday of the ISO week, as YYYY-MM-DD: the digest's once-per-week key. */
function weekKey(now: Date): string {
  const day = (now.getUTCDay() + 6) % 7;
  return new Date(now.getTime() - day * DAY).toISOString().slice(0, 10);
}

export function createJobsService(deps: ServiceDeps & { health: HealthService }) {
  const { db, clock, publicUrl } = deps;

  /** A held meeting still without a log two days later reminds its mentor, once. */
  async function nudgeUnloggedSessions(): Promise<number> {
    const now = clock();
    const due = await queryRows<{
      id: string;
      starts_at: string;
      email: string;
      name: string;
      match_id: string;
    }>(
      db,
      sql`select b.id, b.starts_at, u.email, u.name, b.match_id
          from bookings b join users u on u.id = b.mentor_id
          where b.status = 'confirmed' and b.ends_at < ${new Date(now.getTime() - 2 * DAY)}::timestamptz
            and b.ends_at > ${new Date(now.getTime() - 30 * DAY)}::timestamptz
            and not exists (select 1 from session_logs s where s.booking_id = b.id)
            and not exists (select 1 from job_marks j where j.key = 'log-nudge:' || b.id)`,
    );
    let sent = 0;
    for (const booking of due) {
      await db.transaction(async (tx) => {
        if (!(await claimOnce(tx, `log-nudge:${booking.id}`, now))) return;
        const when = meetingDay.format(new Date(booking.starts_at));
        await enqueueEmail(
          tx,
          {
            to: booking.email,
            subject: 'Kirjaa tapaaminen / Log your session',
            text: [
              `Hei ${booking.name},`,
              '',
              `tapaaminen ${when} odottaa kirjausta. Se vie alle minuutin:`,
              `${publicUrl}/matches/${booking.match_id}/sessions/new?booking=${booking.id}`,
              '',
              `Your meeting on ${when} has not been logged yet. It takes under a minute.`,
            ].join('\n'),
          },
          now,
        );
        sent++;
      });
    }
    return sent;
  }

  /** Once a week, each program's coordinators get the pairs whose health changed since the last digest. */
  async function weeklyDigests(): Promise<number> {
    const now = clock();
    const running = await db.select().from(programs).where(isNull(programs.archivedAt));
    let sent = 0;
    for (const program of running) {
      const coordinators = await db
        .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin })
        .from(participants)
        .innerJoin(users, eq(users.id, participants.userId))
        .where(
          and(
            eq(participants.programId, program.id),
            eq(participants.role, 'coordinator'),
            isNull(participants.removedAt),
          ),
        );
      const first = coordinators[0];
      if (!first) continue;
      const health = await deps.health.program({ id: first.id, isAdmin: first.isAdmin }, program.id);
      await db.transaction(async (tx) => {
        if (!(await claimOnce(tx, `digest:${program.id}:${weekKey(now)}`, now))) return;
        const previous = new Map(
          (await tx.select().from(pairHealthStates)).map((row) => [row.matchId, row.state]),
        );
        const changed = health.pairs.filter((pair) => previous.get(pair.matchId) !== pair.state);
        for (const pair of health.pairs) {
          await tx
            .insert(pairHealthStates)
            .values({ matchId: pair.matchId, state: pair.state, recordedAt: now })
            .onConflictDoUpdate({
              target: pairHealthStates.matchId,
              set: { state: pair.state, recordedAt: now },
            });
        }
        if (changed.length === 0) return;
        const label = (state: string | undefined) => (state ? (STATE_LABELS[state] ?? state) : 'uusi / new');
        const lines = changed.map(
          (p) => `- ${p.mentorName} & ${p.actorName}: ${label(previous.get(p.matchId))} → ${label(p.state)}`,
        );
        for (const coordinator of coordinators) {
          await enqueueEmail(
            tx,
            {
              to: coordinator.email,
              subject: `Viikkokooste: ${program.name} / Weekly digest`,
              text: [
                `Parien tilanne muuttui / Pairs whose health changed (${changed.length}):`,
                ...lines,
                '',
                `${publicUrl}/programs/${program.id}/health`,
              ].join('\n'),
            },
            now,
          );
          sent++;
        }
      });
    }
    return sent;
  }

  return { nudgeUnloggedSessions, weeklyDigests };
}
export type JobsService = ReturnType<typeof createJobsService>;
