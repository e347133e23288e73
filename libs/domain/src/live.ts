/** Everything a comment thread can belong to (DESIGN.md §2). */
export enum SubjectType {
  COMMITMENT = 'COMMITMENT',
  PROPOSAL = 'PROPOSAL',
  MEETING = 'MEETING',
  AGENDA_ITEM = 'AGENDA_ITEM',
  DRAFT_SECTION = 'DRAFT_SECTION',
  IRM_RECOMMENDATION = 'IRM_RECOMMENDATION',
  /** A working group's thread: forum members only. */
  WORKING_GROUP = 'WORKING_GROUP',
  /** The public comment on a draft self-assessment report: its subject is the report's consultation. */
  REPORT = 'REPORT',
}

export interface SubjectRef {
  subjectType: SubjectType;
  subjectId: string;
}

/** Longest comment body, in characters; the api refuses longer ones with BAD_USER_INPUT. */
export const COMMENT_MAX_LENGTH = 10_000;

/** The kinds of entry in a thread's event log, replayed in `seq` order. */
export const THREAD_EVENT_TYPES = [
  'comment:created',
  'comment:updated',
  'comment:hidden',
  'update:posted',
  'meeting:agenda-item',
  'meeting:minutes',
  'section:saved',
  /** A side signed a draft commitment off; sent on its first section's thread, which its page follows. */
  'draft:signed-off',
] as const;
export type ThreadEventType = (typeof THREAD_EVENT_TYPES)[number];

export interface LiveAuthor {
  id: string;
  displayName: string;
  role: string;
  organizationName: string | null;
}

/** A comment as every reader sees it: a hidden comment has no body, only the moderator's reason. */
export interface LiveComment {
  id: string;
  parentId: string | null;
  author: LiveAuthor | null;
  body: string | null;
  createdAt: string;
  editedAt: string | null;
  hidden: boolean;
  hiddenReason: string | null;
}

export interface LiveProgressUpdate {
  id: string;
  author: LiveAuthor | null;
  body: string;
  completion: string;
  evidenceLinks: string[];
  postedAt: string;
}

/** Where a meeting is: sent on a meeting's thread when the chair starts it, moves through the agenda, or closes it. */
export interface LiveMeetingState {
  status: string;
  currentAgendaItemId: string | null;
}

/**
 * Someone saved the minutes draft of an agenda item (or the summary, with no item). The text is not in the event, because
 * draft minutes are for members only: members fetch it over GraphQL.
 */
export interface LiveMinutesEdit {
  agendaItemId: string | null;
  version: number;
  editedBy: { id: string; displayName: string } | null;
}

/** Someone saved a section of a draft commitment: co-drafters see the new version arrive while they read or write. */
export interface LiveSectionSave {
  version: number;
  editedBy: { id: string; displayName: string } | null;
}

/** What every thread event carries (DESIGN.md §6): clients drop duplicates by `id` + `seq`. */
export interface ThreadEventPayload extends SubjectRef {
  /** The id of the comment or progress update the event is about; for meeting events, the event's own id. */
  id: string;
  seq: number;
  type: ThreadEventType;
  comment?: LiveComment;
  update?: LiveProgressUpdate;
  meeting?: LiveMeetingState;
  minutes?: LiveMinutesEdit;
  section?: LiveSectionSave;
}

export interface PresencePayload extends SubjectRef {
  viewers: { id: string; displayName: string }[];
  /** Visitors who are not signed in. */
  anonymous: number;
}

export interface TypingPayload extends SubjectRef {
  user: { id: string; displayName: string };
}

export interface SubscribeRequest extends SubjectRef {
  /** The last `seq` up to which the client has every event; everything after it is replayed. */
  afterSeq?: number;
}

/**
 * The answer to `subscribe` and `replay`: the events after `afterSeq` were sent before it, oldest first, at most a page
 * of them. `lastSeq` is the last one sent (or `afterSeq`); every event of the thread up to it has now been sent. With
 * `more`, the page was full: ask `replay` after `lastSeq` for the next one.
 */
