import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { Loading } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { graphql } from '../../gql';
import { useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) { email displayName role expiresAt organization { id name nameKo } }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) { ...SessionFields }
  }
`);

export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const auth = useAuth();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [{ data, fetching, error: loadError }] = useQuery({ query: InvitationQuery, variables: { token } });
  const [{ fetching: saving, error }, accept] = useMutation(AcceptInvitationMutation);
  usePageTitle(data?.invitation ? t('invitation.title', { name: data.invitation.displayName }) : t('invitation.invalidTitle'));

  if (fetching && !data) return <Loading />;
  if (loadError || !data) {
    return (
      <section className="narrow">
        <h1>{t('invitation.invalidTitle')}</h1>
        <p>{t('invitation.invalid')}</p>
      </section>
    );
  }
  const invitation = data.invitation;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMismatch(password !== confirmation);
    if (password !== confirmation) return;
    const result = await accept({ token, password });
    const session = result.data?.acceptInvitation;
    if (session) {
      auth.signIn(session.accessToken, session.user);
      navigate('/plans', { replace: true });
    }
  }

  return (
    <section className="narrow">
      <h1>{t('invitation.title', { name: invitation.displayName })}</h1>
      <p>
        {t('invitation.summary', {
          email: invitation.email,
          role: t(`roles.${invitation.role}`),
          organization: invitation.organization ? localized(invitation.organization.name, invitation.organization.nameKo) : '—',
        })}
      </p>
      <form onSubmit={submit} className="form" noValidate>
        <NewPasswordFields password={password} confirmation={confirmation} onPassword={setPassword} onConfirmation={setConfirmation} />
        {mismatch && (
          <p className="form-error" role="alert">
            {t('invitation.mismatch')}
          </p>
        )}
        <FormError error={error} />
        <button type="submit" disabled={saving}>
          {t('invitation.accept')}
        </button>
      </form>
    </section>
  );
}
