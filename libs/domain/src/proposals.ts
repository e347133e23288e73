import { MEMBER_ROLES } from './permissions.js';
import { OrganizationKind, Role } from './enums.js';

/** The life of a proposal for the next action plan (DESIGN.md §2). */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SELECTED = 'SELECTED',
  MERGED = 'MERGED',
  PARKED = 'PARKED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

export interface ProposalVisibility {
  status: ProposalStatus;
  organizationId: string | null;
  proposerId: string | null;
  coSponsorOrganizationIds: string[];
  /** Null while it never reached the forum: a draft, or a draft withdrawn before submission. */
  submittedAt: Date | string | null;
}

export interface ProposalReader {
  id: string;
  role: Role;
  organizationId: string | null;
}

/** Whether a proposal ever reached the forum. A draft withdrawn before submission stays as private as a draft. */
export function wasSubmitted(proposal: Pick<ProposalVisibility, 'status' | 'submittedAt'>): boolean {
  return proposal.status !== ProposalStatus.DRAFT && (proposal.status !== ProposalStatus.WITHDRAWN || proposal.submittedAt !== null);
}

/**
 * Anyone reads a proposal once it was submitted; before that only its author, the author's organisation and the
 * co-sponsoring organisations (DESIGN.md §3), together with its thread.
 */
export function canReadProposal(reader: ProposalReader | null | undefined, proposal: ProposalVisibility): boolean {
  if (wasSubmitted(proposal)) return true;
  if (!reader) return false;
  if (reader.id === proposal.proposerId) return true;
  const organizations = [proposal.organizationId, ...proposal.coSponsorOrganizationIds].filter(Boolean);
  return MEMBER_ROLES.includes(reader.role) && reader.organizationId !== null && organizations.includes(reader.organizationId);
}

/** Who moves a proposal from one status to the next. */
export enum ProposalMover {
  /** The proposer: submits and withdraws their own proposal. */
  AUTHOR = 'AUTHOR',
  /** The forum secretariat (ADMIN): opens the review and decides, with a reasoned response. */
  CHAIR = 'CHAIR',
}

/** Shortest rationale of a decision: a reasoned response is at least a sentence. */
export const MIN_RATIONALE_LENGTH = 20;

/** The outcomes of a decision; each needs a published rationale, the reasoned response. */
export const DECISIONS = [ProposalStatus.SELECTED, ProposalStatus.MERGED, ProposalStatus.PARKED, ProposalStatus.DECLINED] as const;
export type ProposalDecision = (typeof DECISIONS)[number];

/**
 * The one transition table of a proposal's life (DESIGN.md §2). A decided or withdrawn proposal stays where it is: a
 * reasoned response is a public record, not a draft.
 */
export const PROPOSAL_TRANSITIONS: readonly { from: ProposalStatus; to: ProposalStatus; by: ProposalMover }[] = [
  { from: ProposalStatus.DRAFT, to: ProposalStatus.SUBMITTED, by: ProposalMover.AUTHOR },
  { from: ProposalStatus.DRAFT, to: ProposalStatus.WITHDRAWN, by: ProposalMover.AUTHOR },
  { from: ProposalStatus.SUBMITTED, to: ProposalStatus.WITHDRAWN, by: ProposalMover.AUTHOR },
  { from: ProposalStatus.UNDER_REVIEW, to: ProposalStatus.WITHDRAWN, by: ProposalMover.AUTHOR },
  { from: ProposalStatus.SUBMITTED, to: ProposalStatus.UNDER_REVIEW, by: ProposalMover.CHAIR },
  ...DECISIONS.map((to) => ({ from: ProposalStatus.UNDER_REVIEW, to, by: ProposalMover.CHAIR })),
];

/** Who may move a proposal from `from` to `to`; null when the move is not allowed at all. */
export function proposalMover(from: ProposalStatus, to: ProposalStatus): ProposalMover | null {
  return PROPOSAL_TRANSITIONS.find((transition) => transition.from === from && transition.to === to)?.by ?? null;
}

export function isDecided(status: ProposalStatus): boolean {
  return (DECISIONS as readonly ProposalStatus[]).includes(status);
}

/** Evaluations are taken while the proposal is submitted or under review. */
export function isOpenForEvaluation(status: ProposalStatus): boolean {
  return status === ProposalStatus.SUBMITTED || status === ProposalStatus.UNDER_REVIEW;
}

/**
 * Other evaluators' scores stay hidden from a member until they have scored the proposal themselves or the review is
 * closed (the proposal decided or withdrawn), so that nobody follows the crowd (DESIGN.md §3).
 */
export function canSeeEvaluations(reader: { role: Role } | null | undefined, proposalStatus: ProposalStatus, readerHasScored: boolean): boolean {
  if (!reader || !MEMBER_ROLES.includes(reader.role)) return false;
  // The secretariat decides on the scores: it sees them without scoring, which would weigh in the averages.
  if (reader.role === Role.ADMIN) return true;
  return readerHasScored || !isOpenForEvaluation(proposalStatus);
}

/**
 * Whether a member proposes or backs a proposal: its author, a member of the proposing organisation or of one that
 * co-sponsors it. They argue for it in its thread; they do not grade it.
 */
export function backsProposal(
  member: { id: string; organizationId: string | null },
  proposal: { proposerId: string | null; organizationId: string | null; coSponsorOrganizationIds: string[] },
): boolean {
  if (member.id === proposal.proposerId) return true;
  if (member.organizationId === null) return false;
  return member.organizationId === proposal.organizationId || proposal.coSponsorOrganizationIds.includes(member.organizationId);
}

/** A forum member scores a proposal that is open for evaluation, unless they back it. */
export function canEvaluate(
  evaluator: { id: string; role: Role; organizationId: string | null } | null | undefined,
  proposal: { status: ProposalStatus; proposerId: string | null; organizationId: string | null; coSponsorOrganizationIds: string[] },
): boolean {
  if (!evaluator || !MEMBER_ROLES.includes(evaluator.role) || !isOpenForEvaluation(proposal.status)) return false;
  return !backsProposal(evaluator, proposal);
}

/**
 * Whether a score counts in the averages, judged when they are read: a member who scored and whose organisation then
 * co-sponsored the proposal (or who joined one that backs it) is a backer now, and a backer's score is kept but not
 * counted. Should the organisation stop co-sponsoring, the score counts again.
 */
export function evaluationCounts(
  evaluator: { id: string; organizationId: string | null },
  proposal: { proposerId: string | null; organizationId: string | null; coSponsorOrganizationIds: string[] },
): boolean {
  return !backsProposal(evaluator, proposal);
}

/** The four criteria each evaluator scores from 1 to 5. */
export const EVALUATION_CRITERIA = ['feasibility', 'specificity', 'urgency', 'relevance'] as const;
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** The secretariat convenes the forum and decides on proposals: it does not back them as a co-sponsor. */
export function organizationMayCoSponsor(kind: OrganizationKind | null | undefined): boolean {
  return Boolean(kind) && kind !== OrganizationKind.SECRETARIAT;
}
