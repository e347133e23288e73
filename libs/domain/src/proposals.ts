import { MEMBER_ROLES } from './permissions.js';
import type { Role } from './enums.js';

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
  proposerId: string;
  coSponsorOrganizationIds: string[];
}

export interface ProposalReader {
  id: string;
  role: Role;
  organizationId: string | null;
}

/**
 * Anyone reads a proposal from SUBMITTED on; a DRAFT only its author, the author's organisation and the co-sponsoring
 * organisations (DESIGN.md §3), together with its thread.
 */
export function canReadProposal(reader: ProposalReader | null | undefined, proposal: ProposalVisibility): boolean {
  if (proposal.status !== ProposalStatus.DRAFT) return true;
  if (!reader) return false;
  if (reader.id === proposal.proposerId) return true;
  const organizations = [proposal.organizationId, ...proposal.coSponsorOrganizationIds].filter(Boolean);
  return MEMBER_ROLES.includes(reader.role) && reader.organizationId !== null && organizations.includes(reader.organizationId);
}
