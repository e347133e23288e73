import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, canEvaluate, checkSpecificity, evaluationCounts, Locale, ProposalStatus, sectorOf, SPECIFICITY_RULES, SpecificityRule, type SpecificityInput } from '@ogp-forum/domain';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { EvaluationSummary, SpecificityReport } from './co-creation.types.js';
import { DraftCommitment } from './draft-commitment.entity.js';
import { DraftingService } from './drafting.service.js';
import { CreateProposalInput, DecideProposalInput, EvaluateProposalInput, ProposalTextInput, SpecificityCheckInput } from './dto/proposal.input.js';
import { Evaluation } from './evaluation.entity.js';
import { EvaluationsService, summarize, visibleEvaluations } from './evaluations.service.js';
import { Proposal } from './proposal.entity.js';
import { ProposalsService } from './proposals.service.js';
import { WorkingGroup } from './working-group.entity.js';

/** The specificity report with the rule texts in one language. */
export function specificityReport(input: SpecificityInput, locale: Locale): SpecificityReport {
  const result = checkSpecificity(input);
  return {
    score: result.score,
    rules: Object.values(SpecificityRule).map((rule) => ({
      rule,
      met: result.passed.includes(rule),
      requirement: SPECIFICITY_RULES[rule].requirement[locale],
      howToFix: SPECIFICITY_RULES[rule].howToFix[locale],
    })),
  };
}

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly evaluationsService: EvaluationsService,
    private readonly drafting: DraftingService,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => Proposal, { description: 'A proposal; drafts only for their author\'s and co-sponsoring organisations.' })
  proposal(@Args(...idArg('id')) id: string, @CurrentUser() reader: User | null) {
    return this.service.findReadable(reader, id);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => [Proposal], { description: 'A plan\'s proposals the reader may see, oldest first.' })
  proposals(
    @Args(...idArg('planId')) planId: string,
    @Args('status', { type: () => ProposalStatus, nullable: true }) status: ProposalStatus | undefined,
    @CurrentUser() reader: User | null,
  ) {
    return this.service.list(reader, planId, status);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => [Proposal], { description: 'The reasoned-response register: every proposal that reached the forum, with its outcome and rationale.' })
  reasonedResponses(@Args(...idArg('planId')) planId: string) {
    return this.service.register(planId);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => SpecificityReport, { description: 'What the IRM-style specificity check finds missing in a text, while it is written.' })
  checkSpecificity(@Args('input') input: SpecificityCheckInput) {
    return specificityReport({ ...input, suggestedLeadAgency: input.suggestedLeadAgency ?? null }, input.locale);
  }

  @Allow(Action.SUBMIT_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Starts a draft, visible to your organisation only until you submit it.' })
  createProposal(@Args('input') input: CreateProposalInput, @CurrentUser() proposer: User) {
    return this.service.create(proposer, input);
  }

  @Allow(Action.SUBMIT_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Rewrites your draft.' })
  updateProposal(@Args(...idArg('id')) id: string, @Args('input') input: ProposalTextInput, @CurrentUser() author: User) {
    return this.service.update(author, id, input);
  }

  @Allow(Action.SUBMIT_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Submits your draft to the forum; from then on it is public.' })
  submitProposal(@Args(...idArg('id')) id: string, @CurrentUser() author: User) {
    return this.service.submit(author, id);
  }

  @Allow(Action.SUBMIT_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Withdraws your proposal; the register keeps it, marked WITHDRAWN.' })
  withdrawProposal(@Args(...idArg('id')) id: string, @CurrentUser() author: User) {
    return this.service.withdraw(author, id);
  }

  @Allow(Action.CO_SPONSOR_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Your organisation co-sponsors a submitted proposal, or stops.' })
  coSponsorProposal(@Args(...idArg('id')) id: string, @Args('sponsoring', { defaultValue: true }) sponsoring: boolean, @CurrentUser() member: User) {
    return this.service.coSponsor(member, id, sponsoring);
  }

  @Allow(Action.DECIDE_PROPOSAL)
  @Mutation(() => Proposal, { description: 'Opens the review of a submitted proposal.' })
  openProposalReview(@Args(...idArg('id')) id: string, @CurrentUser() chair: User) {
    return this.service.openReview(chair, id);
  }

  @Allow(Action.EVALUATE_PROPOSAL)
  @Mutation(() => Evaluation, { description: 'Your scores (1–5) and note; you may revise them while the review is open.' })
  evaluateProposal(@Args('input') input: EvaluateProposalInput, @CurrentUser() evaluator: User) {
    return this.evaluationsService.evaluate(evaluator, input);
  }

  @Allow(Action.DECIDE_PROPOSAL)
  @Mutation(() => Proposal, { description: 'SELECTED, MERGED, PARKED or DECLINED, with the rationale published as the reasoned response.' })
  decideProposal(@Args('input') input: DecideProposalInput, @CurrentUser() chair: User) {
    return this.service.decide(chair, input);
  }

  @ResolveField(() => ActionPlan)
  plan(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return loaders.plan.load(proposal.planId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Null for proposals of earlier plans loaded from the record.' })
  proposer(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return proposal.proposerId ? loaders.user.load(proposal.proposerId) : null;
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return proposal.organizationId ? loaders.organization.load(proposal.organizationId) : null;
  }

  @ResolveField(() => [Organization])
  async coSponsors(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return (await loaders.organization.loadMany(proposal.coSponsorOrganizationIds)).filter((o): o is Organization => o instanceof Organization);
  }

  @ResolveField(() => Proposal, { nullable: true })
  mergedInto(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return proposal.mergedIntoId ? loaders.proposal.load(proposal.mergedIntoId) : null;
  }

  @ResolveField(() => WorkingGroup, { nullable: true })
  workingGroup(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return proposal.workingGroupId ? loaders.workingGroup.load(proposal.workingGroupId) : null;
  }

  @ResolveField(() => Commitment, { nullable: true, description: 'SELECTED: the commitment it became once its plan was adopted.' })
  commitment(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return proposal.commitmentId ? loaders.commitment.load(proposal.commitmentId) : null;
  }

  @ResolveField(() => DraftCommitment, { nullable: true, description: 'SELECTED: its draft commitment in the new plan.' })
  draftCommitment(@Parent() proposal: Proposal) {
    return proposal.status === ProposalStatus.SELECTED ? this.drafting.forProposal(proposal.id) : null;
  }

  @ResolveField(() => SpecificityReport)
  specificity(@Parent() proposal: Proposal, @Args('locale', { type: () => Locale, defaultValue: Locale.en }) locale: Locale) {
    return specificityReport(proposal, locale);
  }

  @ResolveField({ description: 'Whether you may score it now: a member, while it is open, who does not back it (author, proposing or co-sponsoring organisation).' })
  mayEvaluate(@Parent() proposal: Proposal, @CurrentUser() reader: User | null): boolean {
    return canEvaluate(reader, proposal);
  }

  @ResolveField(() => Evaluation, { nullable: true, description: 'Your own scores, if you gave them.' })
  async myEvaluation(@Parent() proposal: Proposal, @CurrentUser() reader: User | null, @Context() { loaders }: GraphqlContext) {
    if (!reader) return null;
    return (await loaders.evaluationsByProposal.load(proposal.id)).find((evaluation) => evaluation.evaluatorId === reader.id) ?? null;
  }

  @ResolveField(() => [Evaluation], {
    nullable: true,
    description: 'The scores that count (none by those who back it); null until your own counts or the review is closed; members only.',
  })
  async evaluations(@Parent() proposal: Proposal, @CurrentUser() reader: User | null, @Context() { loaders }: GraphqlContext) {
    return (await visibleScores(reader, proposal, loaders)).evaluations;
  }

  @ResolveField(() => EvaluationSummary, { nullable: true, description: 'Averages per sector of the scores that count, as visible as the evaluations.' })
  async evaluationSummary(@Parent() proposal: Proposal, @CurrentUser() reader: User | null, @Context() { loaders }: GraphqlContext) {
    const { evaluations, evaluators } = await visibleScores(reader, proposal, loaders);
    if (!evaluations) return null;
    // Each evaluator's sector, from their organisation: one batched statement for all of them.
    const sectors = await Promise.all(
      evaluations.map(async ({ evaluatorId }) => {
        const organizationId = evaluators.get(evaluatorId)?.organizationId;
        const organization = organizationId ? await loaders.organization.load(organizationId) : null;
        return [evaluatorId, sectorOf(organization?.kind)] as const;
      }),
    );
    return summarize(evaluations, new Map(sectors));
  }
}

/** A proposal's visible scores (visibleEvaluations) and everyone who scored it, loaded in two batched statements. */
async function visibleScores(reader: User | null, proposal: Proposal, loaders: GraphqlContext['loaders']) {
  const all = await loaders.evaluationsByProposal.load(proposal.id);
  const found = await loaders.user.loadMany(all.map((evaluation) => evaluation.evaluatorId));
  const evaluators = new Map(found.filter((user): user is User => user instanceof User).map((user) => [user.id, user]));
  return { evaluations: visibleEvaluations(reader, proposal, all, evaluators), evaluators };
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @ResolveField(() => Boolean, { description: 'False while the evaluator backs the proposal (their organisation proposes or co-sponsors it): the score is kept but not counted.' })
  async counts(@Parent() evaluation: Evaluation, @Context() { loaders }: GraphqlContext): Promise<boolean> {
    const [proposal, evaluator] = await Promise.all([loaders.proposal.load(evaluation.proposalId), loaders.user.load(evaluation.evaluatorId)]);
    return Boolean(proposal && evaluator && evaluationCounts(evaluator, proposal));
  }

  @ResolveField(() => User)
  evaluator(@Parent() evaluation: Evaluation, @Context() { loaders }: GraphqlContext) {
    return loaders.user.load(evaluation.evaluatorId);
  }
}
