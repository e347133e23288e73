import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, Invitation, AuditEvent])],
  providers: [MembersService, MembersResolver, MailService, AuditService, AuditResolver],
})
export class MembersModule {}
