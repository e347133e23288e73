import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, QueryFailedError } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { checkPageSize, Connection, decodeCursor, toConnection } from '../common/graphql/connection.js';
import { UUID } from '../common/graphql/id-args.js';
import { User } from '../users/user.entity.js';
import { CommentFlag, FlagOutcome } from './comment-flag.entity.js';
import { Comment } from './comment.entity.js';
import { FlagCommentInput } from './dto/comment.inputs.js';
import { SubjectAccessService } from './subject-access.service.js';

/** One comment waiting in the moderation queue, with its open flags. */
export interface FlaggedCommentRow {
  comment: Comment;
  flags: CommentFlag[];
  firstFlaggedAt: Date;
}

/**
 * The moderation queue: members flag comments with a reason, the secretariat sees every comment with open flags in one
 * place and hides it (CommentsService.hide, which resolves its flags) or dismisses the flags.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly db: DataSource,
    private readonly access: SubjectAccessService,
  ) {}

  /** Flags a comment the member may read. Once per member and comment: a second flag is CONFLICT, also after a dismissal. */
  async flag(member: User, input: FlagCommentInput): Promise<CommentFlag> {
    const comment = await this.db.getRepository(Comment).findOneBy({ id: input.id });
    if (!comment) throw new NotFoundError('Comment', input.id);
    await this.access.assertReadable(member, comment);
    if (comment.authorId === member.id) throw new BadUserInputError('You cannot flag your own comment; edit it instead', { field: 'id' });
    if (comment.hiddenAt) throw new ConflictError('A moderator has already hidden this comment');
    try {
      return await this.db.getRepository(CommentFlag).save({ commentId: comment.id, userId: member.id, reason: input.reason.trim(), outcome: null });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw new ConflictError('You have already flagged this comment');
      }
      throw error;
    }
  }

  /** Comments with open flags, the longest waiting first; the cursor is the first flag's exact time and the comment. */
  async queue(first: number, after?: string | null): Promise<Connection<FlaggedCommentRow>> {
    checkPageSize(first);
    const [afterAt, afterId] = after ? decodeCursor(after).split('|') : [null, null];
    if (after && !(afterAt && afterId && UUID.test(afterId) && !Number.isNaN(Date.parse(afterAt)))) {
      throw new BadUserInputError('after is not a cursor this api gave out', { field: 'after' });
    }
    const open = `FROM comment_flags f JOIN comments c ON c.id = f.comment_id WHERE f.outcome IS NULL AND c.hidden_at IS NULL`;
    // The time travels as text: a JS Date would drop PostgreSQL's microseconds and repeat a row across pages.
    const [page, [{ total }]]: [{ comment_id: string; first_flagged_at: string }[], { total: number }[]] = await Promise.all([
      this.db.query(
        `SELECT f.comment_id, min(f.created_at)::text AS first_flagged_at ${open} GROUP BY f.comment_id
         HAVING $1::timestamptz IS NULL OR (min(f.created_at), f.comment_id) > ($1::timestamptz, $2::uuid)
         ORDER BY min(f.created_at), f.comment_id LIMIT $3`,
        [afterAt, afterId, first + 1],
      ),
      this.db.query(`SELECT count(DISTINCT f.comment_id)::int AS total ${open}`),
    ]);
    const ids = page.map((row) => row.comment_id);
    const [comments, flags] = await Promise.all([
      this.db.getRepository(Comment).findBy({ id: In(ids) }),
      this.db.getRepository(CommentFlag).find({ where: { commentId: In(ids), outcome: IsNull() }, order: { createdAt: 'ASC' } }),
    ]);
    const byId = new Map(comments.map((comment) => [comment.id, comment]));
    const rows = page.map((row) => ({
      comment: byId.get(row.comment_id)!,
      flags: flags.filter((flag) => flag.commentId === row.comment_id),
      firstFlaggedAt: new Date(row.first_flagged_at),
      position: `${row.first_flagged_at}|${row.comment_id}`,
    }));
    return toConnection(rows, first, total, (row) => row.position);
  }

  /** The moderator leaves the comment as it is: its open flags leave the queue. Returns how many were dismissed. */
  async dismiss(moderator: User, commentId: string): Promise<number> {
    if (!(await this.db.getRepository(Comment).existsBy({ id: commentId }))) throw new NotFoundError('Comment', commentId);
    const result = await this.db
      .getRepository(CommentFlag)
      .update({ commentId, outcome: IsNull() }, { outcome: FlagOutcome.DISMISSED, resolvedAt: new Date(), resolvedById: moderator.id });
    if (!result.affected) throw new ConflictError('This comment has no open flags');
    return result.affected;
  }
}
