import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveGateway } from '../live/live.gateway.js';
import { MailModule } from '../mail/mail.module.js';
import { Follow, Notification } from '../notifications/notification.entity.js';
import { NotificationMailService } from '../notifications/notification-mail.service.js';
import { NotificationPreference } from '../notifications/notification-preference.entity.js';
import { NotificationPreferencesResolver } from '../notifications/notification-preferences.resolver.js';
import { UnsubscribeController } from '../notifications/unsubscribe.controller.js';
import { NotificationsResolver } from '../notifications/notifications.resolver.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { CommentsService } from './comments.service.js';
import { DiscussionResolver } from './discussion.resolver.js';
import { FlaggedCommentResolver, ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { SubjectAccessService } from './subject-access.service.js';
import { ThreadPayloadsService } from './thread-payloads.service.js';

/** Threads on any subject: comments, the event log and its live delivery, notifications (in the app and by e-mail) and follows. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, Follow, NotificationPreference]), MailModule],
  controllers: [UnsubscribeController],
  providers: [
    CommentsService,
    DiscussionResolver,
    SubjectAccessService,
    ThreadPayloadsService,
    NotificationsService,
    NotificationsResolver,
    NotificationMailService,
    NotificationPreferencesResolver,
    LiveGateway,
    ModerationService,
    ModerationResolver,
    FlaggedCommentResolver,
  ],
  exports: [NotificationsService, NotificationMailService, SubjectAccessService],
})
export class DiscussionModule {}
