import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageFocusScope } from '../../components/page.tsx';
import { RouteErrorBoundary } from '../../components/route-error-boundary.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SkipLink } from './skip-link.tsx';

/** The frame for signed-out pages: product name and language switch only. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <SkipLink />
      <header className="site-header">
        <div className="header-inner">
          <span className="brand">{t('app.name')}</span>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main main-narrow">
        <PageFocusScope>
          <RouteErrorBoundary>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </PageFocusScope>
      </main>
      <SiteFooter />
    </div>
  );
}