export interface ReplayPage {
  replayed: number;
  lastSeq: number;
  more: boolean;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

/** Server → client events on the `/live` namespace. */
export interface ServerToClientEvents {
  'comment:created': (event: ThreadEventPayload) => void;
  'comment:updated': (event: ThreadEventPayload) => void;
  'comment:hidden': (event: ThreadEventPayload) => void;
  'update:posted': (event: ThreadEventPayload) => void;
  'meeting:agenda-item': (event: ThreadEventPayload) => void;
  'meeting:minutes': (event: ThreadEventPayload) => void;
  'section:saved': (event: ThreadEventPayload) => void;
  'draft:signed-off': (event: ThreadEventPayload) => void;
  presence: (event: PresencePayload) => void;
  typing: (event: TypingPayload) => void;
  notification: (event: { unreadCount: number }) => void;
  'auth:expired': () => void;
  /** The server took the connection out of a subject's room: its user may no longer read it (a new role or organisation). */
  unsubscribed: (subject: SubjectRef) => void;
}

/** Client → server events on the `/live` namespace; each is acknowledged. */
export interface ClientToServerEvents {
  subscribe: (request: SubscribeRequest, ack: (result: Ack<ReplayPage>) => void) => void;
  /** The next page of a subscribed thread after `afterSeq`: to page through a long absence, or to fill a gap. */
  replay: (request: SubscribeRequest, ack: (result: Ack<ReplayPage>) => void) => void;
  unsubscribe: (request: SubjectRef, ack: (result: Ack<null>) => void) => void;
  typing: (request: SubjectRef, ack?: (result: Ack<null>) => void) => void;
  /** A fresh access token after a refresh, so that the connection outlives the old one. */
  authenticate: (request: { token: string }, ack: (result: Ack<null>) => void) => void;
}

/** The room of a subject's thread. */
export const roomOf = ({ subjectType, subjectId }: SubjectRef) => `${subjectType}:${subjectId}`;

/** Mentions are written `@[Display Name](member-id)` by the composer's autocomplete. */
const MENTION = /@\[([^\]\n]{1,120})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/g;

/** The member ids mentioned in a comment body, each once, in order of first mention. */
export function extractMentions(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[2]))];
}

/** The body with mentions turned into plain `@Name`, for notifications and previews. */
export function mentionsAsText(body: string): string {
  return replaceMentions(body, ({ name }) => `@${name}`);
}

/** A mentioned member: who the stored `@[name](id)` points at. */
export interface Mention {
  id: string;
  name: string;
}

/** The body with each mention replaced by what `replace` makes of it; the rest is left as it is. */
export function replaceMentions(body: string, replace: (mention: Mention) => string): string {
  return body.replace(MENTION, (_match, name: string, id: string) => replace({ id, name }));
}

/** A stored body as its author writes it: the text shows `@Name`, and the members it names are kept aside. */
export function mentionsForWriting(body: string): { text: string; mentions: Mention[] } {
  const mentions = [...body.matchAll(MENTION)].map(([, name, id]) => ({ id, name }));
  return { text: mentionsAsText(body), mentions };
}

/**
 * The written text as it is stored: each `@Name` of a member picked while writing becomes `@[Name](id)`. Only whole
 * names count (`@Kim` is not in `@Kimberly`); longer names are tried first, so `@Kim Min-su` is not taken for `@Kim`.
 */
export function mentionsForStoring(text: string, mentions: Mention[]): string {
  const idOf = new Map(mentions.map((mention) => [mention.name, mention.id]));
  if (!idOf.size) return text;
  const names = [...idOf.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const written = new RegExp(`(?<![\\p{L}\\p{N}])@(${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(written, (_match, name: string) => `@[${name}](${idOf.get(name)})`);
}
