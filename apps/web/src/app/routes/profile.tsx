import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form.tsx';
import { useMe } from '../../features/me/api/get-me.ts';
import { ProfileForm } from '../../features/me/components/profile-form.tsx';
import { MyDataDownload } from '../../features/privacy/components/my-data-download.tsx';

export function ProfileRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const detailsId = useId();
  const passwordId = useId();
  return (
    <Page title={t('profile.title')}>
      {me.isPending ? <LoadingState /> : null}
      {me.isError ? <QueryError error={me.error} onRetry={() => void me.refetch()} /> : null}
      {me.isSuccess ? (
        <div className="columns">
          <section aria-labelledby={detailsId} className="card section">
            <h2 id={detailsId}>{t('profile.detailsHeading')}</h2>
            <ProfileForm user={me.data.user} />
          </section>
          <section aria-labelledby={passwordId} className="card section">
            <h2 id={passwordId}>{t('profile.passwordHeading')}</h2>
            <p>{t('profile.passwordLead')}</p>
            <ChangePasswordForm email={me.data.user.email} />
          </section>
          <MyDataDownload />
        </div>
      ) : null}
    </Page>
  );
}
