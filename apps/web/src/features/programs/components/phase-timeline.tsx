import type { Phase } from '@mentoring/contracts';
import { useTranslation } from 'react-i18next';
import {
  addDays,
  daysBetween,
  formatDate,
  formatDateRange,
  formatMonth,
  localToday,
  monthStarts,
  programPhase,
} from '../../../lib/dates.ts';

export interface TimelineProgram {
  startsOn: string;
  endsOn: string;
  archived: boolean;
  phases: readonly Phase[];
}

/** At most this many month labels on the axis, so they never crowd on a phone. */
const MAX_TICKS = 6;

/** Where a date falls across the program, in percent; clamped to the program's span. */
function position(program: TimelineProgram, date: string): number {
  const span = daysBetween(program.startsOn, addDays(program.endsOn, 1));
  const offset = daysBetween(program.startsOn, date);
  return Math.min(100, Math.max(0, (offset / Math.max(span, 1)) * 100));
}

/** Every `step`-th month start, so that at most MAX_TICKS remain; the year shows on the first and in January. */
function ticks(program: TimelineProgram, language: string) {
  const months = monthStarts(program.startsOn, program.endsOn);
  const step = Math.ceil(months.length / MAX_TICKS) || 1;
  return months
    .filter((_, index) => index % step === 0)
    .map((month, index) => ({
      month,
      left: position(program, month),
      label: formatMonth(month, language, index === 0 || month.endsWith('-01-01')),
    }));
}

/**
 * The program's phases as a picture: one lane per phase, its bar placed by date across the program's
 * span, month ticks above and a line for today. The drawing is decoration (aria-hidden); each lane
 * is a list item whose text (name, dates, "ongoing") says everything the bar shows.
 */
export function PhaseTimeline({
  program,
  today = localToday(),
}: {
  program: TimelineProgram;
  today?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (program.phases.length === 0) return <p>{t('timeline.noPhases')}</p>;

  const showToday = !program.archived && today >= program.startsOn && today <= program.endsOn;
  const todayLeft = position(program, today);
  // Near the right edge the "today" flag hangs to the left of its line, so it stays inside the frame.
  const flagClass = todayLeft > 80 ? 'timeline-today-flag timeline-today-flag-end' : 'timeline-today-flag';

  return (
    <figure className="timeline">
      <div className="timeline-axis" aria-hidden="true">
        {ticks(program, language).map((tick) => (
          <span key={tick.month} className="timeline-tick" style={{ left: `${tick.left}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <ol className="timeline-phases">
        {program.phases.map((phase) => {
          const state = programPhase(phase, today);
          const current = showToday && state === 'ongoing';
          const left = position(program, phase.startsOn);
          const width = position(program, addDays(phase.endsOn, 1)) - left;
          return (
            <li key={phase.id} className={`timeline-phase timeline-${current ? 'current' : state}`}>
              <span className="timeline-label">
                <span className="timeline-name">{phase.name.trim() || t(`phaseKinds.${phase.kind}`)}</span>{' '}
                <span className="timeline-dates">
                  {formatDateRange(phase.startsOn, phase.endsOn, language)}
                </span>
                {current ? (
                  <>
                    {' '}
                    <span className="badge badge-ongoing">{t('status.ongoing')}</span>
                  </>
                ) : null}
              </span>
              <span className="timeline-track" aria-hidden="true">
                <span
                  className={`timeline-bar timeline-kind-${phase.kind}`}
                  style={{ left: `${left}%`, width: `${width}%` }}
                />
                {showToday ? <span className="timeline-today" style={{ left: `${todayLeft}%` }} /> : null}
              </span>
            </li>
          );
        })}
      </ol>
      {showToday ? (
        <div className="timeline-today-row" aria-hidden="true">
          <span className={flagClass} style={{ left: `${todayLeft}%` }}>
            {t('timeline.today')}
          </span>
        </div>
      ) : null}
      <figcaption className="timeline-caption">
        {t('timeline.caption', { range: formatDateRange(program.startsOn, program.endsOn, language) })}
        {showToday ? ` ${t('timeline.todayIs', { date: formatDate(today, language) })}` : null}
      </figcaption>
    </figure>
  );
}
