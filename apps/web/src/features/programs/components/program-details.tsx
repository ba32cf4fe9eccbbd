import type { ProgramDetail } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateRange, localToday, programPhase, timeZoneLabel } from '../../../lib/dates.ts';

/** One program: description, dates, time zone, state, my role, the head counts and the phases. */
export function ProgramDetails({ program }: { program: ProgramDetail }) {
  const { t, i18n } = useTranslation();
  const summaryId = useId();
  const participantsId = useId();
  const phasesId = useId();
  const today = localToday();
  const state = program.archived ? 'archived' : programPhase(program, today);

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
          <ul className="counts">
            {(['coordinator', 'mentor', 'actor'] as const).map((role) => (
              <li key={role}>{t(`counts.${role}`, { count: program.counts[role] })}</li>
            ))}
          </ul>
        </section>
      </div>
      {program.phases.length > 0 ? (
        <section aria-labelledby={phasesId} className="section">
          <h2 id={phasesId}>{t('program.phases')}</h2>
          <ol className="phases">
            {program.phases.map((phase) => {
              const current = !program.archived && programPhase(phase, today) === 'ongoing';
              return (
                <li key={phase.id} className="phase">
                  <span className="phase-name">{phase.name.trim() || t(`phaseKinds.${phase.kind}`)}</span>{' '}
                  <span className="phase-dates">
                    {formatDateRange(phase.startsOn, phase.endsOn, i18n.language)}
                  </span>{' '}
                  {current ? <span className="badge badge-ongoing">{t('status.ongoing')}</span> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </>
  );
}
