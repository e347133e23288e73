import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { graphql } from '../../gql';
import { useAuth } from '../../lib/auth';
import { usePageTitle } from '../../lib/page-title';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) { verifyEmail(token: $token) { ...SessionFields } }
`);

/**
 * The link of the sign-up e-mail. The address is confirmed by a button, not on load, so that a mail scanner opening
 * the link does not use it up.
 */
export function VerifyEmailPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [{ fetching, error }, verify] = useMutation(VerifyEmailMutation);
  usePageTitle(t('verifyEmail.title'));
  const spent = error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');

  async function confirm() {
    const result = await verify({ token });
    const session = result.data?.verifyEmail;
    if (session) {
      auth.signIn(session.accessToken, session.user);
      navigate('/account', { replace: true, state: { welcome: true } });
    }
  }

  return (
    <section className="narrow">
      <h1>{t('verifyEmail.title')}</h1>
      {spent ? (
        <>
          <p role="alert">{t('verifyEmail.invalid')}</p>
          <p>
            <Link to="/sign-up">{t('verifyEmail.again')}</Link> · <Link to="/login">{t('auth.signIn')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('verifyEmail.intro')}</p>
          <FormError error={error} />
          <button type="button" onClick={() => void confirm()} disabled={fetching}>
            {t('verifyEmail.confirm')}
          </button>
        </>
      )}
    </section>
  );
}
