import '../../styles/privacy.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t('app.tagline')}</p>
      <nav aria-label={t('footer.label')}>
        <ul className="footer-links">
          <li>
            <Link to="/privacy">{t('footer.privacy')}</Link>
          </li>
          <li>
            <Link to="/accessibility">{t('footer.accessibility')}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
