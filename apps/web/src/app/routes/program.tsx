import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { useMe } from '../../features/me/api/get-me.ts';
import { useProgram } from '../../features/programs/api/get-program.ts';
import { ProgramDetails } from '../../features/programs/components/program-details.tsx';
import { ApiError } from '../../lib/api-client.ts';

export function ProgramRoute() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const user = useSignedInUser();
  const me = useMe();
  const program = useProgram(programId);
  const seesProgramList =
    user.isAdmin || (me.data?.memberships.some((membership) => membership.role === 'coordinator') ?? false);
  const error = program.error;
  // A malformed id is answered with 400; to the reader it is simply a program that does not exist.
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  const forbidden = error instanceof ApiError && error.status === 403;

  return (
    <Page title={program.data?.name ?? t('programDetail.fallbackTitle')}>
      <p className="back-link">
        {seesProgramList ? (
          <Link to="/programs">{t('programDetail.back')}</Link>
        ) : (
          <Link to="/">{t('programDetail.backHome')}</Link>
        )}
      </p>
      {program.isPending ? <LoadingState /> : null}
      {missing || forbidden ? (
        <p className="alert alert-info" role="alert">
          {missing ? t('programDetail.notFound') : t('programDetail.forbidden')}
        </p>
      ) : null}
      {program.isError && !missing && !forbidden ? (
        <QueryError error={error} onRetry={() => void program.refetch()} />
      ) : null}
      {program.isSuccess ? <ProgramDetails program={program.data} /> : null}
    </Page>
  );
}
