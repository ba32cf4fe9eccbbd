import '../../styles/events.css';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { usePrograms } from '../../features/programs/api/get-programs.ts';
import { IndicatorsReport } from '../../features/reports/components/indicators-report.tsx';

/** /reports — the indicators report, for coordinators and administrators. */
export function ReportsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const programs = usePrograms();
  // Administrators may report on any program; coordinators on those they coordinate.
  const mine = programs.data?.filter((program) => user.isAdmin || program.myRole === 'coordinator') ?? [];
  return (
    <Page title={t('reports.title')}>
      <p className="lead">{t('reports.lead')}</p>
      {programs.isPending ? <LoadingState /> : null}
      {programs.isError ? (
        <QueryError error={programs.error} onRetry={() => void programs.refetch()} />
      ) : null}
      {programs.isSuccess ? (
        mine.length > 0 || user.isAdmin ? (
          <IndicatorsReport programs={mine} />
        ) : (
          <p className="alert alert-info" role="alert">
            {t('reports.forbidden')}
          </p>
        )
      ) : null}
    </Page>
  );
}
