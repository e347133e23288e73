import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DiscussionModule } from '../discussion/discussion.module.js';
import { MailModule } from '../mail/mail.module.js';
import { CalendarController } from './calendar.controller.js';
import { ActionItemResolver, AgendaItemResolver, MeetingsResolver, MinutesResolver, RsvpResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesService } from './minutes.service.js';

/** Forum meetings: calendar, agenda, RSVPs and attendance, live meeting mode, minutes and action items. */
@Module({
  imports: [AuditModule, DiscussionModule, MailModule],
  controllers: [CalendarController],
  providers: [MeetingsService, MinutesService, MeetingsResolver, MinutesResolver, AgendaItemResolver, ActionItemResolver, RsvpResolver],
})
export class MeetingsModule {}
