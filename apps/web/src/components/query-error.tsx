import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client.ts';

/** A failed load: what happened, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const networkFailure = error instanceof ApiError && error.isNetworkError;
  return (
    <div className="alert alert-error" role="alert">
      <p>{networkFailure ? t('errors.network') : t('errors.loadFailed')}</p>
      {onRetry ? (
        <Button className="button button-secondary" onPress={onRetry}>
          {t('errors.retry')}
        </Button>
      ) : null}
    </div>
  );
}
