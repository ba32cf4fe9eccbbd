import type { Membership } from '@mentoring/contracts';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompletenessMeter } from '../../components/completeness-meter.tsx';
import { myProfileQueryOptions } from '../../features/profiles/api/get-my-profile.ts';

/**
 * For every current program where the user is a mentor or an actor: how complete their profile is,
 * and a link to complete it. Matching reads these profiles, so this is the first thing to do.
 */
export function ProfileTasks({ memberships }: { memberships: readonly Membership[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const programs = memberships
    .filter(({ role, program }) => (role === 'mentor' || role === 'actor') && !program.archived)
    .map(({ program }) => program);
  const profiles = useQueries({ queries: programs.map((program) => myProfileQueryOptions(program.id)) });
  if (programs.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('home.profilesTitle')}</h2>
      <ul className="card-list">
        {programs.map((program, index) => {
          const completeness = profiles[index]?.data?.completeness;
          const complete = completeness !== undefined && completeness >= 100;
          return (
            <li key={program.id}>
              <article className="card profile-task">
                <h3 className="card-title">{program.name}</h3>
                {completeness === undefined ? null : (
                  <CompletenessMeter value={completeness} label={t('myProfile.completeness')} />
                )}
                <p>
                  <Link to={`/programs/${program.id}/profile`}>
                    {complete ? t('home.editProfile') : t('home.completeProfile')}
                    <span className="visually-hidden">: {program.name}</span>
                  </Link>
                </p>
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
