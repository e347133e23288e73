import { graphql } from '../../gql';

export const ForumRulesFields = graphql(`
  fragment ForumRulesFields on ForumRules { id locale text version updatedAt seeded updatedBy { id displayName } }
`);

export const ForumRulesQuery = graphql(`
  query ForumRules {
    forumRules { ...ForumRulesFields }
  }
`);

export const ForumRulesVersionsQuery = graphql(`
  query ForumRulesVersions($locale: Locale!) {
    forumRulesVersions(locale: $locale) { id version text createdAt seeded author { id displayName } }
  }
`);

export const SaveForumRulesMutation = graphql(`
  mutation SaveForumRules($input: SaveForumRulesInput!) {
    saveForumRules(input: $input) { ...ForumRulesFields }
  }
`);

