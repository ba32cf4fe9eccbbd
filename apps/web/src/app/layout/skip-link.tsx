import { useTranslation } from 'react-i18next';

/**
 * The first stop for keyboard users: jumps over the header. <main> has tabindex="-1", so following
 * the fragment moves focus there, not just the scroll position.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}
