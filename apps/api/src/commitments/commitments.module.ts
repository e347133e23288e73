import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Commitment } from './commitment.entity.js';
import { CommitmentsResolver, MilestonesResolver } from './commitments.resolver.js';
import { CommitmentsService } from './commitments.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Commitment])],
  providers: [CommitmentsService, CommitmentsResolver, MilestonesResolver],
  exports: [CommitmentsService],
})
export class CommitmentsModule {}
