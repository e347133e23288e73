import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DiscussionModule } from '../discussion/discussion.module.js';
import { DraftCommitmentResolver, DraftSectionResolver, DraftSectionVersionResolver } from './drafting.resolver.js';
import { DraftingService } from './drafting.service.js';
import { EvaluationsService } from './evaluations.service.js';
import { EvaluationResolver, ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';
import { RegisterController } from './register.controller.js';
import { WorkingGroupsResolver } from './working-groups.resolver.js';
import { WorkingGroupsService } from './working-groups.service.js';

/** Co-creation of the next plan: proposals, evaluations, decisions with reasoned responses, working groups, co-drafting. */
@Module({
  imports: [AuditModule, DiscussionModule],
  controllers: [RegisterController],
  providers: [
    ProposalsService,
    EvaluationsService,
    DraftingService,
    WorkingGroupsService,
    ProposalsResolver,
    EvaluationResolver,
    DraftCommitmentResolver,
    DraftSectionResolver,
    DraftSectionVersionResolver,
    WorkingGroupsResolver,
  ],
})
export class ProposalsModule {}
