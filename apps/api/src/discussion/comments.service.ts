import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { canEditComment, extractMentions, SubjectType, type SubjectRef } from '@ogp-forum/domain';
import { DataSource, EntityManager, In, IsNull, MoreThan, QueryFailedError } from 'typeorm';
import { fromJson } from '../common/dataloader/loaders.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { checkPageSize, Connection, decodeSeqCursor, toBackwardConnection, toConnection } from '../common/graphql/connection.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { User } from '../users/user.entity.js';
import { CommentFlag, FlagOutcome } from './comment-flag.entity.js';
import { Comment, CommentRevision } from './comment.entity.js';
import { EditCommentInput, HideCommentInput, PostCommentInput } from './dto/comment.inputs.js';
import { SubjectAccessService } from './subject-access.service.js';
import { ThreadEvent } from './thread-event.entity.js';
import { THREAD_EVENT, type ThreadEventsCommitted } from './thread-events.js';
import { appendThreadEvent, nextSeq } from './thread-log.js';

/**
 * Comments on any subject. Every write commits the comment and its thread event together; the live delivery is
 * announced only after the commit, so nobody ever sees a comment that is not stored.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: SubjectAccessService,
    private readonly notifications: NotificationsService,
    private readonly events: EventEmitter2,
  ) {}

  async post(author: User, input: PostCommentInput): Promise<Comment> {
    const subject: SubjectRef = { subjectType: input.subjectType, subjectId: input.subjectId };
    await this.access.assertReadable(author, subject);
    await this.access.assertOpenForComment(subject);
    if (input.idempotencyKey) {
      const earlier = await this.db.getRepository(Comment).findOneBy({ authorId: author.id, idempotencyKey: input.idempotencyKey });
      if (earlier) return this.retried(earlier, input);
    }
    const parent = input.parentId ? await this.checkParent(input.parentId, subject) : null;

    try {
      const { comment, eventId, notified } = await this.db.transaction(async (tx) => {
        const seq = await nextSeq(tx, subject);
        const mentioned = await this.mentionable(tx, extractMentions(input.body), subject);
        const comment = await tx.save(
          tx.create(Comment, {
            ...subject,
            seq,
            parentId: input.parentId ?? null,
            authorId: author.id,
            body: input.body,
            mentions: mentioned,
            idempotencyKey: input.idempotencyKey ?? null,
          }),
        );
        const event = await appendThreadEvent(tx, { ...subject, seq, type: 'comment:created', commentId: comment.id });
        if (subject.subjectType === SubjectType.COMMITMENT) await this.notifications.followIn(tx, author.id, subject);
        const about = { ...subject, actorId: author.id, text: input.body, commentId: comment.id };
        const notified = await this.notifications.create(tx, mentioned, { ...about, kind: NotificationKind.MENTION });
        // The replied-to author hears of the reply, unless the reply mentions them (one notice is enough).
        if (parent?.authorId && !mentioned.includes(parent.authorId)) {
          notified.push(...(await this.notifications.create(tx, [parent.authorId], { ...about, kind: NotificationKind.REPLY })));
        }
        return { comment, eventId: event.id, notified };
      });
      this.announce([eventId], notified);
      return comment;
    } catch (error) {
      // Two tries with the same key at the same moment: the second loses the race to the unique index.
      if (input.idempotencyKey && isUniqueViolation(error)) {
        return this.sameRequest(await this.db.getRepository(Comment).findOneByOrFail({ authorId: author.id, idempotencyKey: input.idempotencyKey }), input);
      }
      throw error;
    }
  }

  /** Authors edit their own comments; the earlier text is kept and shown as history. */
  async edit(editor: User, input: EditCommentInput): Promise<Comment> {
    const { comment, eventId, notified } = await this.db.transaction(async (tx) => {
      const comment = await tx.findOne(Comment, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!comment) throw new NotFoundError('Comment', input.id);
      if (!canEditComment(editor, { authorId: comment.authorId ?? '' })) throw new ForbiddenError('Only the author can edit a comment');
      if (comment.hiddenAt) throw new ConflictError('A comment hidden by a moderator cannot be edited');
      await this.access.assertOpenForComment(comment);
      if (comment.body === input.body) return { comment, eventId: null, notified: [] };
      await tx.insert(CommentRevision, { commentId: comment.id, body: comment.body });
      const before = new Set(comment.mentions);
      const mentioned = await this.mentionable(tx, extractMentions(input.body), comment);
      Object.assign(comment, { body: input.body, editedAt: new Date(), mentions: mentioned });
      await tx.save(comment);
      const event = await appendThreadEvent(tx, { subjectType: comment.subjectType, subjectId: comment.subjectId, type: 'comment:updated', commentId: comment.id });
      const notified = await this.notifications.create(
        tx,
        mentioned.filter((id) => !before.has(id)),
        { subjectType: comment.subjectType, subjectId: comment.subjectId, kind: NotificationKind.MENTION, actorId: editor.id, text: input.body, commentId: comment.id },
      );
      return { comment, eventId: event.id, notified };
    });
    if (eventId) this.announce([eventId], notified);
    return comment;
  }

  /**
   * A moderator hides a comment with a reason; the thread shows "hidden by moderator" and the reason. Its text stays in
   * the database for the record but leaves everything a reader reaches: the thread, its history, live payloads and the
   * excerpts of the mentions it sent (e-mails already sent cannot be recalled; mentions send none).
   */
  async hide(moderator: User, input: HideCommentInput): Promise<Comment> {
    const { comment, eventId, notified } = await this.db.transaction(async (tx) => {
      const comment = await tx.findOneBy(Comment, { id: input.id });
      if (!comment) throw new NotFoundError('Comment', input.id);
      if (comment.hiddenAt) return { comment, eventId: null, notified: [] };
      Object.assign(comment, { hiddenAt: new Date(), hiddenReason: input.reason.trim(), hiddenById: moderator.id });
      await tx.save(comment);
      await this.notifications.forgetCommentText(tx, comment.id);
      // Flags waiting in the moderation queue are settled by the hiding.
      await tx.update(CommentFlag, { commentId: comment.id, outcome: IsNull() }, { outcome: FlagOutcome.HIDDEN, resolvedAt: comment.hiddenAt, resolvedById: moderator.id });
      const event = await appendThreadEvent(tx, { subjectType: comment.subjectType, subjectId: comment.subjectId, type: 'comment:hidden', commentId: comment.id });
      // The author is told, with the moderator's reason (written after forgetCommentText, so the reason stays).
      const notified = comment.authorId
        ? await this.notifications.create(tx, [comment.authorId], {
            subjectType: comment.subjectType,
            subjectId: comment.subjectId,
            kind: NotificationKind.COMMENT_HIDDEN,
            actorId: moderator.id,
            text: comment.hiddenReason!,
            commentId: comment.id,
          })
        : [];
      return { comment, eventId: event.id, notified };
    });
    if (eventId) this.announce([eventId], notified);
    return comment;
  }

  /** One comment, if the reader may read its thread. */
  async findReadable(viewer: User | null, id: string): Promise<Comment> {
    const comment = await this.db.getRepository(Comment).findOneBy({ id });
    if (!comment) throw new NotFoundError('Comment', id);
    await this.access.assertReadable(viewer, comment);
    return comment;
  }

  /** A page of a subject's comments in thread order; the cursor is the last `seq` seen. */
  async list(viewer: User | null, subject: SubjectRef, first: number, after?: string | null): Promise<Connection<Comment>> {
    checkPageSize(first);
    await this.access.assertReadable(viewer, subject);
    const where = { subjectType: subject.subjectType, subjectId: subject.subjectId };
    const afterSeq = after ? decodeSeqCursor(after) : 0;
    const [rows, totalCount] = await Promise.all([
      this.db.getRepository(Comment).find({ where: { ...where, seq: MoreThan(afterSeq) }, order: { seq: 'ASC' }, take: first + 1 }),
      this.db.getRepository(Comment).countBy(where),
    ]);
    return toConnection(rows, first, totalCount, (comment) => String(comment.seq));
  }

  /**
   * The latest `last` comments of a subject before a cursor (the newest when none), in thread order; the page and the
   * thread's size in one statement.
   */
  async latest(viewer: User | null, subject: SubjectRef, last: number, before?: string | null): Promise<Connection<Comment>> {
    checkPageSize(last, 'last');
    await this.access.assertReadable(viewer, subject);
    const beforeSeq = before ? decodeSeqCursor(before) : 2 ** 31 - 1;
    const [{ total, rows }]: { total: number; rows: Record<string, unknown>[] }[] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM comments WHERE subject_type = $1 AND subject_id = $2) AS total,
         (SELECT coalesce(json_agg(c ORDER BY c.seq DESC), '[]') FROM (
            SELECT * FROM comments WHERE subject_type = $1 AND subject_id = $2 AND seq < $3 ORDER BY seq DESC LIMIT $4) c) AS rows`,
      [subject.subjectType, subject.subjectId, beforeSeq, last + 1],
    );
    const comments = rows.map((json) => fromJson(this.db, Comment, json));
    return toBackwardConnection(comments, last, total, (comment) => String(comment.seq));
  }

  private announce(eventIds: string[], notified: string[]): void {
    this.events.emit(THREAD_EVENT, { eventIds } satisfies ThreadEventsCommitted);
    this.notifications.announce(notified);
  }

  /**
   * A retry of a post that was stored: the first try's answer was lost, perhaps with the instance that stored it, before
   * it announced the comment live. It is announced again (viewers drop repeats), so the retry also delivers it.
   */
  private async retried(earlier: Comment, input: PostCommentInput): Promise<Comment> {
    this.sameRequest(earlier, input);
    const created = await this.db.getRepository(ThreadEvent).findOneBy({ commentId: earlier.id, type: 'comment:created' });
    if (created) this.events.emit(THREAD_EVENT, { eventIds: [created.id] } satisfies ThreadEventsCommitted);
    return earlier;
  }

  /** A retried post must be the same post: the same key with a different text is a client bug worth reporting. */
  private sameRequest(earlier: Comment, input: PostCommentInput): Comment {
    if (earlier.body !== input.body || earlier.subjectId !== input.subjectId) {
      throw new ConflictError('This idempotency key was already used for a different comment', { field: 'idempotencyKey' });
    }
    return earlier;
  }

  /** The comment replied to, if it is a first-level comment of the same thread. */
  private async checkParent(parentId: string, subject: SubjectRef): Promise<Comment> {
    const parent = await this.db.getRepository(Comment).findOneBy({ id: parentId });
    if (!parent || parent.subjectId !== subject.subjectId || parent.subjectType !== subject.subjectType) {
      throw new BadUserInputError('The comment replied to is not in this thread', { field: 'parentId' });
    }
    if (parent.parentId) throw new BadUserInputError('Replies are one level deep: reply to the first comment instead', { field: 'parentId' });
    return parent;
  }

  /**
   * The mentioned ids of people who may read the thread. A mention of anyone else notifies nobody: the notification's
   * excerpt would carry a members-only or draft comment to someone who may not read it.
   */
  private async mentionable(tx: EntityManager, ids: string[], subject: SubjectRef): Promise<string[]> {
    if (!ids.length) return [];
    const found = await tx.find(User, { where: { id: In(ids) } });
    const readers = new Set<string>();
    for (const user of found) if (await this.access.canRead(user, subject)) readers.add(user.id);
    return ids.filter((id) => readers.has(id));
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505';
}
