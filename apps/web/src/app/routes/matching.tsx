import '../../styles/matching.css';
import { useTranslation } from 'react-i18next';
import { MatchingWorkspace } from '../../features/matching/components/matching-workspace.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/matching — the coordinator's matching workspace. */
export function MatchingRoute() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  return (
    <ProgramPage title={t('matching.workspace.title')} requires="manager">
      <p className="lead">{t('matching.workspace.lead')}</p>
      <MatchingWorkspace programId={program.id} />
    </ProgramPage>
  );
}
