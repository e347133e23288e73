import { graphql } from '../../gql';
import type { AdoptionQuery as AdoptionQueryData } from '../../gql/graphql';

export type AdoptionData = AdoptionQueryData;
export type DraftForAdoption = AdoptionData['draftCommitments'][number];

export const AdoptionQuery = graphql(`
  query Adoption($planId: ID!) {
    actionPlan(id: $planId) {
      id
      number
      title
      titleKo
      status
      periodStart
      periodEnd
    }
    draftCommitments(planId: $planId) {
      id
      title
      frozen
      leadOrganization {
        id
        name
        nameKo
      }
      sections {
        id
        key
        text
      }
    }
  }
`);

export const AdoptActionPlanMutation = graphql(`
  mutation AdoptActionPlan($planId: ID!, $input: AdoptActionPlanInput!) {
    adoptActionPlan(planId: $planId, input: $input) {
      id
      status
      adoptedAt
    }
  }
`);

export const CloseActionPlanMutation = graphql(`
  mutation CloseActionPlan($planId: ID!) {
    closeActionPlan(planId: $planId) {
      id
      status
      closedAt
    }
  }
`);

export const UpdateActionPlanMutation = graphql(`
  mutation UpdateActionPlan($id: ID!, $input: UpdateActionPlanInput!) {
    updateActionPlan(id: $id, input: $input) {
      id
      title
      titleKo
      periodStart
      periodEnd
    }
  }
`);
