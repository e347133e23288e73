import { Role } from './enums.js';

/** The sections of OGP's commitment template, each co-drafted with its own version history. */
export enum DraftSectionKey {
  PUBLIC_PROBLEM = 'PUBLIC_PROBLEM',
  COMMITMENT_DESCRIPTION = 'COMMITMENT_DESCRIPTION',
  HOW_IT_SOLVES = 'HOW_IT_SOLVES',
  OGP_RELEVANCE = 'OGP_RELEVANCE',
  MILESTONES = 'MILESTONES',
  STAKEHOLDERS = 'STAKEHOLDERS',
  ADDITIONAL_INFORMATION = 'ADDITIONAL_INFORMATION',
}

/** The order of the template. */
export const DRAFT_SECTIONS: readonly DraftSectionKey[] = Object.values(DraftSectionKey);

export enum SignOffSide {
  /** A member of the government lead agency. */
  GOVERNMENT_LEAD = 'GOVERNMENT_LEAD',
  /** A member of a civil-society co-lead organisation. */
  CSO_CO_LEAD = 'CSO_CO_LEAD',
}

export interface SignOffState {
  leadOrganizationId: string;
  coLeadOrganizationIds: string[];
  governmentSignedOffAt: Date | null;
  csoSignedOffAt: Date | null;
}

/** Signed off by both sides, a draft commitment is frozen: its text is what goes into the action plan. */
export function isFrozen(draft: Pick<SignOffState, 'governmentSignedOffAt' | 'csoSignedOffAt'>): boolean {
  return draft.governmentSignedOffAt !== null && draft.csoSignedOffAt !== null;
}

/** For which side a member may sign a draft commitment off, if any. */
export function signOffSideOf(user: { role: Role; organizationId: string | null } | null | undefined, draft: SignOffState): SignOffSide | null {
  if (!user?.organizationId) return null;
  if (user.role === Role.GOVERNMENT && user.organizationId === draft.leadOrganizationId) return SignOffSide.GOVERNMENT_LEAD;
  if (user.role === Role.CSO && draft.coLeadOrganizationIds.includes(user.organizationId)) return SignOffSide.CSO_CO_LEAD;
  return null;
}
