import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CompletenessMeter } from '../../components/completeness-meter.tsx';
import { EventsOverviewCard } from '../../features/events/components/events-links.tsx';
import { MatchingOverviewCard } from '../../features/matching/components/matching-links.tsx';
import { useParticipants } from '../../features/people/api/get-participants.ts';
import { useMyProfile } from '../../features/profiles/api/get-my-profile.ts';
import { ProgramDetails } from '../../features/programs/components/program-details.tsx';
import { SchedulingOverviewCard } from '../../features/scheduling/components/scheduling-links.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** A mentor's or actor's own profile in this program: how complete it is and the way to it. */
function MyProfileCard() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  const profile = useMyProfile(program.id);
  const headingId = useId();
  const complete = (profile.data?.completeness ?? 0) >= 100;
  return (
    <section aria-labelledby={headingId} className="section card">
      <h2 id={headingId}>{t('programDetail.myProfile')}</h2>
      {profile.isSuccess ? (
        <CompletenessMeter value={profile.data.completeness} label={t('myProfile.completeness')} />
      ) : null}
      <p>{complete ? t('programDetail.profileComplete') : t('programDetail.profileIncomplete')}</p>
      <p>
        <Link to={`/programs/${program.id}/profile`}>
          {complete ? t('home.editProfile') : t('home.completeProfile')}
        </Link>
      </p>
    </section>
  );
}

/** The program's mentors, each linking to their profile: actors read them before wishing for one. */
function MentorList() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  const participants = useParticipants(program.id);
  const headingId = useId();
  const mentors = participants.data?.filter(
    (person) => person.role === 'mentor' && person.userId !== user.id,
  );
  if (!mentors || mentors.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="section card">
      <h2 id={headingId}>{t('programDetail.mentors')}</h2>
      <ul className="name-list">
        {mentors.map((mentor) => (
          <li key={mentor.userId}>
            <Link to={`/programs/${program.id}/people/${mentor.userId}`}>{mentor.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ProgramRoute() {
  const { t } = useTranslation();
  const { manages, participates, program } = useProgramContext();
  const location = useLocation();
  const state = location.state as { welcome?: boolean; created?: boolean } | null;
  const welcome = state?.welcome === true;
  return (
    <ProgramPage>
      {welcome ? (
        <div className="alert alert-success" role="status">
          <p>{t('programDetail.welcome', { name: program.name })}</p>
          {participates ? (
            <p>
              <Link to={`/programs/${program.id}/profile`}>{t('home.completeProfile')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {state?.created ? (
        <div className="alert alert-success" role="status">
          <p>{t('programDetail.created')}</p>
          <p>
            <Link to={`/programs/${program.id}/invitations`}>{t('participants.invite')}</Link>
          </p>
        </div>
      ) : null}
      <ProgramDetails program={program} />
      {participates ? (
        <div className="columns">
          <MyProfileCard />
          <MentorList />
        </div>
      ) : null}
      <MatchingOverviewCard program={program} manages={manages} />
      <SchedulingOverviewCard program={program} manages={manages} />
      <EventsOverviewCard programId={program.id} />
    </ProgramPage>
  );
}
