import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { AuditLog } from '../../features/privacy/components/audit-log.tsx';

/** /admin/audit — who read or changed whose personal data; erasure. Administrators only. */
export function AdminAuditRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Page title={t('privacy.audit.title')}>
      <p className="lead">{t('privacy.audit.lead')}</p>
      {user.isAdmin ? (
        <AuditLog />
      ) : (
        <p className="alert alert-info" role="alert">
          {t('privacy.audit.forbidden')}
        </p>
      )}
    </Page>
  );
}
