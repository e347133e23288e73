import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { mentionsAsText, Role, type SubjectRef } from '@ogp-forum/domain';
import { EntityManager, In, IsNull, LessThan, Repository } from 'typeorm';
import { checkPageSize, Connection, decodeTimeCursor, toConnection } from '../common/graphql/connection.js';
import { NOTIFICATIONS_CHANGED, type NotificationsChanged } from '../discussion/thread-events.js';
import { User } from '../users/user.entity.js';
import { Follow, Notification, NotificationKind } from './notification.entity.js';
import { NotificationMailService } from './notification-mail.service.js';

const EXCERPT_LENGTH = 140;

/**
 * In-app notifications: mentions, progress on followed commitments, meetings moved or cancelled, action items, proposals
 * submitted and decided. They store the subject and the actor; titles are read in the reader's language when listed.
 * Delivered live through the gateway.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(Follow) private readonly follows: Repository<Follow>,
    private readonly events: EventEmitter2,
    private readonly mail: NotificationMailService,
  ) {}

  /** Writes notifications in the caller's transaction; returns who was notified, for `announce` after commit. */
  async create(
    tx: EntityManager,
    recipients: string[],
    notification: SubjectRef & { kind: NotificationKind; actorId: string | null; text: string; commentId?: string },
  ): Promise<string[]> {
    const userIds = [...new Set(recipients)].filter((id) => id !== notification.actorId);
    if (!userIds.length) return [];
    const excerpt = mentionsAsText(notification.text).replace(/\s+/g, ' ').trim().slice(0, EXCERPT_LENGTH);
    const inserted = await tx.insert(
      Notification,
      userIds.map((userId) => ({
        userId,
        kind: notification.kind,
        subjectType: notification.subjectType,
        subjectId: notification.subjectId,
        actorId: notification.actorId,
        commentId: notification.commentId ?? null,
        excerpt,
      })),
    );
    // E-mail at once for those who want it, queued in the same transaction (notification-mail.service.ts).
    await this.mail.queueForNew(
      tx,
      userIds.map((userId, index) => ({ id: inserted.identifiers[index].id as string, userId, kind: notification.kind })),
    );
    return userIds;
  }

  /** A moderator hid the comment: its text leaves every notification that quotes it (in the caller's transaction). */
  async forgetCommentText(tx: EntityManager, commentId: string): Promise<void> {
    await tx.update(Notification, { commentId }, { excerpt: '' });
  }

  /** Tells the live gateway whose unread count changed; call after the transaction committed. */
  announce(userIds: string[]): void {
    if (userIds.length) this.events.emit(NOTIFICATIONS_CHANGED, { userIds } satisfies NotificationsChanged);
  }

  async followers(subject: SubjectRef): Promise<string[]> {
    const rows = await this.follows.findBy({ subjectType: subject.subjectType, subjectId: subject.subjectId });
    return rows.map((row) => row.userId);
  }

  /** Follows in the caller's transaction: commenting on a commitment follows it, as the commenter expects to hear of it. */
  async followIn(tx: EntityManager, userId: string, subject: SubjectRef): Promise<void> {
    await tx.createQueryBuilder().insert().into(Follow).values({ userId, ...subject }).orIgnore().execute();
  }

  /** The members of the given organisations or roles, for notices to a ministry or to the secretariat. */
  async membersOf(tx: EntityManager, where: { organizationId?: string; role?: Role }): Promise<string[]> {
    const rows = await tx.find(User, { where, select: { id: true } });
    return rows.map((user) => user.id);
  }

  async setFollowing(userId: string, subject: SubjectRef, following: boolean): Promise<boolean> {
    if (following) await this.follows.upsert({ userId, ...subject }, ['userId', 'subjectType', 'subjectId']);
    else await this.follows.delete({ userId, ...subject });
    return following;
  }

  isFollowing(userId: string, subject: SubjectRef): Promise<boolean> {
    return this.follows.existsBy({ userId, ...subject });
  }

  async list(userId: string, first: number, after?: string | null): Promise<Connection<Notification>> {
    checkPageSize(first);
    const where = { userId };
    const [rows, totalCount] = await Promise.all([
      this.notifications.find({
        where: after ? { ...where, createdAt: LessThan(decodeTimeCursor(after)) } : where,
        order: { createdAt: 'DESC' },
        take: first + 1,
      }),
      this.notifications.countBy(where),
    ]);
    return toConnection(rows, first, totalCount, (notification) => notification.createdAt.toISOString());
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
  }

  /** Marks the given notifications (or all, without ids) as read; returns the new unread count. */
  async markRead(userId: string, ids?: string[] | null): Promise<number> {
    await this.notifications.update({ userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) }, { readAt: new Date() });
    this.announce([userId]);
    return this.unreadCount(userId);
  }
}
