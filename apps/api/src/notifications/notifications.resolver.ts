import { Args, Context, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Locale, SubjectType } from '@ogp-forum/domain';
import type { GraphqlContext } from '../common/graphql/context.js';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { ConnectionType } from '../common/graphql/connection.js';
import { SubjectAccessService } from '../discussion/subject-access.service.js';
import { User } from '../users/user.entity.js';
import { notificationUrl, subjectKey, subjectTitleIn } from './notification-subjects.js';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification) {}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly access: SubjectAccessService,
  ) {}

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentUser() user: User,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(user.id, first, after);
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: User) {
    return this.service.unreadCount(user.id);
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Mutation(() => Int, { description: 'Marks the given notifications (all, without ids) as read; returns the unread count.' })
  markNotificationsRead(@CurrentUser() user: User, @Args(...idArg('ids', { list: true, nullable: true })) ids?: string[]) {
    return this.service.markRead(user.id, ids);
  }

  @Allow(Action.FOLLOW)
  @Mutation(() => Boolean, { description: 'Follow (or stop following) a subject: you hear of its progress updates.' })
  async follow(
    @CurrentUser() user: User,
    @Args('subjectType', { type: () => SubjectType }) subjectType: SubjectType,
    @Args(...idArg('subjectId')) subjectId: string,
    @Args('following', { defaultValue: true }) following: boolean,
  ) {
    await this.access.assertReadable(user, { subjectType, subjectId });
    return this.service.setFollowing(user.id, { subjectType, subjectId }, following);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who did it: the author of the comment or update, the secretariat member who decided.' })
  async actor(@Parent() notification: Notification, @Context() { loaders }: GraphqlContext) {
    return notification.actorId ? loaders.user.load(notification.actorId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: "The subject's title now, in the given language (the reader's by default); null if the subject is gone." })
  async subjectTitle(
    @Parent() notification: Notification,
    @CurrentUser() reader: User,
    @Context() { loaders }: GraphqlContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale | null,
  ) {
    const subject = await loaders.notificationSubject.load(subjectKey(notification.subjectType, notification.subjectId));
    return subject ? subjectTitleIn(subject, locale ?? reader.locale) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The address that opens it: the page of the subject, at the comment (`#comment-<id>`) when it is about one.' })
  async url(@Parent() notification: Notification, @Context() { loaders }: GraphqlContext) {
    const subject = await loaders.notificationSubject.load(subjectKey(notification.subjectType, notification.subjectId));
    return subject ? notificationUrl(subject, notification.commentId) : null;
  }

  @ResolveField(() => Boolean, { description: 'The comment it quotes was hidden by a moderator: the excerpt is empty.' })
  async commentHidden(@Parent() notification: Notification, @Context() { loaders }: GraphqlContext) {
    if (!notification.commentId) return false;
    const comment = await loaders.comment.load(notification.commentId);
    return Boolean(comment?.hiddenAt);
  }
}
