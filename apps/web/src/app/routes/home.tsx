import type { ParticipantRole } from '@mentoring/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { useMe } from '../../features/me/api/get-me.ts';
import { MembershipList } from '../../features/me/components/membership-list.tsx';
import { usePrograms } from '../../features/programs/api/get-programs.ts';
import { ActorProgress } from '../../features/progress/components/actor-progress.tsx';
import { ProfileTasks } from './profile-tasks.tsx';

const ROLE_ORDER: readonly ParticipantRole[] = ['coordinator', 'mentor', 'actor'];

/** Greets the user and lists their programs; what each role sees grows as features arrive. */
export function HomeRoute() {
  const { t } = useTranslation();
  const sessionUser = useSignedInUser();
  const me = useMe();
  const user = me.data?.user ?? sessionUser;
  const memberships = me.data?.memberships ?? [];
  const roles = ROLE_ORDER.filter((role) => memberships.some((membership) => membership.role === role));
  // Counts come from /api/programs, which only coordinators and administrators need.
  const programs = usePrograms({ enabled: me.isSuccess && (user.isAdmin || roles.includes('coordinator')) });
  const counts = useMemo(
    () => new Map(programs.data?.map((program) => [program.id, program.counts])),
    [programs.data],
  );
  const programCount = new Set(memberships.map((membership) => membership.program.id)).size;

  return (
    <Page title={t('home.title')} heading={t('home.greeting', { name: user.name })}>
      {me.isPending ? <LoadingState /> : null}
      {me.isError ? <QueryError error={me.error} onRetry={() => void me.refetch()} /> : null}
      {me.isSuccess ? (
        <>
          <div className="lead">
            {programCount > 0 ? <p>{t('home.summary', { count: programCount })}</p> : null}
            {roles.map((role) => (
              <p key={role}>{t(`home.roleLead.${role}`)}</p>
            ))}
            {user.isAdmin ? <p>{t('home.roleLead.admin')}</p> : null}
          </div>
          <ProfileTasks memberships={memberships} />
          <ActorProgress memberships={memberships} userId={user.id} />
          {programCount > 0 ? (
            <MembershipList memberships={memberships} counts={counts} />
          ) : (
            <section className="card empty-state" aria-labelledby="home-empty">
              <h2 id="home-empty">{t('home.emptyTitle')}</h2>
              <p>{t('home.emptyText')}</p>
              <ul className="link-list">
                {user.isAdmin ? (
                  <li>
                    <Link to="/programs">{t('home.goToPrograms')}</Link>
                  </li>
                ) : null}
                <li>
                  <Link to="/profile">{t('home.goToProfile')}</Link>
                </li>
              </ul>
            </section>
          )}
        </>
      ) : null}
    </Page>
  );
}
