import type { OgpValue, ProposalMilestone } from '@ogp-forum/domain';
import { graphql } from '../../gql';
import type {
  CoCreationPlanFieldsFragment,
  DraftCommitmentQuery as DraftCommitmentData,
  DraftSectionDiffQuery as DraftSectionDiffData,
  ProposalCardFragment,
  ProposalQuery as ProposalData,
  ReasonedResponsesQuery as ReasonedResponsesData,
  ScoreAveragesFragment,
  ScoresFragment,
  WorkingGroupQuery as WorkingGroupData,
} from '../../gql/graphql';

// --- Types, from the generated types of the documents below ---------------------------------------------------------

export type CoCreationPlan = CoCreationPlanFieldsFragment;
export type ProposalCard = ProposalCardFragment;
export type Scores = ScoresFragment;
export type ScoreAverages = ScoreAveragesFragment;
export type ProposalDetail = ProposalData['proposal'];
export type DraftCommitmentDetail = DraftCommitmentData['draftCommitment'];
export type DraftSection = DraftCommitmentDetail['sections'][number];
export type DraftMilestone = NonNullable<DraftSection['milestones']>['milestones'][number];
export type DiffPart = DraftSectionDiffData['draftSectionDiff'][number];
export type WorkingGroupDetail = WorkingGroupData['workingGroup'];
export type RegisterRow = ReasonedResponsesData['reasonedResponses'][number];

/** The fields the author writes, as the editor holds them. */
export interface ProposalText {
  title: string;
  problem: string;
  proposedAction: string;
  expectedResults: string;
  milestones: ProposalMilestone[];
  suggestedLeadAgency: string | null;
  ogpValues: OgpValue[];
}

// --- Reading ---------------------------------------------------------------------------------------------------------

export const CoCreationPlanFields = graphql(`
  fragment CoCreationPlanFields on ActionPlan {
    id number title titleKo status coCreationPhase callOpensOn callClosesOn reviewClosesOn draftingClosesOn dueOn
  }
`);
export const OrganizationRefFields = graphql(`
  fragment OrganizationRef on Organization { id name nameKo }
`);
export const ProposalCardFields = graphql(`
  fragment ProposalCard on Proposal {
    id title status organization { ...OrganizationRef } coSponsors { ...OrganizationRef } proposer { id displayName }
    sampleAttribution specificity { score }
  }
`);
export const ScoresFields = graphql(`
  fragment Scores on Evaluation { feasibility specificity urgency relevance }
`);
export const ScoreAveragesFields = graphql(`
  fragment ScoreAverages on ScoreAverages { evaluators feasibility specificity urgency relevance }
`);

export const CoCreationPlansQuery = graphql(`
  query CoCreationPlans { actionPlans { ...CoCreationPlanFields } }
`);

export const CoCreationQuery = graphql(`
  query CoCreation($planId: ID!) {
    actionPlan(id: $planId) { ...CoCreationPlanFields }
    proposals(planId: $planId) { ...ProposalCard }
    draftCommitments(planId: $planId) { id title frozen }
    workingGroups(planId: $planId) { id name }
  }
`);

export const ProposalQuery = graphql(`
  query Proposal($id: ID!) {
    proposal(id: $id) {
      ...ProposalCard
      problem proposedAction expectedResults milestones { title dueDate } suggestedLeadAgency ogpValues
      submittedAt decidedAt rationale createdAt
      plan { id number title titleKo status }
      mergedInto { id title } workingGroup { id name } draftCommitment { id title } commitment { id code }
      mayEvaluate myEvaluation { ...Scores note counts }
      evaluations { ...Scores note updatedAt evaluator { id displayName } }
      evaluationSummary { all { ...ScoreAverages } bySector { sector evaluators feasibility specificity urgency relevance } }
    }
  }
`);

/** The plan's other proposals a proposal can be merged into. */
/** The secretariat adds the agency a proposal suggests, when it is not yet one of the forum's organisations. */
export const AddLeadAgencyMutation = graphql(`
  mutation AddLeadAgency($input: OrganizationInput!) { createOrganization(input: $input) { id name nameKo kind } }
`);

