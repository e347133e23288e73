import { Inject } from '@nestjs/common';
import { Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { User } from '../users/user.entity.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@ObjectType({ description: 'The member\'s personal calendar feed. Its URL is secret and shown only when it is made.' })
export class CalendarFeedInfo {
  @Field({ description: 'When the current URL was made.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A newly made personal calendar feed: the URL is shown this once.' })
export class NewCalendarFeed extends CalendarFeedInfo {
  @Field({ description: 'The secret iCalendar URL for calendar apps.' })
  url!: string;
}

@Resolver()
export class CalendarFeedsResolver {
  constructor(
    private readonly feeds: CalendarFeedsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Query(() => CalendarFeedInfo, { nullable: true, description: 'Your personal calendar feed, if you made one.' })
  myCalendarFeed(@CurrentUser() user: User) {
    return this.feeds.mine(user.id);
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Mutation(() => NewCalendarFeed, { description: 'Makes a new secret URL for your calendar feed; the previous URL stops working.' })
  async renewCalendarFeed(@CurrentUser() user: User, @Context() { req }: GraphqlContext): Promise<NewCalendarFeed> {
    const { feed, secret } = await this.feeds.renew(user);
    const base = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    return { createdAt: feed.createdAt, url: `${base}/calendar/feeds/${secret}.ics` };
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Mutation(() => Boolean, { description: 'Turns your calendar feed off: its URL answers 404 from now on.' })
  revokeCalendarFeed(@CurrentUser() user: User) {
    return this.feeds.revoke(user);
  }
}
