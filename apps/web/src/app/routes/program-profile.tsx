import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useParticipants } from '../../features/people/api/get-participants.ts';
import { useMyProfile } from '../../features/profiles/api/get-my-profile.ts';
import { ProgramProfileForm } from '../../features/profiles/components/program-profile-form.tsx';
import { useTags } from '../../features/programs/api/get-tags.ts';
import { PhaseTimeline } from '../../features/programs/components/phase-timeline.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

function MyProfile() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  const profile = useMyProfile(program.id);
  const tags = useTags(program.id);
  const mentor = program.myRole === 'mentor';
  // A mentor sees only the actors matched with them; those are the only conflicts they can name here.
  const participants = useParticipants(program.id, { enabled: mentor });
  const timelineId = useId();

  const queries = mentor ? [profile, tags, participants] : [profile, tags];
  const failed = queries.find((query) => query.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!profile.isSuccess || !tags.isSuccess || (mentor && !participants.isSuccess)) return <LoadingState />;

  const actors = (participants.data ?? [])
    .filter((person) => person.role === 'actor')
    .map(({ userId, name }) => ({ userId, name }));
  return (
    <>
      <p className="lead">
        {program.myRole === 'mentor' ? t('myProfile.leadMentor') : t('myProfile.leadActor')}
      </p>
      {program.archived ? <p className="alert alert-info">{t('programDetail.archivedReadOnly')}</p> : null}
      <ProgramProfileForm
        programId={program.id}
        view={profile.data}
        tags={tags.data}
        visibleActors={actors}
        isDisabled={program.archived}
      />
      <section aria-labelledby={timelineId} className="section card">
        <h2 id={timelineId}>{t('program.phases')}</h2>
        <PhaseTimeline program={program} />
      </section>
    </>
  );
}

export function ProgramProfileRoute() {
  const { t } = useTranslation();
  return (
    <ProgramPage title={t('programNav.profile')} requires="participant">
      <MyProfile />
    </ProgramPage>
  );
}
