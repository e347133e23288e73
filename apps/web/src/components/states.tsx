import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state" role="status" aria-live="polite">
      {t('state.loading')}
    </p>
  );
}

/** A failed query: NOT_FOUND reads as a missing page, anything else offers a retry. */
export function QueryError({ error, retry }: { error: CombinedError; retry: () => void }) {
  const { t } = useTranslation();
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT')) {
    return <NotFound />;
  }
  return (
    <div className="state state-error" role="alert">
      <p>{t('state.error')}</p>
      <button type="button" onClick={retry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="state" role="alert">
      <h1>{t('state.notFound')}</h1>
      <Link to="/plans">{t('state.backHome')}</Link>
    </div>
  );
}
