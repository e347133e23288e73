import { Inject } from '@nestjs/common';
import { idArg } from '../common/graphql/id-args.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { COMMITMENT_TEMPLATE_FIELDS } from '../common/dataloader/loaders.js';
import { requestedFields } from '../common/graphql/requested-fields.js';
import { Action, ActionPlanStatus, CoCreationPhase, coCreationPhase, countByCompletion, todayIn } from '@ogp-forum/domain';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { User } from '../users/user.entity.js';
import { AdoptionService } from './adoption.service.js';
import { CoCreationCalendarInput, CreateActionPlanInput, UpdateActionPlanInput } from './dto/action-plan.input.js';
import { AdoptActionPlanInput } from './dto/adopt-action-plan.input.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import { ActionPlan } from './action-plan.entity.js';
import { ActionPlansService } from './action-plans.service.js';
import { CompletionCounts, toCompletionCounts } from './completion-counts.type.js';
import { Theme } from './theme.entity.js';

@Resolver(() => ActionPlan)
export class ActionPlansResolver {
  constructor(
    private readonly plans: ActionPlansService,
    private readonly adoption: AdoptionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => [ActionPlan], { description: 'Every plan, newest first.' })
  actionPlans(): Promise<ActionPlan[]> {
    return this.plans.list();
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => ActionPlan)
  async actionPlan(@Args(...idArg('id')) id: string, @Context() { loaders }: GraphqlContext, @Info() info: GraphQLResolveInfo): Promise<ActionPlan> {
    const fields = requestedFields(info);
    // The plan page: everything its fields read, in one statement.
    if (fields.has('themes') || fields.has('completionCounts') || fields.has('irmRecommendations')) {
      const plan = await loaders.preloadPlanPage(id);
      if (!plan) throw new NotFoundError('ActionPlan', id);
      return plan;
    }
    const plan = await this.plans.findById(id);
    loaders.plan.prime(plan.id, plan);
    return plan;
  }

  @Allow(Action.MANAGE_PLANS)
  @Mutation(() => ActionPlan, { description: 'Opens the next plan for co-creation, with its calendar.' })
  createActionPlan(@Args('input') input: CreateActionPlanInput, @CurrentUser() chair: User): Promise<ActionPlan> {
    return this.plans.create(chair, input);
  }

  @Allow(Action.MANAGE_PLANS)
  @Mutation(() => ActionPlan, { description: 'Corrects a plan\'s titles and period; a closed plan is kept as it was closed.' })
  updateActionPlan(@Args(...idArg('id')) id: string, @Args('input') input: UpdateActionPlanInput, @CurrentUser() chair: User): Promise<ActionPlan> {
    return this.plans.update(chair, id, input);
  }

  @Allow(Action.MANAGE_PLANS)
  @Mutation(() => ActionPlan, { description: 'Moves the dates of a plan still in co-creation.' })
  updateCoCreationCalendar(
    @Args(...idArg('id')) id: string,
    @Args('input') input: CoCreationCalendarInput,
    @CurrentUser() chair: User,
  ): Promise<ActionPlan> {
    return this.plans.updateCalendar(chair, id, input);
  }

  @Allow(Action.MANAGE_PLANS)
  @Mutation(() => ActionPlan, {
    description: 'Adopts a plan in co-creation: its signed-off draft commitments become its commitments, under themes, and it enters implementation.',
  })
  adoptActionPlan(@Args(...idArg('planId')) planId: string, @Args('input') input: AdoptActionPlanInput, @CurrentUser() chair: User): Promise<ActionPlan> {
    return this.adoption.adopt(chair, planId, input);
  }

  @Allow(Action.MANAGE_PLANS)
  @Mutation(() => ActionPlan, { description: 'Ends the term of a plan in implementation; its completion levels become final.' })
  closeActionPlan(@Args(...idArg('planId')) planId: string, @CurrentUser() chair: User): Promise<ActionPlan> {
    return this.adoption.close(chair, planId);
  }

  @ResolveField(() => CoCreationPhase, { nullable: true, description: 'Where a plan in co-creation is on its calendar today.' })
  coCreationPhase(@Parent() plan: ActionPlan): CoCreationPhase | null {
    return plan.status === ActionPlanStatus.CO_CREATION ? coCreationPhase(plan, todayIn(this.config.timeZone)) : null;
  }

  @ResolveField(() => [Theme], { description: 'In the plan\'s order.' })
  themes(@Parent() plan: ActionPlan, @Context() { loaders }: GraphqlContext) {
    return loaders.themesByPlan.load(plan.id);
  }

  @ResolveField(() => CompletionCounts)
  async completionCounts(@Parent() plan: ActionPlan, @Context() { loaders }: GraphqlContext): Promise<CompletionCounts> {
    return toCompletionCounts(countByCompletion(await loaders.completionsByPlan.load(plan.id)));
  }

  @ResolveField(() => [IrmRecommendation])
  irmRecommendations(@Parent() plan: ActionPlan, @Context() { loaders }: GraphqlContext) {
    return loaders.irmRecommendationsByPlan.load(plan.id);
  }
}

@Resolver(() => Theme)
export class ThemesResolver {
  @ResolveField(() => [Commitment], { description: 'In code order.' })
  commitments(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext, @Info() info: GraphQLResolveInfo) {
    // A list that shows none of the template texts (the plan page) does not load them.
    const fields = requestedFields(info);
    const texts = COMMITMENT_TEMPLATE_FIELDS.some((field) => fields.has(field));
    return (texts ? loaders.commitmentsByTheme : loaders.commitmentListByTheme).load(theme.id);
  }
}
