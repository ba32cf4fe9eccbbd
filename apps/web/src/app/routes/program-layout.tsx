import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { useProgram } from '../../features/programs/api/get-program.ts';
import { ApiError } from '../../lib/api-client.ts';
import type { ProgramContext } from './program-context.tsx';

/** Loads the program once for all of its pages; a missing or forbidden program is explained here. */
export function ProgramLayout() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const user = useSignedInUser();
  const program = useProgram(programId);
  const error = program.error;
  // A malformed id is answered with 400; to the reader it is simply a program that does not exist.
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  const forbidden = error instanceof ApiError && error.status === 403;

  if (program.isPending) return <LoadingState />;
  if (program.isError) {
    return (
      <Page title={t('programDetail.fallbackTitle')}>
        {missing || forbidden ? (
          <p className="alert alert-info" role="alert">
            {missing ? t('programDetail.notFound') : t('programDetail.forbidden')}
          </p>
        ) : (
          <QueryError error={error} onRetry={() => void program.refetch()} />
        )}
        <p>
          <Link to="/">{t('programDetail.backHome')}</Link>
        </p>
      </Page>
    );
  }

  const myRole = program.data.myRole;
  const context: ProgramContext = {
    program: program.data,
    user,
    manages: myRole === 'coordinator' || user.isAdmin,
    participates: myRole === 'mentor' || myRole === 'actor',
  };
  return (
    <Suspense fallback={<LoadingState />}>
      <Outlet context={context} />
    </Suspense>
  );
}
