import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { SignUpResolver } from './sign-up.resolver.js';
import { SignUpService } from './sign-up.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, Invitation]), AuditModule, MailModule],
  providers: [MembersService, MembersResolver, SignUpService, SignUpResolver],
})
export class MembersModule {}
