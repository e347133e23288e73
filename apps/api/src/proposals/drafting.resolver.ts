import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, DraftSectionKey, isFrozen, parseMilestoneList, signOffSideOf, SignOffSide } from '@ogp-forum/domain';
import { Commitment } from '../commitments/commitment.entity.js';
import { idArg } from '../common/graphql/id-args.js';
import { intArg } from '../common/graphql/int-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { DiffPart, DraftMilestoneList } from './co-creation.types.js';
import { DraftCommitment, DraftSection, DraftSectionVersion } from './draft-commitment.entity.js';
import { DraftingService } from './drafting.service.js';
import { SaveDraftMilestonesInput, SaveDraftSectionInput } from './dto/proposal.input.js';
import { Proposal } from './proposal.entity.js';

@Resolver(() => DraftCommitment)
export class DraftCommitmentResolver {
  constructor(private readonly drafting: DraftingService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => DraftCommitment, { description: 'A commitment being co-drafted for the new plan; public, like the co-creation.' })
  draftCommitment(@Args(...idArg('id')) id: string) {
    return this.drafting.find(id);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => [DraftCommitment])
  draftCommitments(@Args(...idArg('planId')) planId: string) {
    return this.drafting.list(planId);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => [DiffPart], { description: 'Word-by-word changes between two versions of a section.' })
  draftSectionDiff(
    @Args(...idArg('sectionId')) sectionId: string,
    @Args(...intArg('fromVersion', { min: 1 })) fromVersion: number,
    @Args(...intArg('toVersion', { min: 1 })) toVersion: number,
  ) {
    return this.drafting.diff(sectionId, fromVersion, toVersion);
  }

  @Allow(Action.CO_DRAFT)
  @Mutation(() => DraftSection, { description: 'Saves a section; CONFLICT with the newer text if someone saved in between.' })
  saveDraftSection(@Args('input') input: SaveDraftSectionInput, @CurrentUser() editor: User) {
    return this.drafting.saveSection(editor, input);
  }

  @Allow(Action.CO_DRAFT)
  @Mutation(() => DraftSection, { description: 'Saves the milestones section from structured milestones; CONFLICT as for any section.' })
  saveDraftMilestones(@Args('input') input: SaveDraftMilestonesInput, @CurrentUser() editor: User) {
    return this.drafting.saveMilestones(editor, input);
  }

  @Allow(Action.SIGN_OFF_COMMITMENT)
  @Mutation(() => DraftCommitment, { description: 'Signs the current text off for the government lead or a CSO co-lead.' })
  signOffDraftCommitment(
    @Args(...idArg('id')) id: string,
    @Args(...intArg('revision', { min: 1, description: 'The revision of the text you read and sign.' })) revision: number,
    @CurrentUser() user: User,
  ) {
    return this.drafting.signOff(user, id, revision);
  }

  @ResolveField(() => Int, { description: 'Grows with every save of a section; sign off naming the revision you read.' })
  revision(@Parent() draft: DraftCommitment) {
    return this.drafting.revision(draft.id);
  }

  @ResolveField(() => [DraftSection], { description: 'The sections of OGP\'s commitment template, in order.' })
  sections(@Parent() draft: DraftCommitment) {
    return this.drafting.sections(draft.id);
  }

  @ResolveField(() => Proposal)
  proposal(@Parent() draft: DraftCommitment, @Context() { loaders }: GraphqlContext) {
    return loaders.proposal.load(draft.proposalId);
  }

  @ResolveField(() => Organization)
  leadOrganization(@Parent() draft: DraftCommitment, @Context() { loaders }: GraphqlContext) {
    return loaders.organization.load(draft.leadOrganizationId);
  }

  @ResolveField(() => [Organization])
  async coLeadOrganizations(@Parent() draft: DraftCommitment, @Context() { loaders }: GraphqlContext) {
    return (await loaders.organization.loadMany(draft.coLeadOrganizationIds)).filter((o): o is Organization => o instanceof Organization);
  }

  @ResolveField(() => Commitment, { nullable: true, description: 'The commitment it became when the plan was adopted.' })
  async commitment(@Parent() draft: DraftCommitment, @Context() { loaders }: GraphqlContext) {
    const proposal = await loaders.proposal.load(draft.proposalId);
    return proposal?.commitmentId ? loaders.commitment.load(proposal.commitmentId) : null;
  }

  @ResolveField({ description: 'Signed off by both sides: no more edits.' })
  frozen(@Parent() draft: DraftCommitment): boolean {
    return isFrozen(draft);
  }

  @ResolveField(() => SignOffSide, { nullable: true, description: 'The side you may sign off for, if any.' })
  mySignOffSide(@Parent() draft: DraftCommitment, @CurrentUser() user: User | null) {
    return signOffSideOf(user, draft);
  }
}

@Resolver(() => DraftSection)
export class DraftSectionResolver {
  constructor(private readonly drafting: DraftingService) {}

  @ResolveField(() => [DraftSectionVersion], { description: 'Every saved version, newest first.' })
  history(@Parent() section: DraftSection) {
    return this.drafting.history(section.id);
  }

  @ResolveField(() => DraftMilestoneList, { nullable: true, description: 'The MILESTONES section read as milestones; null for the other sections.' })
  async milestones(@Parent() section: DraftSection, @Context() { loaders }: GraphqlContext) {
    if (section.key !== DraftSectionKey.MILESTONES) return null;
    // A milestone with one date starts when the one before ends, the first on the plan's first day.
    const draft = await this.drafting.find(section.draftCommitmentId);
    const plan = await loaders.plan.load(draft.planId);
    return parseMilestoneList(section.text, plan?.periodStart ?? '');
  }

  @ResolveField(() => User, { nullable: true })
  updatedBy(@Parent() section: DraftSection, @Context() { loaders }: GraphqlContext) {
    return section.updatedById ? loaders.user.load(section.updatedById) : null;
  }
}

@Resolver(() => DraftSectionVersion)
export class DraftSectionVersionResolver {
  @ResolveField(() => User, { nullable: true })
  author(@Parent() version: DraftSectionVersion, @Context() { loaders }: GraphqlContext) {
    return version.authorId ? loaders.user.load(version.authorId) : null;
  }
}
