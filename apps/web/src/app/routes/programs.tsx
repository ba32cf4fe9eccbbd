import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { usePrograms } from '../../features/programs/api/get-programs.ts';
import { ProgramList } from '../../features/programs/components/program-list.tsx';

export function ProgramsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const programs = usePrograms();
  return (
    <Page title={t('programs.title')}>
      <p className="lead">{user.isAdmin ? t('programs.leadAdmin') : t('programs.lead')}</p>
      {user.isAdmin ? (
        <p className="page-actions">
          <Link className="button button-primary" to="/programs/new">
            {t('newProgram.title')}
          </Link>
        </p>
      ) : null}
      {programs.isPending ? <LoadingState /> : null}
      {programs.isError ? (
        <QueryError error={programs.error} onRetry={() => void programs.refetch()} />
      ) : null}
      {programs.isSuccess ? <ProgramList programs={programs.data} /> : null}
    </Page>
  );
}
