import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useParticipants } from '../../features/people/api/get-participants.ts';
import { useProfile } from '../../features/profiles/api/get-profile.ts';
import { ProfileDetails } from '../../features/profiles/components/profile-details.tsx';
import { useTags } from '../../features/programs/api/get-tags.ts';
import { ApiError } from '../../lib/api-client.ts';
import { ProgramNav, useProgramContext } from './program-context.tsx';

/** Someone's profile in the program, read-only: coordinators see everyone's, others see mentors'. */
export function ProgramPersonRoute() {
  const { t } = useTranslation();
  const context = useProgramContext();
  const { program, manages } = context;
  const { userId = '' } = useParams();
  const profile = useProfile(program.id, userId);
  const tags = useTags(program.id);
  // Coordinators see conflicts of interest as ids; the participant list names them.
  const participants = useParticipants(program.id, { enabled: manages });
  const actorNames = useMemo(
    () => new Map(participants.data?.map((person) => [person.userId, person.name])),
    [participants.data],
  );
  const error = profile.error;
  const hidden =
    error instanceof ApiError && (error.status === 403 || error.status === 404 || error.status === 400);
  const name = profile.data?.name ?? t('profileView.fallbackTitle');
  const role = profile.data ? t(`roleNames.${profile.data.role}`) : null;

  return (
    <Page
      title={`${name}: ${program.name}`}
      heading={name}
      context={role ? `${role}, ${program.name}` : program.name}
    >
      <ProgramNav context={context} />
      <p className="back-link">
        {manages ? (
          <Link to={`/programs/${program.id}/participants`}>{t('profileView.backToParticipants')}</Link>
        ) : (
          <Link to={`/programs/${program.id}`}>{t('profileView.backToProgram')}</Link>
        )}
      </p>
      {profile.isPending || tags.isPending ? <LoadingState /> : null}
      {hidden ? (
        <p className="alert alert-info" role="alert">
          {t('profileView.notVisible')}
        </p>
      ) : null}
      {profile.isError && !hidden ? (
        <QueryError error={error} onRetry={() => void profile.refetch()} />
      ) : null}
      {profile.isSuccess && tags.isSuccess ? (
        <ProfileDetails view={profile.data} tags={tags.data} actorNames={manages ? actorNames : undefined} />
      ) : null}
    </Page>
  );
}
