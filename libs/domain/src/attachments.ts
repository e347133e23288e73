import { Role } from './enums.js';
import { Action, can, canPostProgressUpdate, MEMBER_ROLES, type CommitmentOwnership, type OrganizationMember } from './permissions.js';
import { ProposalStatus } from './proposals.js';

/** What a document (attachment) can be attached to. */
export enum AttachmentSubjectType {
  PLAN = 'PLAN',
  /** Evidence of implementation. */
  COMMITMENT = 'COMMITMENT',
  /** Annexes to the minutes. */
  MEETING = 'MEETING',
  PROPOSAL = 'PROPOSAL',
}

/** A type of document the forum takes: the content type it is stored and served with, and the names it may carry. */
export interface DocumentType {
  contentType: string;
  extensions: readonly string[];
  /** For the upload control: what to call it. */
  label: string;
}

/** The documents the forum takes (issue 11). Anything else is refused, whatever its name says. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'DOCX' },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'XLSX' },
  { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'ODT' },
  { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], label: 'ODS' },
  { contentType: 'text/csv', extensions: ['csv'], label: 'CSV' },
  { contentType: 'image/png', extensions: ['png'], label: 'PNG' },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
];

/** For `<input type="file" accept>`: a hint to the browser, never a check. */
export const DOCUMENT_ACCEPT = DOCUMENT_TYPES.flatMap((type) => type.extensions.map((extension) => `.${extension}`)).join(',');

/** The longest file name kept, in characters; longer ones are cut before the extension. */
export const MAX_FILE_NAME_LENGTH = 200;

/** The extension of a file name, lower-case and without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * A file name as a browser sent it, made safe to store and to offer back: no folders (either slash), no control or
 * bidirectional-override characters, no leading dots, trimmed, at most MAX_FILE_NAME_LENGTH characters with its
 * extension kept. Nothing usable left gives "document".
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    // C0 and C1 controls, and the Unicode marks that reorder text (a "gpj.exe" that reads as "exe.jpg").
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .trim();
  const characters = [...name];
  if (characters.length > MAX_FILE_NAME_LENGTH) {
    const extension = extensionOf(name);
    const keep = extension ? MAX_FILE_NAME_LENGTH - extension.length - 1 : MAX_FILE_NAME_LENGTH;
    name = characters.slice(0, keep).join('').trimEnd() + (extension ? `.${extension}` : '');
  }
  return name || 'document';
}

/** The document type a file is, from what its bytes were found to be (null: not recognised) and its name. */
export function documentTypeOf(detected: string | null, name: string): DocumentType | null {
  const extension = extensionOf(name);
  // CSV has no signature: a file that is text (checked by the caller) and named .csv is one.
  const contentType = detected ?? (extension === 'csv' ? 'text/csv' : null);
  return DOCUMENT_TYPES.find((type) => type.contentType === contentType) ?? null;
}

/** Why a file is refused, or null when it is a document the forum takes and its name says what it is. */
export function documentRefusal(detected: string | null, name: string): string | null {
  const type = documentTypeOf(detected, name);
  const allowed = DOCUMENT_TYPES.map((t) => t.label).join(', ');
  if (!type) return `This file is not one of the documents the forum takes (${allowed})`;
  if (!type.extensions.includes(extensionOf(name))) {
    return `This file is a ${type.label} but its name ends in "${extensionOf(name) ? `.${extensionOf(name)}` : 'no extension'}"; name it .${type.extensions[0]}`;
  }
  return null;
}

/** The subject a document goes on, with what the upload rule needs to know about it. */
export type AttachmentTarget =
  | { type: AttachmentSubjectType.PLAN }
  | { type: AttachmentSubjectType.MEETING }
  | { type: AttachmentSubjectType.COMMITMENT; commitment: CommitmentOwnership }
  | { type: AttachmentSubjectType.PROPOSAL; proposal: { status: ProposalStatus; proposerId: string | null; organizationId: string | null } };

/** A proposal takes documents from its authors until it is decided or withdrawn: the record of a decision is final. */
const PROPOSAL_OPEN_FOR_DOCUMENTS = [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW];

/**
 * Who may attach a document, on top of UPLOAD_DOCUMENT in the matrix: the secretariat to plans, meetings and
 * commitments; a ministry to the commitments it reports on (evidence, the same rule as progress updates); the proposer,
 * and members of the author organisation, to their proposal while it is open.
 */
export function canUploadAttachment(user: OrganizationMember | null | undefined, target: AttachmentTarget): boolean {
  if (!user || !can(user, Action.UPLOAD_DOCUMENT)) return false;
  switch (target.type) {
    case AttachmentSubjectType.PLAN:
    case AttachmentSubjectType.MEETING:
      return user.role === Role.ADMIN;
    case AttachmentSubjectType.COMMITMENT:
      return user.role === Role.ADMIN || canPostProgressUpdate(user, target.commitment);
    case AttachmentSubjectType.PROPOSAL: {
      const { proposal } = target;
      if (!PROPOSAL_OPEN_FOR_DOCUMENTS.includes(proposal.status)) return false;
      if (proposal.proposerId === user.id) return true;
      return MEMBER_ROLES.includes(user.role) && user.organizationId !== null && user.organizationId === proposal.organizationId;
    }
  }
}

/** Its uploader removes a document, and the secretariat removes any. */
export function canDeleteAttachment(user: { id: string; role: Role } | null | undefined, attachment: { uploadedById: string | null }): boolean {
  if (!user || !can(user, Action.UPLOAD_DOCUMENT)) return false;
  return user.role === Role.ADMIN || attachment.uploadedById === user.id;
}
