import { OrganizationKind } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { graphql } from '../../gql';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { ORGANIZATION_KINDS, OrganizationRow, OrganizationsQuery } from './admin-documents';
import { usePageTitle } from '../../lib/page-title';

const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id key name nameKo kind } }
`);
const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id name nameKo kind } }
`);

export function OrganizationsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrganizationsQuery });
  usePageTitle(t('organizations.title'));
  return (
    <>
      <h1>{t('organizations.title')}</h1>
      <OrganizationForm onSaved={() => refetch({ requestPolicy: 'network-only' })} />
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && (
        <TableScroll labelledBy="organizations-caption">
          <table>
            <caption id="organizations-caption">{t('organizations.list', { count: data.organizations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organizations.name')}</th>
                <th scope="col">{t('organizations.nameKo')}</th>
                <th scope="col">{t('organizations.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {data.organizations.map((organization) => (
                <OrganizationRowView key={organization.id} organization={organization} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

function OrganizationRowView({ organization }: { organization: OrganizationRow }) {
  const { t } = useTranslation();
  const [name, setName] = useState(organization.name);
  const [nameKo, setNameKo] = useState(organization.nameKo ?? '');
  const [kind, setKind] = useState(organization.kind);
  const [{ fetching, error }, update] = useMutation(UpdateOrganizationMutation);
  const changed = name !== organization.name || nameKo !== (organization.nameKo ?? '') || kind !== organization.kind;
  return (
    <tr>
      <td>
        <input aria-label={t('organizations.nameOf', { name: organization.name })} value={name} onChange={(e) => setName(e.target.value)} />
      </td>
      <td>
        <input aria-label={t('organizations.nameKoOf', { name: organization.name })} value={nameKo} onChange={(e) => setNameKo(e.target.value)} />
      </td>
      <td>
        <select aria-label={t('organizations.kindOf', { name: organization.name })} value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
          {ORGANIZATION_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`organizationKinds.${value}`)}
            </option>
          ))}
        </select>
        {changed && (
          <button type="button" disabled={fetching} onClick={() => void update({ id: organization.id, input: { name, nameKo: nameKo || null, kind } })}>
            {t('members.save')}
          </button>
        )}
        <FormError error={error} />
      </td>
    </tr>
  );
}

function OrganizationForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [nameKo, setNameKo] = useState('');
  const [kind, setKind] = useState(OrganizationKind.CIVIL_SOCIETY);
  const [{ fetching, error }, create] = useMutation(CreateOrganizationMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { name, nameKo: nameKo || null, kind } });
    if (result.data?.createOrganization) {
      setName('');
      setNameKo('');
      onSaved();
    }
  }

  return (
    <form onSubmit={submit} className="form form-grid" noValidate aria-label={t('organizations.add')}>
      <label>
        {t('organizations.name')}
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('organizations.nameKo')}
        <input value={nameKo} onChange={(e) => setNameKo(e.target.value)} />
      </label>
      <label>
        {t('organizations.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
          {ORGANIZATION_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`organizationKinds.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="submit" disabled={fetching}>
          {t('organizations.add')}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
