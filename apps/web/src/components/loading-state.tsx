import { useTranslation } from 'react-i18next';

/** A polite "Loading…" that screen readers announce once; the spinner is decoration. */
export function LoadingState({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={fullPage ? 'loading loading-page' : 'loading'} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </div>
  );
}
