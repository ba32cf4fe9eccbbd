import '../../styles/scheduling.css';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useMatches } from '../../features/matching/api/get-matches.ts';
import { BookMeeting } from '../../features/scheduling/components/book-meeting.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** The actor's mentor comes from their active pair; without one there is nobody to book with yet. */
function BookWithPair({ programId, actorId }: { programId: string; actorId: string }) {
  const { t } = useTranslation();
  const matches = useMatches(programId);
  if (matches.isPending) return <LoadingState />;
  if (matches.isError) return <QueryError error={matches.error} onRetry={() => void matches.refetch()} />;
  const pair = matches.data.find((match) => match.actorId === actorId && match.status === 'active');
  if (!pair) return <p className="alert alert-info">{t('scheduling.book.noPair')}</p>;
  return <BookMeeting programId={programId} mentorId={pair.mentorId} mentorName={pair.mentorName} />;
}

/** /programs/:programId/book — an actor books a meeting with their mentor. */
export function BookRoute() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  return (
    <ProgramPage title={t('scheduling.nav.book')}>
      {program.myRole === 'actor' ? (
        <>
          <p className="lead">{t('scheduling.pages.bookLead')}</p>
          <BookWithPair programId={program.id} actorId={user.id} />
        </>
      ) : (
        <p className="alert alert-info" role="alert">
          {t('scheduling.pages.actorsOnly')}
        </p>
      )}
    </ProgramPage>
  );
}
