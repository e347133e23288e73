import type { CoCreationPhase, DraftSectionKey, OgpValue, ProposalMilestone, ProposalStatus, Sector, SignOffSide } from '@ogp-forum/domain';
import { gql } from 'urql';

// --- Types, written by hand like the rest of the app -----------------------------------------------------------------

export interface Person {
  id: string;
  displayName: string;
}

export interface OrganizationRef {
  id: string;
  name: string;
  nameKo: string | null;
}

export interface CoCreationPlan {
  id: string;
  number: number;
  title: string;
  titleKo: string | null;
  status: string;
  coCreationPhase: CoCreationPhase | null;
  callOpensOn: string | null;
  callClosesOn: string | null;
  reviewClosesOn: string | null;
  draftingClosesOn: string | null;
  dueOn: string | null;
}

export interface ProposalCard {
  id: string;
  title: string;
  status: ProposalStatus;
  organization: OrganizationRef | null;
  coSponsors: OrganizationRef[];
  proposer: Person | null;
  sampleAttribution: boolean;
  specificity: { score: number };
}

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

export interface Scores {
  feasibility: number;
  specificity: number;
  urgency: number;
  relevance: number;
}

export interface ScoreAverages {
  evaluators: number;
  feasibility: number | null;
  specificity: number | null;
  urgency: number | null;
  relevance: number | null;
}

export interface ProposalDetail extends ProposalCard, ProposalText {
  submittedAt: string | null;
  decidedAt: string | null;
  rationale: string | null;
  createdAt: string;
  plan: { id: string; number: number; title: string; titleKo: string | null; status: string };
  mergedInto: { id: string; title: string } | null;
  workingGroup: { id: string; name: string } | null;
  draftCommitment: { id: string; title: string } | null;
  commitment: { id: string; code: string } | null;
  /** Whether the reader may score it now (not their own organisation's, while open). */
  mayEvaluate: boolean;
  /** `counts` is false once the evaluator's organisation backs the proposal: the score is kept but left out. */
  myEvaluation: (Scores & { note: string; counts: boolean }) | null;
  evaluations: (Scores & { note: string; updatedAt: string; evaluator: Person })[] | null;
  evaluationSummary: { all: ScoreAverages; bySector: (ScoreAverages & { sector: Sector })[] } | null;
}

export interface DraftSectionVersion {
  version: number;
  createdAt: string;
  author: Person | null;
}

export interface DraftSection {
  id: string;
  key: DraftSectionKey;
  text: string;
  version: number;
  updatedAt: string;
  updatedBy: Person | null;
  history: DraftSectionVersion[];
  /** The MILESTONES section read as milestones; null for the other sections. */
  milestones: { milestones: DraftMilestone[]; problems: string[] } | null;
}

export interface DraftMilestone {
  title: string;
  /** ISO dates (YYYY-MM-DD). */
  start: string;
  end: string;
}

export interface DraftCommitmentDetail {
  id: string;
  planId: string;
  title: string;
  frozen: boolean;
  /** Grows with every save; a sign-off names the revision the signer read. */
  revision: number;
  governmentSignedOffAt: string | null;
  csoSignedOffAt: string | null;
  leadOrganization: OrganizationRef;
  coLeadOrganizations: OrganizationRef[];
  mySignOffSide: SignOffSide | null;
  proposal: { id: string; title: string };
  /** Once the plan is adopted: the commitment it became, or why it was left out. */
  commitment: { id: string; code: string } | null;
  leftOutReason: string | null;
  sections: DraftSection[];
}

export interface DiffPart {
  text: string;
  change: 'ADDED' | 'REMOVED' | 'SAME';
}

export interface WorkingGroupDetail {
  id: string;
  planId: string;
  name: string;
  description: string;
  members: Person[] | null;
  proposals: { id: string; title: string; rationale: string | null; organization: OrganizationRef | null }[];
}

export interface RegisterRow {
  id: string;
  title: string;
  status: ProposalStatus;
  submittedAt: string | null;
  decidedAt: string | null;
  rationale: string | null;
  organization: OrganizationRef | null;
  mergedInto: { id: string; title: string } | null;
  workingGroup: { id: string; name: string } | null;
  /** SELECTED, once the plan is adopted: the commitment it became. */
  commitment: { id: string; code: string } | null;
}

// --- Reading ---------------------------------------------------------------------------------------------------------

const PLAN_FIELDS = 'id number title titleKo status coCreationPhase callOpensOn callClosesOn reviewClosesOn draftingClosesOn dueOn';
const ORGANIZATION = '{ id name nameKo }';
const CARD_FIELDS = `id title status organization ${ORGANIZATION} coSponsors ${ORGANIZATION} proposer { id displayName } sampleAttribution specificity { score }`;
const SCORES = 'feasibility specificity urgency relevance';
const AVERAGES = `evaluators ${SCORES}`;

export const CoCreationPlansQuery = gql`
  query CoCreationPlans { actionPlans { ${PLAN_FIELDS} } }
`;

export const CoCreationQuery = gql`
  query CoCreation($planId: ID!) {
    actionPlan(id: $planId) { ${PLAN_FIELDS} }
    proposals(planId: $planId) { ${CARD_FIELDS} }
    draftCommitments(planId: $planId) { id title frozen }
    workingGroups(planId: $planId) { id name }
  }
`;

