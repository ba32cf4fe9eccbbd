import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page.tsx';
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form.tsx';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <div className="card login-card">
      <Page title={t('passwordReset.requestTitle')}>
        <p className="lead">{t('passwordReset.requestLead')}</p>
        <ForgotPasswordForm />
        <p className="form-footer">
          <Link to="/login">{t('passwordReset.toLogin')}</Link>
        </p>
      </Page>
    </div>
  );
}
