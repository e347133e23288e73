import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { DiscussionModule } from '../discussion/discussion.module.js';
import { ProgressUpdatesService } from './progress-updates.service.js';
import { Commitment } from './commitment.entity.js';
import { CommitmentsResolver, MilestonesResolver } from './commitments.resolver.js';
import { CommitmentsService } from './commitments.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Commitment]), AuditModule, DiscussionModule],
  providers: [CommitmentsService, ProgressUpdatesService, CommitmentsResolver, MilestonesResolver],
  exports: [CommitmentsService],
})
export class CommitmentsModule {}
