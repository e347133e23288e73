import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { User } from '../users/user.entity.js';
import { NotificationMailService } from './notification-mail.service.js';
import { NotificationDelivery, NotificationPreference, NotificationTopic } from './notification-preference.entity.js';

@Resolver(() => NotificationPreference)
export class NotificationPreferencesResolver {
  constructor(private readonly mail: NotificationMailService) {}

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Query(() => [NotificationPreference], { description: 'How you hear of each topic: in the app only, by e-mail at once, or in a daily digest.' })
  async notificationPreferences(@CurrentUser() user: User): Promise<NotificationPreference[]> {
    const chosen = await this.mail.preferences(user.id);
    return Object.values(NotificationTopic).map((topic) => Object.assign(new NotificationPreference(), { userId: user.id, topic, delivery: chosen[topic] }));
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Mutation(() => NotificationPreference, { description: 'Chooses how you hear of a topic. Every notification stays in the app.' })
  setNotificationPreference(
    @CurrentUser() user: User,
    @Args('topic', { type: () => NotificationTopic }) topic: NotificationTopic,
    @Args('delivery', { type: () => NotificationDelivery }) delivery: NotificationDelivery,
  ): Promise<NotificationPreference> {
    return this.mail.setPreference(user.id, topic, delivery);
  }
}
