import { useTranslation } from 'react-i18next';
import { gql } from 'urql';
import { useLocalized } from '../../lib/format';

export const OrganizationsQuery = gql`
  query Organizations { organizations { id key name nameKo kind } }
`;

export interface OrganizationRow {
  id: string;
  key: string;
  name: string;
  nameKo: string | null;
  kind: string;
}

export const ROLES = ['ADMIN', 'GOVERNMENT', 'CSO', 'CITIZEN'] as const;
export const ORGANIZATION_KINDS = [
  'GOVERNMENT',
  'CIVIL_SOCIETY',
  'ACADEMIA',
  'PRIVATE_SECTOR',
  'MULTILATERAL',
  'LEGISLATURE',
  'JUDICIARY',
  'SECRETARIAT',
] as const;

/** The <option>s of a role select, in the reader's language. */
export function RoleOptions() {
  const { t } = useTranslation();
  return (
    <>
      {ROLES.map((value) => (
        <option key={value} value={value}>
          {t(`roles.${value}`)}
        </option>
      ))}
    </>
  );
}

/** The <option>s of an organisation select, with "—" for none. */
export function OrganizationOptions({ organizations }: { organizations: OrganizationRow[] }) {
  const localized = useLocalized();
  return (
    <>
      <option value="">—</option>
      {organizations.map((organization) => (
        <option key={organization.id} value={organization.id}>
          {localized(organization.name, organization.nameKo)}
        </option>
      ))}
    </>
  );
}
