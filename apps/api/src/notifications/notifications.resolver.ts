import { Args, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Action, SubjectType } from '@ogp-forum/domain';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { ConnectionType } from '../common/graphql/connection.js';
import { SubjectAccessService } from '../discussion/subject-access.service.js';
import { User } from '../users/user.entity.js';
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
}
