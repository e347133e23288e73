import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { graphql } from '../../gql';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { AccountSettingsForm } from './AccountSettingsForm';
import { NotificationSettings } from './NotificationSettings';
import { CalendarFeedSection } from './CalendarFeedSection';

const SessionsQuery = graphql(`
  query MySessions { mySessions { id userAgent ip createdAt lastUsedAt current } }
`);
const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) { revokeSession(id: $id) }
`);
const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }
`);

export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const localized = useLocalized();
  const formatDate = useFormatDate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SessionsQuery, requestPolicy: 'network-only' });
  const [, revoke] = useMutation(RevokeSessionMutation);
  usePageTitle(t('account.title'));
  if (!user) return null;

  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{user.displayName}</dd>
        </div>
        <div>
          <dt>{t('auth.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </div>
        {user.organization && (
          <div>
            <dt>{t('account.organization')}</dt>
            <dd>{localized(user.organization.name, user.organization.nameKo)}</dd>
          </div>
        )}
      </dl>

      <AccountSettingsForm />

      <section>
        <h2 id="sessions-heading">{t('account.sessions')}</h2>
        {fetching && !data && <Loading />}
        {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
        {data && (
          <TableScroll labelledBy="sessions-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('account.device')}</th>
                  <th scope="col">{t('account.signedInOn')}</th>
                  <th scope="col">{t('account.lastUsed')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('account.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.mySessions.map((session) => (
                  <tr key={session.id}>
                    <td>
                      {session.userAgent || t('account.unknownDevice')} {session.ip && <span className="muted">({session.ip})</span>}
                    </td>
                    <td>{formatDate(session.createdAt)}</td>
                    <td>{formatDate(session.lastUsedAt)}</td>
                    <td>
                      {session.current ? (
                        <span className="badge">{t('account.thisDevice')}</span>
                      ) : (
                        <button type="button" onClick={() => void revoke({ id: session.id }).then(() => refetch({ requestPolicy: 'network-only' }))}>
                          {t('account.signOutDevice')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <NotificationSettings />

      <ChangePasswordForm onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      <CalendarFeedSection />
    </>
  );
}

function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const [{ fetching, error }, change] = useMutation(ChangePasswordMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const result = await change({ input: { currentPassword, newPassword } });
    if (result.data?.changePassword) {
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      onChanged();
    }
  }

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.changePassword')}</h2>
      <form onSubmit={submit} className="form narrow" noValidate>
        <label>
          {t('account.currentPassword')}
          <input type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />
        </label>
        <label>
          {t('invitation.newPassword')}
          <input type="password" autoComplete="new-password" aria-describedby="new-password-rules" value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />
        </label>
        <p id="new-password-rules" className="hint">
          {t('invitation.passwordRules')} {t('account.othersSignedOut')}
        </p>
        <FormError error={error} />
        {done && (
          <p className="form-success" role="status">
            {t('account.passwordChanged')}
          </p>
        )}
        <button type="submit" disabled={fetching}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
