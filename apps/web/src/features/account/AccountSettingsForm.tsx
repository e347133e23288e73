import { Locale } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { graphql } from '../../gql';
import { LANGUAGES } from '../../lib/i18n';
import { setSession, useSession } from '../../lib/session';

const UpdateMyAccountMutation = graphql(`
  mutation UpdateMyAccount($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id displayName locale localeChosen } }
`);

/** The member's own name and language: the language of the web app after sign-in, of their e-mails and error messages. */
export function AccountSettingsForm() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [locale, setLocale] = useState<Locale>(user?.locale ?? Locale.en);
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateMyAccountMutation);
  if (session.status !== 'signedIn' || !user) return null;
  const signedIn = session;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await update({ input: { displayName, locale } });
    const account = result.data?.updateMyAccount;
    if (account) {
      // The session's copy of the member follows, and with it the app's language (setSession).
      setSession({ ...signedIn, user: { ...signedIn.user, displayName: account.displayName, locale: account.locale, localeChosen: account.localeChosen } });
      setSaved(true);
    }
  }

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('account.settings')}</h2>
      <form onSubmit={submit} className="form narrow" noValidate>
        <label>
          {t('account.name')}
          <input autoComplete="name" required maxLength={120} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <label>
          {t('account.language')}
          <select value={locale} aria-describedby="language-hint" onChange={(e) => setLocale(e.target.value as Locale)}>
            {LANGUAGES.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.label}
              </option>
            ))}
          </select>
        </label>
        <p id="language-hint" className="hint">
          {t('account.languageHint')}
        </p>
        <FormError error={error} />
        {saved && (
          <p className="form-success" role="status">
            {t('account.settingsSaved')}
          </p>
        )}
        <button type="submit" disabled={fetching}>
          {t('account.saveSettings')}
        </button>
      </form>
    </section>
  );
}

/**
 * The header's language switch: a visitor's choice is kept in this browser; a member's is saved to their account too,
 * so that the next sign-in (which follows the stored language) does not switch it back.
 */
export function useChooseLanguage(): (language: Locale) => void {
  const { i18n } = useTranslation();
  const session = useSession();
  const [, update] = useMutation(UpdateMyAccountMutation);
  return (language) => {
    void i18n.changeLanguage(language);
    if (session.status !== 'signedIn' || session.user.locale === language) return;
    void update({ input: { locale: language } }).then((result) => {
      const account = result.data?.updateMyAccount;
      if (account) setSession({ ...session, user: { ...session.user, locale: account.locale, localeChosen: account.localeChosen } });
    });
  };
}
