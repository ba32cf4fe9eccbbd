import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/page.tsx';
import { ResetPasswordForm } from '../../features/auth/components/reset-password-form.tsx';

export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <div className="card login-card">
      <Page title={t('passwordReset.resetTitle')}>
        <p className="lead">{t('passwordReset.resetLead')}</p>
        <ResetPasswordForm token={token} />
      </Page>
    </div>
  );
}
