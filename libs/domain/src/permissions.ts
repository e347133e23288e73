import { Role } from './enums.js';

/**
 * Everything a person can do on the platform, as a forum member would name it (DESIGN.md §3).
 * The api's guard, the socket gateway and the web app all read the one table below.
 */
export enum Action {
  /** Plans, commitments, progress, public comments, published minutes, decided proposals: anyone, signed in or not. */
  READ_PUBLIC = 'READ_PUBLIC',
  /** Their own account: profile, sessions, password. */
  MANAGE_OWN_ACCOUNT = 'MANAGE_OWN_ACCOUNT',
  /** Draft minutes, attendance, online meeting links, working-group threads. */
  READ_MEMBER_CONTENT = 'READ_MEMBER_CONTENT',
  COMMENT = 'COMMENT',
  /** Flagging a comment for the secretariat's moderation queue, with a reason; once per member and comment. */
  FLAG_COMMENT = 'FLAG_COMMENT',
  FOLLOW = 'FOLLOW',
  SUBMIT_PROPOSAL = 'SUBMIT_PROPOSAL',
  CO_SPONSOR_PROPOSAL = 'CO_SPONSOR_PROPOSAL',
  EVALUATE_PROPOSAL = 'EVALUATE_PROPOSAL',
  RSVP = 'RSVP',
  /** The shared minutes draft of a meeting, while it is a draft. */
  DRAFT_MINUTES = 'DRAFT_MINUTES',
  /** Marking an action item done: its assignee, or the secretariat (checked next to the data). */
  COMPLETE_ACTION_ITEM = 'COMPLETE_ACTION_ITEM',
  /** Only on commitments whose point of contact or lead organisation is the user's (checked by the service). */
  POST_PROGRESS_UPDATE = 'POST_PROGRESS_UPDATE',
  /** Co-drafting the sections of a selected proposal's draft commitment. */
  CO_DRAFT = 'CO_DRAFT',
  /** Only for the government lead agency or a CSO co-lead of the draft commitment (checked next to the data). */
  SIGN_OFF_COMMITMENT = 'SIGN_OFF_COMMITMENT',
  /** The narrative sections of a plan's self-assessment report (introduction, notes, conclusion). */
  WRITE_REPORT = 'WRITE_REPORT',
  /** Opening a draft self-assessment report for public comment, for a set period. */
  OPEN_REPORT_CONSULTATION = 'OPEN_REPORT_CONSULTATION',
  /** Attaching documents: to what, is decided next to the data (canUploadAttachment); also removing one's own. */
  UPLOAD_DOCUMENT = 'UPLOAD_DOCUMENT',
  /** The forum's basic rules (OGP 1.1): a public, versioned text the secretariat keeps. */
  EDIT_FORUM_RULES = 'EDIT_FORUM_RULES',
  MANAGE_MEMBERS = 'MANAGE_MEMBERS',
  MANAGE_PLANS = 'MANAGE_PLANS',
  MANAGE_MEETINGS = 'MANAGE_MEETINGS',
  DECIDE_PROPOSAL = 'DECIDE_PROPOSAL',
  MODERATE = 'MODERATE',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
}

/** The roles of forum members, as opposed to registered citizens. */
export const MEMBER_ROLES: readonly Role[] = [Role.ADMIN, Role.GOVERNMENT, Role.CSO];

const EVERYONE_SIGNED_IN = [Role.ADMIN, Role.GOVERNMENT, Role.CSO, Role.CITIZEN];

/** Role × action. `null` stands for an anonymous visitor. */
export const PERMISSIONS: Record<Action, readonly (Role | null)[]> = {
  [Action.READ_PUBLIC]: [null, ...EVERYONE_SIGNED_IN],
  [Action.MANAGE_OWN_ACCOUNT]: EVERYONE_SIGNED_IN,
  [Action.READ_MEMBER_CONTENT]: MEMBER_ROLES,
  [Action.COMMENT]: EVERYONE_SIGNED_IN,
  [Action.FLAG_COMMENT]: EVERYONE_SIGNED_IN,
  [Action.FOLLOW]: EVERYONE_SIGNED_IN,
  [Action.SUBMIT_PROPOSAL]: EVERYONE_SIGNED_IN,
  [Action.CO_SPONSOR_PROPOSAL]: [Role.ADMIN, Role.GOVERNMENT, Role.CSO],
  [Action.EVALUATE_PROPOSAL]: [Role.ADMIN, Role.GOVERNMENT, Role.CSO],
  [Action.RSVP]: [Role.ADMIN, Role.GOVERNMENT, Role.CSO],
  [Action.DRAFT_MINUTES]: MEMBER_ROLES,
  [Action.COMPLETE_ACTION_ITEM]: MEMBER_ROLES,
  [Action.POST_PROGRESS_UPDATE]: [Role.GOVERNMENT],
  [Action.CO_DRAFT]: MEMBER_ROLES,
  [Action.SIGN_OFF_COMMITMENT]: [Role.GOVERNMENT, Role.CSO],
  [Action.WRITE_REPORT]: [Role.ADMIN, Role.GOVERNMENT],
  [Action.OPEN_REPORT_CONSULTATION]: [Role.ADMIN],
  [Action.UPLOAD_DOCUMENT]: EVERYONE_SIGNED_IN,
  [Action.EDIT_FORUM_RULES]: [Role.ADMIN],
  [Action.MANAGE_MEMBERS]: [Role.ADMIN],
  [Action.MANAGE_PLANS]: [Role.ADMIN],
  [Action.MANAGE_MEETINGS]: [Role.ADMIN],
  [Action.DECIDE_PROPOSAL]: [Role.ADMIN],
  [Action.MODERATE]: [Role.ADMIN],
  [Action.READ_AUDIT_LOG]: [Role.ADMIN],
};

export interface Actor {
  role: Role;
}

/** Whether someone (null: not signed in) may do an action at all. Ownership rules come on top, next to the data. */
export function can(actor: Actor | null | undefined, action: Action): boolean {
  return PERMISSIONS[action].includes(actor?.role ?? null);
}

export interface CommitmentOwnership {
  leadOrganizationId: string;
  pointOfContactId: string | null;
}

export interface OrganizationMember extends Actor {
  id: string;
  organizationId: string | null;
}

/** A ministry member reports progress only on commitments their ministry leads or they are the contact of. */
export function canPostProgressUpdate(user: OrganizationMember | null | undefined, commitment: CommitmentOwnership): boolean {
  if (!user || !can(user, Action.POST_PROGRESS_UPDATE)) return false;
  return commitment.pointOfContactId === user.id || (user.organizationId !== null && commitment.leadOrganizationId === user.organizationId);
}

/** Authors edit their own comments; nobody edits someone else's (ADMIN hides, it does not rewrite). */
export function canEditComment(user: { id: string } | null | undefined, comment: { authorId: string }): boolean {
  return Boolean(user) && comment.authorId === user!.id;
}

/** The assignee closes their action item; the secretariat may close anyone's. */
export function canCompleteActionItem(user: { id: string; role: Role } | null | undefined, item: { assigneeId: string | null }): boolean {
  if (!user || !can(user, Action.COMPLETE_ACTION_ITEM)) return false;
  return user.role === Role.ADMIN || item.assigneeId === user.id;
}
