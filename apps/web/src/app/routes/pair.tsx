import '../../styles/progress.css';
import '../../styles/matching.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useMatches } from '../../features/matching/api/get-matches.ts';
import { useTags } from '../../features/programs/api/get-tags.ts';
import { PairView } from '../../features/progress/components/pair-view.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/pairs/:matchId — one pair's sessions, goals and closing. */
export function PairRoute() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  const { matchId = '' } = useParams();
  const matches = useMatches(program.id);
  const tags = useTags(program.id);
  const match = matches.data?.find((candidate) => candidate.id === matchId);
  const title = match
    ? t('progress.pair.title', { mentor: match.mentorName, actor: match.actorName })
    : t('progress.pair.titleUnknown');
  return (
    <ProgramPage title={title}>
      {matches.isPending || tags.isPending ? <LoadingState /> : null}
      {matches.isError ? <QueryError error={matches.error} onRetry={() => void matches.refetch()} /> : null}
      {matches.isSuccess && !match ? (
        <p className="alert alert-info" role="alert">
          {t('progress.pair.notFound')}
        </p>
      ) : null}
      {match && !tags.isPending ? (
        <PairView program={program} match={match} viewerId={user.id} tags={tags.data ?? []} />
      ) : null}
    </ProgramPage>
  );
}
