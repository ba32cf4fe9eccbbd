import type { EventType, Indicators } from '@mentoring/contracts';
import { type Db, queryRows } from '@mentoring/db';
import { type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.ts';
import { indicatorsCsv } from './indicators-csv.ts';
import { reportScope } from './report-scope.ts';

/** Date ranges are read in the organisation's zone: a funder's "2023" is Finnish 2023. */
const ZONE = 'Europe/Helsinki';
/** A survey item counts toward key results only with this many answers in that survey. */
const MIN_ANSWERS = 5;

const n = (value: unknown) => Number(value ?? 0);
const mean = (value: unknown) =>
  value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;

export function createIndicatorsService({ db }: { db: Db }) {
  return {
    /** Every figure is computed from the rows in scope on each call; nothing is stored. */
    async indicators(
      user: AuthUser,
      query: { from: string; to: string; programId?: string | string[] },
    ): Promise<Indicators> {
      const ids = query.programId === undefined ? [] : [query.programId].flat();
      const scope = await reportScope(db, user, ids);
      const programIds = scope.programs.map((p) => p.id);
      const from = sql`(${query.from}::date)::timestamp at time zone ${ZONE}`;
      const to = sql`(${query.to}::date + 1)::timestamp at time zone ${ZONE}`;
      // An empty IN () is a syntax error; a never-matching uuid keeps each query one shape.
      const inPrograms = (column: SQL) =>
        programIds.length > 0 ? sql`${column} in ${programIds}` : sql`false`;
      const eventScope = sql`e.starts_at >= ${from} and e.starts_at < ${to}
        and (${inPrograms(sql`e.program_id`)} ${scope.includesOrganisationEvents ? sql`or e.program_id is null` : sql``})`;
      // Programs whose run overlaps the range.
      const programScope = sql`${inPrograms(sql`p.id`)} and p.starts_on <= ${query.to}::date and p.ends_on >= ${query.from}::date`;

      const [events, people, groups, mentoring, goals, surveys, keyResults] = await Promise.all([
        queryRows<{ type: EventType; count: number }>(
          db,
          sql`select e.type, count(*)::int as count from events e where ${eventScope} group by e.type`,
        ),
        queryRows<{ participations: number; distinct_people: number; students: number }>(
          db,
          // One pass: participations grouped by person, then counted. count(distinct …) would sort
          // every participation row, and a shared CTE would spill them to disk. Students are looked
          // up among student rows only: a hash of those is a fifth of all external people.
          sql`select coalesce(sum(p.n), 0)::int as participations, count(*)::int as distinct_people,
                     count(x.id)::int as students
              from (select a.user_id, a.external_person_id, count(*) as n
                    from attendance a join events e on e.id = a.event_id
                    where ${eventScope}
                    group by a.user_id, a.external_person_id) p
              left join external_people x on x.id = p.external_person_id and x.is_student`,
        ),
        queryRows<{ groups: number; members: number }>(
          db,
          sql`select count(distinct g.id)::int as groups, count(distinct m.user_id)::int as members
              from supervision_groups g join programs p on p.id = g.program_id
              left join supervision_group_members m on m.group_id = g.id
              where ${programScope}`,
        ),
        queryRows<Record<string, unknown>>(
          db,
          sql`with ps as (select p.id from programs p where ${programScope}),
                   pairs as (select m.status from matches m join ps on ps.id = m.program_id
                             where m.status <> 'proposed' and m.published_at < ${to}
                               and (m.ended_at is null or m.ended_at >= ${from}))
              select
                (select count(distinct user_id) from participants x join ps on ps.id = x.program_id
                  where x.role = 'mentor' and x.removed_at is null)::int as mentors,
                (select count(distinct user_id) from participants x join ps on ps.id = x.program_id
                  where x.role = 'actor' and x.removed_at is null)::int as actors,
                (select count(*) from pairs)::int as pairs,
                (select count(*) from pairs where status = 'completed')::int as completed,
                (select count(*) from pairs where status = 'ended')::int as ended,
                (select count(*) from session_logs s join ps on ps.id = s.program_id
                  where s.held_at >= ${from} and s.held_at < ${to})::int as sessions,
                (select coalesce(sum(duration_minutes), 0) from session_logs s join ps on ps.id = s.program_id
                  where s.held_at >= ${from} and s.held_at < ${to})::int as minutes`,
        ),
        queryRows<{ goals: number; rated_twice: number; start_mean: string | null; end_mean: string | null }>(
          db,
          sql`with g as (
                select g.id,
                  (array_agg(c.rating order by c.created_at, c.id) filter (where c.rated_by = 'actor'))[1] as first,
                  (array_agg(c.rating order by c.created_at desc, c.id desc) filter (where c.rated_by = 'actor'))[1] as last,
                  count(c.id) filter (where c.rated_by = 'actor') as ratings
                from goals g join matches m on m.id = g.match_id join programs p on p.id = m.program_id
                left join check_ins c on c.goal_id = g.id
                where ${programScope}
                group by g.id)
              select count(*)::int as goals, count(*) filter (where ratings >= 2)::int as rated_twice,
                     avg(first) filter (where ratings >= 2) as start_mean,
                     avg(last) filter (where ratings >= 2) as end_mean
              from g`,
        ),
        queryRows<{ sent: number; recipients: number; responses: number }>(
          db,
          sql`select count(distinct s.id)::int as sent, count(r.user_id)::int as recipients,
                     count(r.answered_at)::int as responses
              from surveys s join programs p on p.id = s.program_id
              left join survey_recipients r on r.survey_id = s.id
              where ${inPrograms(sql`p.id`)} and s.sent_at is not null and s.opens_at >= ${from} and s.opens_at < ${to}`,
        ),
        // End-of-program items, each survey counted only where it has enough answers, so no
        // choice of range or programs can single out a group smaller than the minimum. A question
        // belongs to one survey (unique key a survey), so answers are counted a question first
        // and its prompt is read once a question rather than once an answer.
        queryRows<{ key: string; prompt: { fi: string; en: string }; mean: string; answers: number }>(
          db,
          sql`with questions as (
                select q.id, q.key, q.prompt
                from surveys s join survey_questions q on q.survey_id = s.id and q.kind = 'likert'
                where ${inPrograms(sql`s.program_id`)} and s.kind = 'end' and s.sent_at is not null
                  and s.opens_at >= ${from} and s.opens_at < ${to}),
              per_question as (
                select a.question_id, avg(a.rating) as mean, count(a.rating) as answers
                from survey_answers a join questions q on q.id = a.question_id
                group by a.question_id having count(a.rating) >= ${MIN_ANSWERS})
              select q.key, min(q.prompt::text)::json as prompt,
                     (sum(pq.mean * pq.answers) / sum(pq.answers)) as mean, sum(pq.answers)::int as answers
              from per_question pq join questions q on q.id = pq.question_id
              group by q.key order by q.key`,
        ),
      ]);

      const byType = { workshop: 0, networking: 0, network_coffee: 0, supervision: 0, other: 0 };
      for (const row of events) byType[row.type] = row.count;
      const m = mentoring[0] ?? {};
      const closed = n(m.completed) + n(m.ended);
      const g = goals[0];
      const s = surveys[0];
      return {
        from: query.from,
        to: query.to,
        programs: scope.programs,
        includesOrganisationEvents: scope.includesOrganisationEvents,
        events: { total: events.reduce((sum, row) => sum + row.count, 0), byType },
        participations: n(people[0]?.participations),
        distinctParticipants: n(people[0]?.distinct_people),
        students: n(people[0]?.students),
        supervisionGroups: { groups: n(groups[0]?.groups), members: n(groups[0]?.members) },
        mentoring: {
          mentors: n(m.mentors),
          actors: n(m.actors),
          pairs: n(m.pairs),
          completed: n(m.completed),
          endedEarly: n(m.ended),
          completionRate: closed > 0 ? Math.round((n(m.completed) / closed) * 1000) / 1000 : null,
          sessions: n(m.sessions),
          sessionHours: Math.round((n(m.minutes) / 60) * 10) / 10,
        },
        goals: {
          goals: n(g?.goals),
          ratedTwice: n(g?.rated_twice),
          startMean: mean(g?.start_mean),
          endMean: mean(g?.end_mean),
        },
        surveys: {
          sent: n(s?.sent),
          recipients: n(s?.recipients),
          responses: n(s?.responses),
          responseRate:
            n(s?.recipients) > 0 ? Math.round((n(s?.responses) / n(s?.recipients)) * 1000) / 1000 : null,
          keyResults: keyResults.map((row) => ({
            key: row.key,
            prompt: typeof row.prompt === 'string' ? JSON.parse(row.prompt) : row.prompt,
            mean: mean(row.mean) ?? 0,
            answers: row.answers,
          })),
        },
      };
    },

    /** The same figures as a file leaving the system: who took which range is audited. */
    async exportCsv(user: AuthUser, query: { from: string; to: string; programId?: string | string[] }) {
      const report = await this.indicators(user, query);
      await recordAudit(db, {
        actorId: user.id,
        action: 'report.export',
        objectType: 'indicators',
        details: { from: report.from, to: report.to, programs: report.programs.map((p) => p.id) },
      });
      return { report, csv: indicatorsCsv(report) };
    },
  };
}
export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
