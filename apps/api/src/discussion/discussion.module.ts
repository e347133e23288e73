import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveGateway } from '../live/live.gateway.js';
import { Follow, Notification } from '../notifications/notification.entity.js';
import { NotificationsResolver } from '../notifications/notifications.resolver.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { CommentsService } from './comments.service.js';
import { DiscussionResolver } from './discussion.resolver.js';
import { FlaggedCommentResolver, ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { SubjectAccessService } from './subject-access.service.js';
import { ThreadPayloadsService } from './thread-payloads.service.js';

/** Threads on any subject: comments, the event log and its live delivery, notifications and follows. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, Follow])],
  providers: [CommentsService, DiscussionResolver, SubjectAccessService, ThreadPayloadsService, NotificationsService, NotificationsResolver, LiveGateway, ModerationService, ModerationResolver, FlaggedCommentResolver],
  exports: [NotificationsService, SubjectAccessService],
})
export class DiscussionModule {}
