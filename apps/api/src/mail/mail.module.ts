import { Module } from '@nestjs/common';
import { MailQueue } from './mail-queue.service.js';
import { MailService } from './mail.service.js';

/** E-mail: one queue per api process (mail-queue.service.ts), whose worker sends through mail.service.ts. */
@Module({
  providers: [MailService, MailQueue],
  exports: [MailQueue, MailService],
})
export class MailModule {}
