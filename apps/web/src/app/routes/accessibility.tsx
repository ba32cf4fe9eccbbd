import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { PRIVACY_CONTACT_EMAIL } from '../../features/privacy/contact.ts';

const GAPS = ['gapCharts', 'gapEmails', 'gapMessages', 'gapAudit'] as const;

/** /accessibility — the accessibility statement (WCAG 2.1 AA, partially met), public. */
export function AccessibilityRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('privacy.accessibility.title')}>
      <div className="statement">
        <p>{t('privacy.accessibility.updated')}</p>
        <section>
          <h2>{t('privacy.accessibility.scopeTitle')}</h2>
          <p>{t('privacy.accessibility.scope')}</p>
        </section>
        <section>
          <h2>{t('privacy.accessibility.methodTitle')}</h2>
          <p>{t('privacy.accessibility.method')}</p>
        </section>
        <section>
          <h2>{t('privacy.accessibility.gapsTitle')}</h2>
          <ul>
            {GAPS.map((gap) => (
              <li key={gap}>{t(`privacy.accessibility.${gap}`)}</li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{t('privacy.accessibility.feedbackTitle')}</h2>
          <p>{t('privacy.accessibility.feedback')}</p>
          <p>
            {t('privacy.contactLabel')}:{' '}
            <a href={`mailto:${PRIVACY_CONTACT_EMAIL}`}>{PRIVACY_CONTACT_EMAIL}</a>
          </p>
        </section>
        <section>
          <h2>{t('privacy.accessibility.enforcementTitle')}</h2>
          <p>{t('privacy.accessibility.enforcement')}</p>
        </section>
      </div>
    </Page>
  );
}
