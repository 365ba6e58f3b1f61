/** @jsxImportSource preact */
import { ApiError } from './api';
import { useI18n } from './i18n/i18n-context';

/** A page's data could not be had: an unknown link (404) or a failure worth retrying. */
export function LoadProblem({
  error,
  onRetry,
  notFound = 'linkNotFound',
}: {
  error: unknown;
  onRetry(): void;
  notFound?: 'linkNotFound' | 'statusNotFound';
}) {
  const { t } = useI18n();
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <div class="problem" role="alert">
      <p>{missing ? t(notFound) : t('loadFailed')}</p>
      {!missing && (
        <button type="button" class="secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
