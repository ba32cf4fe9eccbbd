import type { ParticipantRole, Program } from '@mentoring/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateRange, localToday, programPhase } from '../lib/dates.ts';
import { type ParticipantCounts, ParticipantCountsText } from './participant-counts.tsx';

export interface ProgramCardProps {
  program: Program;
  /** The viewer's roles in the program; empty for an administrator who is not a member. */
  roles: readonly ParticipantRole[];
  counts?: ParticipantCounts | undefined;
  headingLevel?: 2 | 3;
}

/** One program in a list: name (a link to its page), state, dates, my role and, when known, counts. */
export function ProgramCard({ program, roles, counts, headingLevel = 3 }: ProgramCardProps) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const phase = program.archived ? 'archived' : programPhase(program, localToday());
  const roleNames = roles.map((role) => t(`roles.${role}`));

  return (
    <article className="card program-card">
      <div className="card-heading">
        <Heading className="card-title">
          <Link to={`/programs/${program.id}`}>{program.name}</Link>
        </Heading>
        <span className={`badge badge-${phase}`}>{t(`status.${phase}`)}</span>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('program.dates')}</dt>
          <dd>{formatDateRange(program.startsOn, program.endsOn, i18n.language)}</dd>
        </div>
        <div>
          <dt>{roles.length > 1 ? t('program.myRoles') : t('program.myRole')}</dt>
          <dd>{roleNames.length > 0 ? roleNames.join(', ') : t('program.noRole')}</dd>
        </div>
        {counts ? (
          <div>
            <dt>{t('program.participants')}</dt>
            <dd>
              <ParticipantCountsText counts={counts} />
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
