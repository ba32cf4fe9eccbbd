import type { Match } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { PairPageLink } from '../../progress/components/progress-links.tsx';
import { useMatches } from '../api/get-matches.ts';
import { useNumberFormat } from '../use-format.ts';

const SHOWN = new Set<Match['status']>(['active', 'paused', 'completed']);

function PairCard({ match, viewerId, programId }: { match: Match; viewerId: string; programId: string }) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const iAmMentor = match.mentorId === viewerId;
  const other = iAmMentor
    ? { id: match.actorId, name: match.actorName, role: 'actor' as const }
    : { id: match.mentorId, name: match.mentorName, role: 'mentor' as const };
  return (
    <li className="card my-pair">
      <article aria-labelledby={headingId}>
        <p className="my-pair-role">{t(`matching.myPair.${other.role}`)}</p>
        <h2 id={headingId} className="my-pair-name">
          <Link to={`/programs/${programId}/people/${other.id}`}>{other.name}</Link>
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('matching.saved.status')}</dt>
            <dd>
              <span className={`badge badge-match-${match.status}`}>
                {t(`matching.status.${match.status}`)}
              </span>
            </dd>
          </div>
          {match.score !== null ? (
            <div>
              <dt>{t('matching.myPair.score')}</dt>
              <dd>{t('matching.myPair.scoreValue', { score: format(match.score) })}</dd>
            </div>
          ) : null}
        </dl>
        <h3 className="matching-subheading">{t('matching.myPair.why')}</h3>
        {match.reasons.length > 0 ? (
          <ul className="reasons">
            {match.reasons.map((reason) => (
              <li key={reason.code + reason.criterion}>{i18n.language === 'en' ? reason.en : reason.fi}</li>
            ))}
          </ul>
        ) : (
          <p>{t('matching.myPair.noReasons')}</p>
        )}
        <PairPageLink programId={programId} matchId={match.id} name={other.name} />
      </article>
    </li>
  );
}

/** The viewer's published pair(s): a mentor may have several actors, an actor has one mentor. */
export function MyPairs({ programId, viewerId }: { programId: string; viewerId: string }) {
  const { t } = useTranslation();
  const matches = useMatches(programId);
  if (matches.isPending) return <LoadingState />;
  if (matches.isError) return <QueryError error={matches.error} onRetry={() => void matches.refetch()} />;
  const mine = matches.data
    .filter((match) => SHOWN.has(match.status) && (match.actorId === viewerId || match.mentorId === viewerId))
    .sort((a, b) => a.actorName.localeCompare(b.actorName));
  if (mine.length === 0) return <p className="alert alert-info">{t('matching.myPair.none')}</p>;
  return (
    <ul className="my-pairs">
      {mine.map((match) => (
        <PairCard key={match.id} match={match} viewerId={viewerId} programId={programId} />
      ))}
    </ul>
  );
}
