import type { CombinedError } from 'urql';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The message of a failed mutation, announced to screen readers; codes the user can act on get our own words. */
export function FormError({ error }: { error?: CombinedError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  const message = code === 'RATE_LIMITED' ? rateLimited(t, first.extensions.retryAfterSeconds) : first?.message ?? t('errors.network');
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** The wait the api named: seconds under a minute, else whole minutes rounded up, so nobody is told to come back too soon. */
function rateLimited(t: TFunction, retryAfterSeconds: unknown): string {
  if (typeof retryAfterSeconds !== 'number') return t('errors.rateLimited');
  if (retryAfterSeconds < 60) return t('errors.rateLimitedSeconds', { count: retryAfterSeconds });
  return t('errors.rateLimitedMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
}
