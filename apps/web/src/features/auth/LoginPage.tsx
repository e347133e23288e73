import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { useAuth } from '../../lib/auth';
import { LoginMutation } from '../../lib/auth-documents';
import { usePageTitle } from '../../lib/page-title';
import { SignUpOpenQuery } from './SignUpPage';

export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [{ data: signUp }] = useQuery({ query: SignUpOpenQuery });
  const from = (location.state as { from?: string } | null)?.from ?? '/plans';
  usePageTitle(t('auth.signInTitle'));

  if (auth.user) return <Navigate to={from} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login({ email, password });
    const session = result.data?.login;
    if (session) {
      auth.signIn(session.accessToken, session.user);
      navigate(from, { replace: true });
    }
  }

  return (
    <section className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <form onSubmit={submit} className="form" noValidate>
        <label>
          {t('auth.email')}
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('auth.password')}
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <FormError error={error} />
        <button type="submit" disabled={fetching}>
          {fetching ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      {signUp?.signUpOpen ? (
        <p>
          {t('auth.noAccount')} <Link to="/sign-up">{t('signUp.link')}</Link>
        </p>
      ) : (
        <p className="muted">{t('auth.inviteOnly')}</p>
      )}
    </section>
  );
}
