import { Injectable } from '@nestjs/common';
import type { LiveAuthor, LiveComment, LiveProgressUpdate, SubjectRef, ThreadEventPayload } from '@ogp-forum/domain';
import { DataSource, In, MoreThan } from 'typeorm';
import { ProgressUpdate } from '../commitments/progress-update.entity.js';
import { AgendaItem, Meeting } from '../meetings/meeting.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { DraftSection } from '../proposals/draft-commitment.entity.js';
import { User } from '../users/user.entity.js';
import { Comment } from './comment.entity.js';
import { ThreadEvent } from './thread-event.entity.js';

/** Most events one replay sends; a client that is further behind asks for the next page. */
export const MAX_REPLAY = 1000;

/**
 * Turns thread events into what live clients receive. Replay and live delivery use this one function, so a comment
 * looks the same whether it arrived live or after a reconnect.
 */
@Injectable()
export class ThreadPayloadsService {
  constructor(private readonly db: DataSource) {}

  /** A page of the events of a thread after `afterSeq`, oldest first, and whether more follow it. */
  async after(subject: SubjectRef, afterSeq: number, pageSize = MAX_REPLAY): Promise<{ events: ThreadEventPayload[]; more: boolean }> {
    const events = await this.db.getRepository(ThreadEvent).find({
      where: { subjectType: subject.subjectType, subjectId: subject.subjectId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: pageSize + 1,
    });
    return { events: await this.payloads(events.slice(0, pageSize)), more: events.length > pageSize };
  }

  async payloads(events: ThreadEvent[]): Promise<ThreadEventPayload[]> {
    const commentIds = events.flatMap((event) => (event.commentId ? [event.commentId] : []));
    const updateIds = events.flatMap((event) => (event.progressUpdateId ? [event.progressUpdateId] : []));
    const meetingIds = [...new Set(events.flatMap((event) => (event.type.startsWith('meeting:') ? [event.subjectId] : [])))];
    const minutesItemIds = events.flatMap((event) => (event.type === 'meeting:minutes' && event.agendaItemId ? [event.agendaItemId] : []));
    const sectionIds = [...new Set(events.flatMap((event) => (event.type === 'section:saved' ? [event.subjectId] : [])))];
    const [comments, updates, meetings, items, sections] = await Promise.all([
      commentIds.length ? this.db.getRepository(Comment).findBy({ id: In(commentIds) }) : [],
      updateIds.length ? this.db.getRepository(ProgressUpdate).findBy({ id: In(updateIds) }) : [],
      meetingIds.length ? this.db.getRepository(Meeting).findBy({ id: In(meetingIds) }) : [],
      minutesItemIds.length ? this.db.getRepository(AgendaItem).findBy({ id: In(minutesItemIds) }) : [],
      sectionIds.length ? this.db.getRepository(DraftSection).findBy({ id: In(sectionIds) }) : [],
    ]);
    const authors = await this.authors([
      ...comments.map((c) => c.authorId),
      ...updates.map((u) => u.authorId),
      ...meetings.map((m) => m.minutesEditedById),
      ...items.map((i) => i.notesEditedById),
      ...sections.map((section) => section.updatedById),
    ]);
    const commentById = new Map(comments.map((comment) => [comment.id, comment]));
    const updateById = new Map(updates.map((update) => [update.id, update]));
    const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    const itemById = new Map(items.map((item) => [item.id, item]));
    const sectionById = new Map(sections.map((section) => [section.id, section]));
    const editor = (id: string | null) => {
      const author = id ? authors.get(id) : undefined;
      return author ? { id: author.id, displayName: author.displayName } : null;
    };

    return events.map((event) => {
      const base = { subjectType: event.subjectType, subjectId: event.subjectId, seq: event.seq, type: event.type };
      // Meeting events describe the meeting as it is now: a client applying them in order ends where the meeting is.
      if (event.type === 'meeting:agenda-item') {
        const meeting = meetingById.get(event.subjectId)!;
        return { ...base, id: event.id, meeting: { status: meeting.status, currentAgendaItemId: meeting.currentAgendaItemId } };
      }
      if (event.type === 'meeting:minutes') {
        const item = event.agendaItemId ? itemById.get(event.agendaItemId) : undefined;
        const meeting = meetingById.get(event.subjectId)!;
        const [version, editorId] = item ? [item.notesVersion, item.notesEditedById] : [meeting.minutesVersion, meeting.minutesEditedById];
        return { ...base, id: event.id, minutes: { agendaItemId: event.agendaItemId, version, editedBy: editor(editorId) } };
      }
      if (event.type === 'section:saved') {
        const section = sectionById.get(event.subjectId)!;
        return { ...base, id: event.id, section: { version: section.version, editedBy: editor(section.updatedById) } };
      }
      // The page of the draft reads the sign-offs again over GraphQL; the event only says that one happened.
      if (event.type === 'draft:signed-off') return { ...base, id: event.id };
      if (event.commentId) {
        const comment = commentById.get(event.commentId)!;
        return { ...base, id: comment.id, comment: toLiveComment(comment, authors) };
      }
      const update = updateById.get(event.progressUpdateId!)!;
      return { ...base, id: update.id, update: toLiveUpdate(update, authors) };
    });
  }

  private async authors(ids: (string | null)[]): Promise<Map<string, LiveAuthor>> {
    const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
    if (!wanted.length) return new Map();
    const users = await this.db.getRepository(User).findBy({ id: In(wanted) });
    const organizationIds = [...new Set(users.flatMap((user) => (user.organizationId ? [user.organizationId] : [])))];
    const organizations = organizationIds.length ? await this.db.getRepository(Organization).findBy({ id: In(organizationIds) }) : [];
    const organizationName = new Map(organizations.map((organization) => [organization.id, organization.name]));
    return new Map(
      users.map((user) => [
        user.id,
        { id: user.id, displayName: user.displayName, role: user.role, organizationName: user.organizationId ? (organizationName.get(user.organizationId) ?? null) : null },
      ]),
    );
  }
}

function toLiveComment(comment: Comment, authors: Map<string, LiveAuthor>): LiveComment {
  const hidden = comment.hiddenAt !== null;
  return {
    id: comment.id,
    parentId: comment.parentId,
    author: comment.authorId ? (authors.get(comment.authorId) ?? null) : null,
    // What a moderator hid is not sent to anyone's browser; the record stays in the database.
    body: hidden ? null : comment.body,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    hidden,
    hiddenReason: comment.hiddenReason,
  };
}

function toLiveUpdate(update: ProgressUpdate, authors: Map<string, LiveAuthor>): LiveProgressUpdate {
  return {
    id: update.id,
    author: update.authorId ? (authors.get(update.authorId) ?? null) : null,
    body: update.body,
    completion: update.completion,
    evidenceLinks: update.evidenceLinks,
    postedAt: update.postedAt.toISOString(),
  };
}
