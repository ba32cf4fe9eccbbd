import type { PairHealth, ProgramHealth } from '@mentoring/contracts';
import { type Db, preparedRows } from '@mentoring/db';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { type ProgramRow, requireMembership } from '../access/access.service.ts';
import { pairState } from './pair-state.ts';

interface Row {
  match_id: string;
  mentor_id: string;
  mentor_name: string;
  actor_id: string;
  actor_name: string;
  status: string;
  published_at: number | null;
  last_meeting_at: number | null;
  next_meeting_at: number | null;
  sessions_held: number;
  open_items: number;
  overdue_items: number;
  latest_rating: number | string | null;
}

// Instants arrive as epoch milliseconds: date_part gives a float8, which both drivers hand over as
// a number, where a timestamptz comes as text that took 5 ms a dashboard to parse at 5,000 pairs.
const toDate = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs));
const programParam = sql.placeholder('programId');
const nowParam = sql.placeholder('now');

// Sessions and ratings come from pair_activity (kept by triggers); the clock-dependent figures are
// index probes: open items from a partial index of open ones, the last and next booking from one
// range of (match_id, starts_at) of confirmed bookings a pair. Prepared: planning it cost about
// as much as running it for a cohort-sized program.
const pairRows = preparedRows<Row>(
  'health_pairs',
  sql`select m.id as match_id, m.mentor_id, mu.name as mentor_name, m.actor_id, au.name as actor_name,
           m.status, date_part('epoch', m.published_at) * 1000 as published_at,
           date_part('epoch', greatest(pa.last_session_at, bk.last_at)) * 1000 as last_meeting_at,
           date_part('epoch', bk.next_at) * 1000 as next_meeting_at,
           coalesce(pa.sessions_held, 0) as sessions_held,
           coalesce(i.open, 0) as open_items, coalesce(i.overdue, 0) as overdue_items,
           pa.latest_actor_rating as latest_rating
    from matches m
    join users mu on mu.id = m.mentor_id
    join users au on au.id = m.actor_id
    left join pair_activity pa on pa.match_id = m.id
    left join lateral (
      select max(b.starts_at) filter (where b.starts_at <= ${nowParam}::timestamptz) as last_at,
             min(b.starts_at) filter (where b.starts_at > ${nowParam}::timestamptz) as next_at
      from bookings b where b.match_id = m.id and b.status = 'confirmed') bk on true
    left join (
      select a.match_id, count(*)::int as open,
             count(*) filter (where a.due_on < ${sql.placeholder('today')}::date)::int as overdue
      from action_items a join matches am on am.id = a.match_id
      where a.done_at is null and am.program_id = ${programParam}
      group by a.match_id) i on i.match_id = m.id
    where m.program_id = ${programParam} and m.status <> 'proposed'
    order by mu.name, au.name`,
);

// Meetings per week, binned from the Monday of the program's first week. date_bin works on
// instants; extract(epoch ...) is numeric arithmetic and took three times as long.
const meetingsPerWeekRows = preparedRows<{ week: Date | string; meetings: number }>(
  'health_meetings_per_week',
  sql`select date_bin('7 days', held_at, ${sql.placeholder('weekOrigin')}::timestamptz) as week,
             count(*)::int as meetings
      from session_logs where program_id = ${programParam} group by 1 order by 1`,
);

/**
 * The dashboard's SQL: a row a pair, and meetings per week from the Monday of the program's first
 * week. Both at once, on two connections: the dashboard waits for the slower one only.
 */
export async function healthQueries(db: Db, program: ProgramRow, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const programStart = new Date(`${program.startsOn}T00:00:00Z`);
  const weekOrigin = new Date(programStart.getTime() - ((programStart.getUTCDay() + 6) % 7) * 86_400_000);
  const [rows, weekRows] = await Promise.all([
    pairRows(db, { programId: program.id, now, today }),
    meetingsPerWeekRows(db, { programId: program.id, weekOrigin }),
  ]);
  return { rows, weekRows };
}

export function createHealthService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /**
     * Every published pair of the program with its meetings, action items and latest goal rating,
     * in one query that reads a row a pair (see pair_activity) plus a few index probes.
     */
    async program(user: AuthUser, programId: string): Promise<ProgramHealth> {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      const now = clock();
      const { rows, weekRows } = await healthQueries(db, program, now);
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
        weekStart: new Date(w.week).toISOString().slice(0, 10),
        meetings: w.meetings,
      }));
      const counts = { on_track: 0, needs_check_in: 0, at_risk: 0, closed: 0 };
      for (const pair of pairs) counts[pair.state]++;
      return { pairs, counts, meetingsPerWeek };
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
