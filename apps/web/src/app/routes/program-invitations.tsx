import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useInvitations } from '../../features/people/api/get-invitations.ts';
import { InvitationList } from '../../features/people/components/invitation-list.tsx';
import { InviteForm } from '../../features/people/components/invite-form.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

function Invitations() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  const invitations = useInvitations(program.id);
  const formId = useId();
  const listId = useId();
  return (
    <>
      {program.archived ? (
        <p className="alert alert-info">{t('programDetail.archivedReadOnly')}</p>
      ) : (
        <section aria-labelledby={formId} className="section card">
          <h2 id={formId}>{t('invite.title')}</h2>
          <p>{t('invite.lead')}</p>
          <InviteForm programId={program.id} />
        </section>
      )}
      <section aria-labelledby={listId} className="section">
        <h2 id={listId}>{t('invitations.title')}</h2>
        {invitations.isPending ? <LoadingState /> : null}
        {invitations.isError ? (
          <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
        ) : null}
        {invitations.isSuccess ? (
          <InvitationList
            programId={program.id}
            invitations={invitations.data}
            canWithdraw={!program.archived}
          />
        ) : null}
      </section>
    </>
  );
}

export function ProgramInvitationsRoute() {
  const { t } = useTranslation();
  return (
    <ProgramPage title={t('programNav.invitations')} requires="manager">
      <Invitations />
    </ProgramPage>
  );
}
