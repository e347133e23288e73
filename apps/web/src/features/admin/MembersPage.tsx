import { Locale, Role } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Pager } from '../../components/Pager';
import { graphql } from '../../gql';
import type { MembersQuery as Members } from '../../gql/graphql';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { OrganizationOptions, OrganizationRow, OrganizationsQuery, RoleOptions } from './admin-documents';
import { usePageTitle } from '../../lib/page-title';
import { useSearchParam } from '../../lib/search-param';

const MembersQuery = graphql(`
  query Members($after: String) {
    members(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email displayName role status organization { id name nameKo } } }
    }
  }
`);
const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { expiresAt member { id email } } }
`);
const UpdateMemberMutation = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id role organization { id name nameKo } } }
`);

const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($id: ID!) { deactivateMember(id: $id) { id status } }
`);
const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($id: ID!) { reactivateMember(id: $id) { id status } }
`);

type MemberRow = Members['members']['edges'][number]['node'];

export function MembersPage() {
  const { t } = useTranslation();
  const [after, setAfter] = useSearchParam('after');
  const [{ data, fetching, error }, refetch] = useQuery({ query: MembersQuery, variables: { after }, requestPolicy: 'cache-and-network' });
  const [{ data: organizations }] = useQuery({ query: OrganizationsQuery });
  usePageTitle(t('members.title'));

  return (
    <>
      <h1>{t('members.title')}</h1>
      <InviteForm organizations={organizations?.organizations ?? []} onInvited={() => refetch({ requestPolicy: 'network-only' })} />
      <section>
        <h2 id="members-heading">{t('members.list', { count: data?.members.totalCount ?? 0 })}</h2>
        {fetching && !data && <Loading />}
        {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
        {data && (
          <TableScroll labelledBy="members-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('account.name')}</th>
                  <th scope="col">{t('auth.email')}</th>
                  <th scope="col">{t('account.role')}</th>
                  <th scope="col">{t('account.organization')}</th>
                  <th scope="col">{t('members.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.members.edges.map(({ node }) => (
                  <MemberRowView key={node.id} member={node} organizations={organizations?.organizations ?? []} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <Pager after={after} pageInfo={data?.members.pageInfo} onChange={setAfter} />
      </section>
    </>
  );
}

function MemberRowView({ member, organizations }: { member: MemberRow; organizations: OrganizationRow[] }) {
  const { t } = useTranslation();
  const [role, setRole] = useState(member.role);
  const [organizationId, setOrganizationId] = useState(member.organization?.id ?? '');
  const [{ fetching, error }, update] = useMutation(UpdateMemberMutation);
  const changed = role !== member.role || organizationId !== (member.organization?.id ?? '');

  return (
    <tr>
      <td>{member.displayName}</td>
      <td>{member.email}</td>
      <td>
        <select aria-label={t('members.roleOf', { name: member.displayName })} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <RoleOptions />
        </select>
      </td>
      <td>
        <select
          aria-label={t('members.organizationOf', { name: member.displayName })}
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
        >
          <OrganizationOptions organizations={organizations} />
        </select>
        {changed && (
          <button type="button" disabled={fetching} onClick={() => void update({ id: member.id, input: { role, organizationId: organizationId || null } })}>
            {t('members.save')}
          </button>
        )}
        <FormError error={error} />
      </td>
      <td>
        <span className={`badge badge-${member.status.toLowerCase()}`}>{t(`members.statuses.${member.status}`)}</span>
        <MemberAccessButton member={member} />
      </td>
    </tr>
  );
}

/** Deactivates a member who left (after a confirmation), or lets a deactivated one back in. */
function MemberAccessButton({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const [deactivation, deactivate] = useMutation(DeactivateMemberMutation);
  const [reactivation, reactivate] = useMutation(ReactivateMemberMutation);
  const fetching = deactivation.fetching || reactivation.fetching;
  if (member.status === 'INVITED') return null;
  const deactivated = member.status === 'DEACTIVATED';
  const name = member.displayName;
  return (
    <>
      {deactivated ? (
        <button
          type="button"
          className="secondary"
          disabled={fetching}
          aria-label={t('members.reactivateLabel', { name })}
          onClick={() => window.confirm(t('members.reactivateConfirm', { name })) && void reactivate({ id: member.id })}
        >
          {t('members.reactivate')}
        </button>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={fetching}
          aria-label={t('members.deactivateLabel', { name })}
          onClick={() => window.confirm(t('members.deactivateConfirm', { name })) && void deactivate({ id: member.id })}
        >
          {t('members.deactivate')}
        </button>
      )}
      <FormError error={deactivation.error ?? reactivation.error} />
    </>
  );
}

function InviteForm({ organizations, onInvited }: { organizations: OrganizationRow[]; onInvited: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState(Role.CSO);
  const [organizationId, setOrganizationId] = useState('');
  const [locale, setLocale] = useState(Locale.ko);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching, error }, invite] = useMutation(InviteMemberMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    const result = await invite({ input: { email, displayName, role, organizationId: organizationId || null, locale } });
    if (result.data?.inviteMember) {
      setSentTo(result.data.inviteMember.member.email);
      setEmail('');
      setDisplayName('');
      onInvited();
    }
  }

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('members.invite')}</h2>
      <form onSubmit={submit} className="form form-grid" noValidate>
        <label>
          {t('auth.email')}
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('account.name')}
          <input required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <label>
          {t('account.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions />
          </select>
        </label>
        <label>
          {t('account.organization')}
          <select value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
            <OrganizationOptions organizations={organizations} />
          </select>
        </label>
        <label>
          {t('members.language')}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </label>
        <div className="form-actions">
          <button type="submit" disabled={fetching}>
            {t('members.sendInvitation')}
          </button>
        </div>
        <FormError error={error} />
        {sentTo && (
          <p className="form-success" role="status">
            {t('members.invitationSent', { email: sentTo })}
          </p>
        )}
      </form>
    </section>
  );
}
