import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, ProposalStatus } from '@ogp-forum/domain';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { CreateProposalInput } from './dto/proposal.input.js';
import { Proposal } from './proposal.entity.js';
import { ProposalsService } from './proposals.service.js';

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(private readonly service: ProposalsService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => Proposal, { description: 'A proposal; drafts only for their author\'s and co-sponsoring organisations.' })
  proposal(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() reader: User | null) {
    return this.service.findReadable(reader, id);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => [Proposal], { description: 'A plan\'s proposals the reader may see, oldest first.' })
  proposals(
    @Args('planId', { type: () => ID }, ParseUUIDPipe) planId: string,
    @Args('status', { type: () => ProposalStatus, nullable: true }) status: ProposalStatus | undefined,
    @CurrentUser() reader: User | null,
  ) {
    return this.service.list(reader, planId, status);
  }

  @Allow(Action.SUBMIT_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Starts a draft, visible to your organisation only until you submit it.' })
  createProposal(@Args('input') input: CreateProposalInput, @CurrentUser() proposer: User) {
    return this.service.create(proposer, input);
  }

  @Allow(Action.SUBMIT_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Submits your draft to the forum; from then on it is public.' })
  submitProposal(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() proposer: User) {
    return this.service.submit(proposer, id);
  }

  @ResolveField(() => User)
  proposer(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return loaders.user.load(proposal.proposerId);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return proposal.organizationId ? loaders.organization.load(proposal.organizationId) : null;
  }
}