export const ProposalQuery = gql`
  query Proposal($id: ID!) {
    proposal(id: $id) {
      ${CARD_FIELDS}
      problem proposedAction expectedResults milestones { title dueDate } suggestedLeadAgency ogpValues
      submittedAt decidedAt rationale createdAt
      plan { id number title titleKo status }
      mergedInto { id title } workingGroup { id name } draftCommitment { id title } commitment { id code }
      mayEvaluate myEvaluation { ${SCORES} note counts }
      evaluations { ${SCORES} note updatedAt evaluator { id displayName } }
      evaluationSummary { all { ${AVERAGES} } bySector { sector ${AVERAGES} } }
    }
  }
`;

/** The plan's other proposals a proposal can be merged into. */
/** The secretariat adds the agency a proposal suggests, when it is not yet one of the forum's organisations. */
export const AddLeadAgencyMutation = gql`
  mutation AddLeadAgency($input: OrganizationInput!) { createOrganization(input: $input) { id name nameKo kind } }
`;

export const MergeTargetsQuery = gql`
  query MergeTargets($planId: ID!) {
    proposals(planId: $planId) { id title status }
    workingGroups(planId: $planId) { id name }
    organizations { id name nameKo kind }
  }
`;

export interface MergeTargets {
  proposals: { id: string; title: string; status: ProposalStatus }[];
  workingGroups: { id: string; name: string }[];
  organizations: (OrganizationRef & { kind: string })[];
}

export const ReasonedResponsesQuery = gql`
  query ReasonedResponses($planId: ID!) {
    actionPlan(id: $planId) { id number title titleKo }
    reasonedResponses(planId: $planId) {
      id title status submittedAt decidedAt rationale organization ${ORGANIZATION} mergedInto { id title } workingGroup { id name } commitment { id code }
    }
  }
`;

export const DraftCommitmentQuery = gql`
  query DraftCommitment($id: ID!) {
    draftCommitment(id: $id) {
      id planId title frozen revision governmentSignedOffAt csoSignedOffAt mySignOffSide leftOutReason commitment { id code }
      leadOrganization ${ORGANIZATION} coLeadOrganizations ${ORGANIZATION}
      proposal { id title }
      sections {
        id key text version updatedAt updatedBy { id displayName }
        history { version createdAt author { id displayName } }
        milestones { milestones { title start end } problems }
      }
    }
  }
`;

export const DraftSectionDiffQuery = gql`
  query DraftSectionDiff($sectionId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    draftSectionDiff(sectionId: $sectionId, fromVersion: $fromVersion, toVersion: $toVersion) { text change }
  }
`;

export const WorkingGroupQuery = gql`
  query WorkingGroup($id: ID!) {
    workingGroup(id: $id) {
      id planId name description members { id displayName }
      proposals { id title rationale organization ${ORGANIZATION} }
    }
  }
`;

// --- Changing --------------------------------------------------------------------------------------------------------

export const CreateActionPlanMutation = gql`
  mutation CreateActionPlan($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }
`;
export const UpdateCoCreationCalendarMutation = gql`
  mutation UpdateCoCreationCalendar($id: ID!, $input: CoCreationCalendarInput!) {
    updateCoCreationCalendar(id: $id, input: $input) { ${PLAN_FIELDS} }
  }
`;
export const CreateProposalMutation = gql`
  mutation CreateProposal($input: CreateProposalInput!) { createProposal(input: $input) { id } }
`;
export const UpdateProposalMutation = gql`
  mutation UpdateProposal($id: ID!, $input: ProposalTextInput!) { updateProposal(id: $id, input: $input) { id } }
`;
export const SubmitProposalMutation = gql`
  mutation SubmitProposal($id: ID!) { submitProposal(id: $id) { id status } }
`;
export const WithdrawProposalMutation = gql`
  mutation WithdrawProposal($id: ID!) { withdrawProposal(id: $id) { id status } }
`;
export const CoSponsorProposalMutation = gql`
  mutation CoSponsorProposal($id: ID!, $sponsoring: Boolean!) { coSponsorProposal(id: $id, sponsoring: $sponsoring) { id } }
`;
export const OpenProposalReviewMutation = gql`
  mutation OpenProposalReview($id: ID!) { openProposalReview(id: $id) { id status } }
`;
export const EvaluateProposalMutation = gql`
  mutation EvaluateProposal($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { ${SCORES} note } }
`;
export const DecideProposalMutation = gql`
  mutation DecideProposal($input: DecideProposalInput!) { decideProposal(input: $input) { id status } }
`;
export const CreateWorkingGroupMutation = gql`
  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id name } }
`;
export const SetWorkingGroupMemberMutation = gql`
  mutation SetWorkingGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {
    setWorkingGroupMember(groupId: $groupId, userId: $userId, member: $member) { id }
  }
`;
export const SaveDraftSectionMutation = gql`
  mutation SaveDraftSection($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { id text version } }
`;
export const SaveDraftMilestonesMutation = gql`
  mutation SaveDraftMilestones($input: SaveDraftMilestonesInput!) { saveDraftMilestones(input: $input) { id text version } }
`;
export const SignOffDraftCommitmentMutation = gql`
  mutation SignOffDraftCommitment($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { id frozen } }
`;
