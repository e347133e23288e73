import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

/** The message of a failed mutation, announced to screen readers; codes the user can act on get our own words. */
export function FormError({ error }: { error?: CombinedError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  const message = code === 'RATE_LIMITED' ? t('errors.rateLimited') : first?.message ?? t('errors.network');
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
