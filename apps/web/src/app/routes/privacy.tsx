import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { PRIVACY_CONTACT_EMAIL } from '../../features/privacy/contact.ts';

const SECTIONS = ['controller', 'data', 'purpose', 'visibility', 'retention', 'audit', 'rights'] as const;

/** /privacy — the privacy notice, public, in the reader's language. */
export function PrivacyRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('privacy.notice.title')}>
      <div className="statement">
        <p>{t('privacy.notice.updated')}</p>
        {SECTIONS.map((section) => (
          <section key={section}>
            <h2>{t(`privacy.notice.${section}Title`)}</h2>
            <p>{t(`privacy.notice.${section}`)}</p>
          </section>
        ))}
        <section>
          <h2>{t('privacy.notice.contactTitle')}</h2>
          <p>
            {t('privacy.notice.contact')}{' '}
            <a href={`mailto:${PRIVACY_CONTACT_EMAIL}`}>{PRIVACY_CONTACT_EMAIL}</a>
          </p>
        </section>
      </div>
    </Page>
  );
}