export const MergeTargetsQuery = graphql(`
  query MergeTargets($planId: ID!) {
    proposals(planId: $planId) { id title status }
    workingGroups(planId: $planId) { id name }
    organizations { id name nameKo kind }
  }
`);

export const ReasonedResponsesQuery = graphql(`
  query ReasonedResponses($planId: ID!) {
    actionPlan(id: $planId) { id number title titleKo }
    reasonedResponses(planId: $planId) {
      id title status submittedAt decidedAt rationale organization { ...OrganizationRef } mergedInto { id title } workingGroup { id name } commitment { id code }
    }
  }
`);

export const DraftCommitmentQuery = graphql(`
  query DraftCommitment($id: ID!) {
    draftCommitment(id: $id) {
      id planId title frozen revision governmentSignedOffAt csoSignedOffAt mySignOffSide leftOutReason commitment { id code }
      leadOrganization { ...OrganizationRef } coLeadOrganizations { ...OrganizationRef }
      proposal { id title }
      sections {
        id key text version updatedAt updatedBy { id displayName }
        history { version createdAt author { id displayName } }
        milestones { milestones { title start end } problems }
      }
    }
  }
`);

export const DraftSectionDiffQuery = graphql(`
  query DraftSectionDiff($sectionId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    draftSectionDiff(sectionId: $sectionId, fromVersion: $fromVersion, toVersion: $toVersion) { text change }
  }
`);

export const WorkingGroupQuery = graphql(`
  query WorkingGroup($id: ID!) {
    workingGroup(id: $id) {
      id planId name description members { id displayName }
      proposals { id title rationale organization { ...OrganizationRef } }
    }
  }
`);

// --- Changing --------------------------------------------------------------------------------------------------------

export const CreateActionPlanMutation = graphql(`
  mutation CreateActionPlan($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }
`);
export const UpdateCoCreationCalendarMutation = graphql(`
  mutation UpdateCoCreationCalendar($id: ID!, $input: CoCreationCalendarInput!) {
    updateCoCreationCalendar(id: $id, input: $input) { ...CoCreationPlanFields }
  }
`);
export const CreateProposalMutation = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) { createProposal(input: $input) { id } }
`);
export const UpdateProposalMutation = graphql(`
  mutation UpdateProposal($id: ID!, $input: ProposalTextInput!) { updateProposal(id: $id, input: $input) { id } }
`);
export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($id: ID!) { submitProposal(id: $id) { id status } }
`);
export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($id: ID!) { withdrawProposal(id: $id) { id status } }
`);
export const CoSponsorProposalMutation = graphql(`
  mutation CoSponsorProposal($id: ID!, $sponsoring: Boolean!) { coSponsorProposal(id: $id, sponsoring: $sponsoring) { id } }
`);
export const OpenProposalReviewMutation = graphql(`
  mutation OpenProposalReview($id: ID!) { openProposalReview(id: $id) { id status } }
`);
export const EvaluateProposalMutation = graphql(`
  mutation EvaluateProposal($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { ...Scores note } }
`);
export const DecideProposalMutation = graphql(`
  mutation DecideProposal($input: DecideProposalInput!) { decideProposal(input: $input) { id status } }
`);
export const CreateWorkingGroupMutation = graphql(`
  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id name } }
`);
export const SetWorkingGroupMemberMutation = graphql(`
  mutation SetWorkingGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {
    setWorkingGroupMember(groupId: $groupId, userId: $userId, member: $member) { id }
  }
`);
export const SaveDraftSectionMutation = graphql(`
  mutation SaveDraftSection($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { id text version } }
`);
export const SaveDraftMilestonesMutation = graphql(`
  mutation SaveDraftMilestones($input: SaveDraftMilestonesInput!) { saveDraftMilestones(input: $input) { id text version } }
`);
export const SignOffDraftCommitmentMutation = graphql(`
  mutation SignOffDraftCommitment($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { id frozen } }
`);
