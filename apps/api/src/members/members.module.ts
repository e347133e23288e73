import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, Invitation]), AuditModule, MailModule],
  providers: [MembersService, MembersResolver],
})
export class MembersModule {}
