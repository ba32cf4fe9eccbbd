import type { Indicators } from '@mentoring/contracts';

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  // Quote what needs it, and defuse spreadsheet formulas (=, +, -, @) in text cells.
  const safe = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",;\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The indicators as two columns (indicator, value) in the order of the printed report. */
export function indicatorsCsv(report: Indicators): string {
  const rows: [string, string | number | null][] = [
    ['from', report.from],
    ['to', report.to],
    ['programs', report.programs.map((p) => p.name).join(' | ')],
    ['events', report.events.total],
    ...Object.entries(report.events.byType).map(([type, count]): [string, number] => [
      `events.${type}`,
      count,
    ]),
    ['participations', report.participations],
    ['distinct_participants', report.distinctParticipants],
    ['students', report.students],
    ['supervision_groups', report.supervisionGroups.groups],
    ['supervision_group_members', report.supervisionGroups.members],
    ['mentors', report.mentoring.mentors],
    ['actors', report.mentoring.actors],
    ['pairs', report.mentoring.pairs],
    ['pairs_completed', report.mentoring.completed],
    ['pairs_ended_early', report.mentoring.endedEarly],
    ['completion_rate', report.mentoring.completionRate],
    ['sessions', report.mentoring.sessions],
    ['session_hours', report.mentoring.sessionHours],
    ['goals', report.goals.goals],
    ['goals_rated_twice', report.goals.ratedTwice],
    ['goal_rating_start_mean', report.goals.startMean],
    ['goal_rating_end_mean', report.goals.endMean],
    ['surveys_sent', report.surveys.sent],
    ['survey_recipients', report.surveys.recipients],
    ['survey_responses', report.surveys.responses],
    ['survey_response_rate', report.surveys.responseRate],
    ...report.surveys.keyResults.map((r): [string, number] => [
      `survey.${r.key}.mean (n=${r.answers})`,
      r.mean,
    ]),
  ];
  return `indicator,value\r\n${rows.map(([k, v]) => `${cell(k)},${cell(v)}`).join('\r\n')}\r\n`;
}
