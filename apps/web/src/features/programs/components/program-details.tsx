import type { ProgramDetail } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateRange, localToday, programPhase, timeZoneLabel } from '../../../lib/dates.ts';
import { PhaseTimeline } from './phase-timeline.tsx';

const ROLES = ['coordinator', 'mentor', 'actor'] as const;

/** One program: description, dates, time zone, state, my role, the head counts by role and the phase timeline. */
export function ProgramDetails({ program }: { program: ProgramDetail }) {
  const { t, i18n } = useTranslation();
  const summaryId = useId();
  const participantsId = useId();
  const phasesId = useId();
  const state = program.archived ? 'archived' : programPhase(program, localToday());

  return (
    <>
      <p className="lead">{program.description.trim() || t('program.noDescription')}</p>
      <div className="columns">
        <section aria-labelledby={summaryId} className="section card">
          <h2 id={summaryId}>{t('programDetail.summary')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('program.status')}</dt>
              <dd>
                <span className={`badge badge-${state}`}>{t(`status.${state}`)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('program.dates')}</dt>
              <dd>{formatDateRange(program.startsOn, program.endsOn, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('program.timeZone')}</dt>
              <dd>{timeZoneLabel(program.timeZone, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('program.targetMeetings')}</dt>
              <dd>{t('program.meetingsPerPair', { count: program.targetMeetingsPerPair })}</dd>
            </div>
            <div>
              <dt>{t('program.myRole')}</dt>
              <dd>{program.myRole ? t(`roles.${program.myRole}`) : t('program.noRole')}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby={participantsId} className="section card">
          <h2 id={participantsId}>{t('program.participants')}</h2>
          <ul className="stats">
            {ROLES.map((role) => (
              <li key={role} className={`stat stat-${role}`}>
                <span className="stat-value">{program.counts[role]}</span>{' '}
                <span className="stat-label">
                  {t(`countLabels.${role}`, { count: program.counts[role] })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby={phasesId} className="section card">
        <h2 id={phasesId}>{t('program.phases')}</h2>
        <PhaseTimeline program={program} />
      </section>
    </>
  );
}
