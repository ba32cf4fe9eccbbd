import type { PairHealth, ProgramHealth } from '@mentoring/contracts';
import { type Db, queryRows } from '@mentoring/db';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership } from '../access/access.service.ts';
import { pairState } from './pair-state.ts';

interface Row {
  match_id: string;
  mentor_id: string;
  mentor_name: string;
  actor_id: string;
  actor_name: string;
  status: string;
  published_at: Date | string | null;
  last_meeting_at: Date | string | null;
  next_meeting_at: Date | string | null;
  sessions_held: number;
  open_items: number;
  overdue_items: number;
  latest_rating: number | string | null;
}

const toDate = (value: Date | string | null) => (value === null ? null : new Date(value));

export function createHealthService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /**
     * Every published pair of the program with its meetings, action items and latest goal rating,
     * computed by one aggregate query (each side table read once, grouped by pair).
     */
    async program(user: AuthUser, programId: string): Promise<ProgramHealth> {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      const now = clock();
      const today = now.toISOString().slice(0, 10);
      const programStart = new Date(`${program.startsOn}T00:00:00Z`);
      const weekOrigin = new Date(programStart.getTime() - ((programStart.getUTCDay() + 6) % 7) * 86_400_000);
      // Both queries at once, on two connections: the dashboard waits for the slower one only.
      const [rows, weekRows] = await Promise.all([
        queryRows<Row>(
          db,
          sql`with pairs as (
              select m.id, m.mentor_id, m.actor_id, m.status, m.published_at
              from matches m where m.program_id = ${programId} and m.status <> 'proposed'),
            held as (
              select s.match_id, max(s.held_at) as last_log, count(*)::int as n
              from session_logs s where s.program_id = ${programId} group by s.match_id),
            booked as (
              select b.match_id,
                     max(b.starts_at) filter (where b.starts_at <= ${now}::timestamptz) as last_booked,
                     min(b.starts_at) filter (where b.starts_at > ${now}::timestamptz) as next_booked
              from bookings b where b.program_id = ${programId} and b.status = 'confirmed' group by b.match_id),
            items as (
              select a.match_id,
                     count(*) filter (where a.done_at is null)::int as open,
                     count(*) filter (where a.done_at is null and a.due_on < ${today}::date)::int as overdue
              from action_items a join pairs p on p.id = a.match_id group by a.match_id),
            ratings as (
              select distinct on (g.match_id) g.match_id, c.rating
              from check_ins c join goals g on g.id = c.goal_id join pairs p on p.id = g.match_id
              where c.rated_by = 'actor'
              order by g.match_id, c.created_at desc)
            select p.id as match_id, p.mentor_id, mu.name as mentor_name, p.actor_id, au.name as actor_name,
                   p.status, p.published_at,
                   greatest(h.last_log, k.last_booked) as last_meeting_at, k.next_booked as next_meeting_at,
                   coalesce(h.n, 0) as sessions_held, coalesce(i.open, 0) as open_items,
                   coalesce(i.overdue, 0) as overdue_items, r.rating as latest_rating
            from pairs p
            join users mu on mu.id = p.mentor_id
            join users au on au.id = p.actor_id
            left join held h on h.match_id = p.id
            left join booked k on k.match_id = p.id
            left join items i on i.match_id = p.id
            left join ratings r on r.match_id = p.id
            order by mu.name, au.name`,
        ),
        // Meetings per week, counted in whole weeks from the Monday of the program's first week
        // (integer arithmetic on instants: much cheaper than a time-zone conversion per row).
        queryRows<{ week: number; meetings: number }>(
          db,
          sql`select floor(extract(epoch from held_at - ${weekOrigin}::timestamptz) / 604800)::int as week, count(*)::int as meetings
              from session_logs where program_id = ${programId} group by 1 order by 1`,
        ),
      ]);
      // The target is pro-rated over the program's run so far.
      const start = new Date(`${program.startsOn}T00:00:00Z`).getTime();
      const end = new Date(`${program.endsOn}T23:59:59Z`).getTime();
      const share = Math.min(1, Math.max(0, (now.getTime() - start) / Math.max(1, end - start)));
      const expected = Math.round(program.targetMeetingsPerPair * share * 10) / 10;
      const thresholds = {
        quietDays: program.healthQuietDays,
        atRiskDays: program.healthAtRiskDays,
        firstMeetingDays: program.healthFirstMeetingDays,
      };
      const pairs: PairHealth[] = rows.map((row) => {
        const lastMeetingAt = toDate(row.last_meeting_at);
        const { state, reasons } = pairState(
          {
            status: row.status,
            publishedAt: toDate(row.published_at),
            lastMeetingAt,
            sessionsHeld: row.sessions_held,
            sessionsExpected: expected,
          },
          thresholds,
          now,
        );
        return {
          matchId: row.match_id,
          mentorId: row.mentor_id,
          mentorName: row.mentor_name,
          actorId: row.actor_id,
          actorName: row.actor_name,
          status: row.status,
          state,
          reasons,
          lastMeetingAt: lastMeetingAt?.toISOString() ?? null,
          nextMeetingAt: toDate(row.next_meeting_at)?.toISOString() ?? null,
          sessionsHeld: row.sessions_held,
          sessionsExpected: expected,
          openActionItems: row.open_items,
          overdueActionItems: row.overdue_items,
          latestGoalRating: row.latest_rating === null ? null : Number(row.latest_rating),
        };
      });
      const meetingsPerWeek = weekRows.map((w) => ({
        weekStart: new Date(weekOrigin.getTime() + w.week * 7 * 86_400_000).toISOString().slice(0, 10),
        meetings: w.meetings,
      }));
      const counts = { on_track: 0, needs_check_in: 0, at_risk: 0, closed: 0 };
      for (const pair of pairs) counts[pair.state]++;
      return { pairs, counts, meetingsPerWeek };
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
