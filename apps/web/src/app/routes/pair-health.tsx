import '../../styles/progress.css';
import { useTranslation } from 'react-i18next';
import { HealthDashboard } from '../../features/progress/components/health-dashboard.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/health — coordinators watch that pairs actually meet. */
export function PairHealthRoute() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  return (
    <ProgramPage title={t('progress.health.title')} requires="manager">
      <p className="lead">{t('progress.health.lead')}</p>
      <HealthDashboard programId={program.id} />
    </ProgramPage>
  );
}
