import type { ActionPlanStatus, DraftSectionKey } from '@ogp-forum/domain';
import { gql } from 'urql';

export interface DraftForAdoption {
  id: string;
  title: string;
  frozen: boolean;
  leadOrganization: { id: string; name: string; nameKo: string | null };
  sections: { id: string; key: DraftSectionKey; text: string }[];
}

export interface AdoptionData {
  actionPlan: { id: string; number: number; title: string; titleKo: string | null; status: ActionPlanStatus; periodStart: string; periodEnd: string };
  draftCommitments: DraftForAdoption[];
}

export const AdoptionQuery = gql`
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
`;

export const AdoptActionPlanMutation = gql`
  mutation AdoptActionPlan($planId: ID!, $input: AdoptActionPlanInput!) {
    adoptActionPlan(planId: $planId, input: $input) {
      id
      status
      adoptedAt
    }
  }
`;

export const CloseActionPlanMutation = gql`
  mutation CloseActionPlan($planId: ID!) {
    closeActionPlan(planId: $planId) {
      id
      status
      closedAt
    }
  }
`;

export const UpdateActionPlanMutation = gql`
  mutation UpdateActionPlan($id: ID!, $input: UpdateActionPlanInput!) {
    updateActionPlan(id: $id, input: $input) {
      id
      title
      titleKo
      periodStart
      periodEnd
    }
  }
`;
