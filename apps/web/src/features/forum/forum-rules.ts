import { gql } from 'urql';

export const ForumRulesQuery = gql`
  query ForumRules {
    forumRules { id locale text version updatedAt seeded updatedBy { id displayName } }
  }
`;

export const ForumRulesVersionsQuery = gql`
  query ForumRulesVersions($locale: Locale!) {
    forumRulesVersions(locale: $locale) { id version text createdAt seeded author { id displayName } }
  }
`;

export const SaveForumRulesMutation = gql`
  mutation SaveForumRules($input: SaveForumRulesInput!) {
    saveForumRules(input: $input) { id locale text version updatedAt seeded updatedBy { id displayName } }
  }
`;

export type RulesLocale = 'en' | 'ko';

export interface ForumRulesText {
  id: string;
  locale: RulesLocale;
  text: string;
  version: number;
  updatedAt: string | null;
  seeded: boolean;
  updatedBy: { id: string; displayName: string } | null;
}

export interface ForumRulesVersion {
  id: string;
  version: number;
  text: string;
  createdAt: string;
  seeded: boolean;
  author: { id: string; displayName: string } | null;
}
