import { Locale } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { Loading, QueryError } from '../../components/states';
import { graphql } from '../../gql';
import { useAuth } from '../../lib/auth';
import { LANGUAGES } from '../../lib/i18n';
import { usePageTitle } from '../../lib/page-title';

export const SignUpOpenQuery = graphql(`
  query SignUpOpen { signUpOpen }
`);

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) }
`);

/** Citizens create their own account; the account exists once they open the link e-mailed to them. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [{ data, fetching, error: loadError }, reload] = useQuery({ query: SignUpOpenQuery });
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [locale, setLocale] = useState<Locale>(i18n.language === 'ko' ? Locale.ko : Locale.en);
  const [mismatch, setMismatch] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching: sending, error }, signUp] = useMutation(SignUpMutation);
  usePageTitle(sentTo ? t('signUp.checkEmailTitle') : t('signUp.title'));

  if (auth.user) return <Navigate to="/account" replace />;
  if (loadError) return <QueryError error={loadError} retry={() => reload({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <Loading />;

  if (sentTo) {
    return (
      <section className="narrow">
        <h1>{t('signUp.checkEmailTitle')}</h1>
        <p role="status">{t('signUp.checkEmail', { email: sentTo })}</p>
        <p className="muted">{t('signUp.checkEmailHint')}</p>
      </section>
    );
  }

  if (!data.signUpOpen) {
    return (
      <section className="narrow">
        <h1>{t('signUp.title')}</h1>
        <p>{t('signUp.closed')}</p>
        <p>
          <Link to="/login">{t('auth.signIn')}</Link>
        </p>
      </section>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMismatch(password !== confirmation);
    if (password !== confirmation) return;
    const result = await signUp({ input: { email: email.trim(), displayName, password, locale } });
    if (result.data?.signUp) setSentTo(email.trim());
  }

  return (
    <section className="narrow">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <form onSubmit={submit} className="form" noValidate>
        <label>
          {t('auth.email')}
          <input type="email" autoComplete="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('account.name')}
          <input autoComplete="name" required maxLength={120} aria-describedby="sign-up-name-hint" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <p id="sign-up-name-hint" className="hint">
          {t('signUp.nameHint')}
        </p>
        <NewPasswordFields password={password} confirmation={confirmation} onPassword={setPassword} onConfirmation={setConfirmation} />
        <label>
          {t('account.language')}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LANGUAGES.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.label}
              </option>
            ))}
          </select>
        </label>
        {mismatch && (
          <p className="form-error" role="alert">
            {t('invitation.mismatch')}
          </p>
        )}
        <FormError error={error} />
        <button type="submit" disabled={sending}>
          {t('signUp.submit')}
        </button>
      </form>
      <p className="muted">
        {t('signUp.haveAccount')} <Link to="/login">{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
