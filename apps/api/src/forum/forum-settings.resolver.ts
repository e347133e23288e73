import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { Allow } from '../common/guards/allow.decorator.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';

@ObjectType({ description: 'How this forum is set up, for clients that show its times and dates.' })
export class ForumSettings {
  @Field({ description: 'The IANA time zone meetings are held and shown in, e.g. Asia/Seoul.' })
  timeZone!: string;
}

@Resolver(() => ForumSettings)
export class ForumSettingsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => ForumSettings)
  forumSettings(): ForumSettings {
    return { timeZone: this.config.timeZone };
  }
}
