import type { Match, ProgramDetail, Tag } from '@mentoring/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useSessions } from '../api/get-sessions.ts';
import { ClosePair } from './close-pair.tsx';
import { GoalsSection } from './goals-section.tsx';
import { pairRoleOf } from './pair-role.ts';
import { SessionList } from './session-list.tsx';
import { SessionLogForm } from './session-log-form.tsx';

/** The pair page's content: log a session (mentor), the sessions, the goals, and closing the pair. */
export function PairView({
  program,
  match,
  viewerId,
  tags,
}: {
  program: ProgramDetail;
  match: Match;
  viewerId: string;
  tags: readonly Tag[];
}) {
  const { t } = useTranslation();
  const viewer = pairRoleOf(match, viewerId);
  const sessions = useSessions(match.id);
  const open = !program.archived && (match.status === 'active' || match.status === 'paused');
  const logged = useMemo(
    () => new Set((sessions.data ?? []).flatMap((session) => (session.bookingId ? [session.bookingId] : []))),
    [sessions.data],
  );
  return (
    <div className="pair-view">
      <p className="lead">
        {t('progress.pair.lead', { mentor: match.mentorName, actor: match.actorName })}{' '}
        <span className={`badge badge-match-${match.status}`}>{t(`matching.status.${match.status}`)}</span>
      </p>
      {viewer === 'coordinator' ? (
        <p className="alert alert-info">{t('progress.pair.coordinatorNote')}</p>
      ) : null}
      {viewer === 'mentor' && open ? (
        <section aria-labelledby="log-session" className="section card">
          <h2 id="log-session">{t('progress.log.title')}</h2>
          {sessions.isSuccess ? (
            <SessionLogForm matchId={match.id} tags={tags} loggedBookingIds={logged} />
          ) : (
            <LoadingState />
          )}
        </section>
      ) : null}
      <section aria-labelledby="sessions" className="section">
        <h2 id="sessions">{t('progress.sessions.title')}</h2>
        {sessions.isPending ? <LoadingState /> : null}
        {sessions.isError ? (
          <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : null}
        {sessions.isSuccess ? <SessionList sessions={sessions.data} viewer={viewer} tags={tags} /> : null}
      </section>
      <section aria-labelledby="goals" id="goals-section" className="section">
        <h2 id="goals" tabIndex={-1}>
          {t('progress.goals.heading')}
        </h2>
        <GoalsSection
          matchId={match.id}
          viewer={viewer}
          phases={program.phases}
          tags={tags}
          canChange={open}
        />
      </section>
      {!program.archived ? (
        <section aria-labelledby="close-pair" className="section card">
          <h2 id="close-pair">{t('progress.close.title')}</h2>
          <ClosePair match={match} viewer={viewer} />
        </section>
      ) : null}
    </div>
  );
}
