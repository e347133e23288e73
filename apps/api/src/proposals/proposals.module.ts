import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Proposal } from './proposal.entity.js';
import { ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Proposal]), AuditModule],
  providers: [ProposalsService, ProposalsResolver],
})
export class ProposalsModule {}
