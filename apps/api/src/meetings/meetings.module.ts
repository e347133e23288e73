import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DiscussionModule } from '../discussion/discussion.module.js';
import { MailModule } from '../mail/mail.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedsResolver } from './calendar-feeds.resolver.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { ActionItemResolver, AgendaItemResolver, MeetingsResolver, MinutesResolver, RsvpResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesService } from './minutes.service.js';

/** Forum meetings: calendar, agenda, RSVPs and attendance, live meeting mode, minutes and action items. */
@Module({
  imports: [AuditModule, DiscussionModule, MailModule],
  controllers: [CalendarController],
  providers: [MeetingsService, MinutesService, MeetingsResolver, MinutesResolver, AgendaItemResolver, ActionItemResolver, RsvpResolver, CalendarFeedsService, CalendarFeedsResolver],
})
export class MeetingsModule {}
