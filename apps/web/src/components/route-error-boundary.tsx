import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

function PageFailed() {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('errors.loadFailed')}</p>
      <p>
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          {t('errors.retry')}
        </button>
      </p>
    </div>
  );
}

class Boundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean; key: string }
> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    // Another page was chosen: try again there.
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

/**
 * A page that fails to render, or whose code or strings cannot be downloaded (offline, or a new
 * version deployed meanwhile), is replaced by a message and a reload button; the header and
 * navigation stay, and choosing another page tries again.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}
