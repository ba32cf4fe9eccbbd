import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page.tsx';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { IDLE_TIMEOUT_MS } from '../../features/auth/use-idle-timeout.ts';
import { useSession } from '../../features/auth/use-session.ts';

export function LoginRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const reason = session.status === 'signed-out' ? session.reason : null;
  return (
    <div className="card login-card">
      <Page title={t('login.title')}>
        <p className="lead">{t('login.lead')}</p>
        {reason ? (
          <p className="alert alert-info" role="status">
            {reason === 'expired'
              ? t('login.sessionEnded')
              : reason === 'idle'
                ? t('login.idleSignedOut', { minutes: IDLE_TIMEOUT_MS / 60_000 })
                : t('login.signedOut')}
          </p>
        ) : null}
        <LoginForm />
        <p className="form-footer">
          <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
        </p>
      </Page>
    </div>
  );
}
