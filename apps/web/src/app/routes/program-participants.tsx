import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useParticipants } from '../../features/people/api/get-participants.ts';
import { ParticipantsTable } from '../../features/people/components/participants-table.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

function Participants() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  const participants = useParticipants(program.id);
  return (
    <>
      {program.archived ? null : (
        <p className="page-actions">
          <Link className="button button-primary" to={`/programs/${program.id}/invitations`}>
            {t('participants.invite')}
          </Link>
          <Link className="button button-secondary" to={`/programs/${program.id}/import`}>
            {t('participants.import')}
          </Link>
        </p>
      )}
      {participants.isPending ? <LoadingState /> : null}
      {participants.isError ? (
        <QueryError error={participants.error} onRetry={() => void participants.refetch()} />
      ) : null}
      {participants.isSuccess ? (
        <ParticipantsTable
          programId={program.id}
          participants={participants.data}
          currentUserId={user.id}
          canRemove={!program.archived}
        />
      ) : null}
    </>
  );
}

export function ProgramParticipantsRoute() {
  const { t } = useTranslation();
  return (
    <ProgramPage title={t('programNav.participants')} requires="manager">
      <Participants />
    </ProgramPage>
  );
}
