import { OrganizationKind, Role } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OrganizationsQuery as Organizations } from '../../gql/graphql';
import { useLocalized } from '../../lib/format';

export const OrganizationsQuery = graphql(`
  query Organizations { organizations { id key name nameKo kind } }
`);

export type OrganizationRow = Organizations['organizations'][number];

export const ROLES = Object.values(Role);
export const ORGANIZATION_KINDS = Object.values(OrganizationKind);

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
