import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageFocusScope } from '../../components/page.tsx';
import { RouteErrorBoundary } from '../../components/route-error-boundary.tsx';
import { useLogout } from '../../features/auth/api/logout.ts';
import { SessionExpiryWarning } from '../../features/auth/components/session-expiry-warning.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { useMe } from '../../features/me/api/get-me.ts';
import { useUpdateMe } from '../../features/me/api/update-me.ts';
import { Account } from './account.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { MainNav } from './main-nav.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SkipLink } from './skip-link.tsx';

/** The signed-in frame: skip link, header (name, navigation, language, account), main, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const sessionUser = useSignedInUser();
  const me = useMe();
  const updateMe = useUpdateMe();
  const logout = useLogout();

  const user = me.data?.user ?? sessionUser;
  const coordinates = me.data?.memberships.some((membership) => membership.role === 'coordinator') ?? false;

  return (
    <div className="app">
      <SkipLink />
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <MainNav showPrograms={user.isAdmin || coordinates} showAdmin={user.isAdmin} />
          <div className="header-tools">
            <LanguageSwitch onChange={(locale) => updateMe.mutate({ locale })} />
            <Account name={user.name} onSignOut={() => logout.mutate()} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        <PageFocusScope>
          <RouteErrorBoundary>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </PageFocusScope>
      </main>
      <SiteFooter />
      <SessionExpiryWarning />
    </div>
  );
}
