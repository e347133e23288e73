import { gql } from 'urql';

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
] as const;
