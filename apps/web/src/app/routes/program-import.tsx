import { useTranslation } from 'react-i18next';
import { ParticipantImport } from '../../features/people/components/participant-import.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

export function ProgramImportRoute() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  return (
    <ProgramPage title={t('programNav.import')} requires="manager">
      <p className="lead">{t('import.lead')}</p>
      {program.archived ? <p className="alert alert-info">{t('programDetail.archivedReadOnly')}</p> : null}
      <ParticipantImport
        programId={program.id}
        invitationsHref={`/programs/${program.id}/invitations`}
        isDisabled={program.archived}
      />
    </ProgramPage>
  );
}
