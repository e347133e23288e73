import { Args, Context, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { requestedFields } from '../common/graphql/requested-fields.js';
import { Action, ActionPlanStatus, canPostProgressUpdate, daysDelayed, isCommitmentStale, isMilestoneDelayed, SubjectType } from '@ogp-forum/domain';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Theme } from '../action-plans/theme.entity.js';
import { Clock } from '../common/clock.js';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { User } from '../users/user.entity.js';
import { PostProgressUpdateInput } from './dto/progress-update.input.js';
import { ProgressUpdatesService } from './progress-updates.service.js';
import { ConnectionType } from '../common/graphql/connection.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Organization } from '../organizations/organization.entity.js';
import { Commitment } from './commitment.entity.js';
import { CommitmentsService } from './commitments.service.js';
import { CommitmentFilter } from './dto/commitment-filter.input.js';
import { Milestone } from './milestone.entity.js';
import { ProgressUpdate } from './progress-update.entity.js';

@ObjectType()
export class CommitmentConnection extends ConnectionType(Commitment) {}

@Resolver(() => Commitment)
export class CommitmentsResolver {
  constructor(
    private readonly service: CommitmentsService,
    private readonly progress: ProgressUpdatesService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => Commitment)
  async commitment(@Args(...idArg('id')) id: string, @Context() { loaders }: GraphqlContext, @Info() info: GraphQLResolveInfo): Promise<Commitment> {
    const fields = requestedFields(info);
    // The commitment page: everything its fields read, in one statement.
    if (fields.has('milestones') || fields.has('progressUpdates')) {
      const commitment = await loaders.preloadCommitmentPage(id);
      if (!commitment) throw new NotFoundError('Commitment', id);
      return commitment;
    }
    return this.service.findById(id);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => CommitmentConnection, { description: 'A plan\'s commitments in code order, a page at a time.' })
  commitments(
    @Args(...idArg('planId')) planId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    // Optional rather than `| undefined`: a union is reflected as Object, and the ValidationPipe would skip the filter.
    @Args('filter', { type: () => CommitmentFilter, nullable: true }) filter?: CommitmentFilter,
  ) {
    return this.service.list(planId, filter, first, after);
  }

  @Allow(Action.POST_PROGRESS_UPDATE)
  @Mutation(() => ProgressUpdate, { description: 'Reports progress on a commitment your ministry leads or you are the contact of.' })
  postProgressUpdate(@Args('input') input: PostProgressUpdateInput, @CurrentUser() author: User) {
    return this.progress.post(author, input);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in member follows this commitment.' })
  async following(@Parent() commitment: Commitment, @CurrentUser() viewer: User | null) {
    return viewer ? this.notifications.isFollowing(viewer.id, { subjectType: SubjectType.COMMITMENT, subjectId: commitment.id }) : false;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in member may report progress on it.' })
  canPostProgressUpdate(@Parent() commitment: Commitment, @CurrentUser() viewer: User | null) {
    return canPostProgressUpdate(viewer, commitment);
  }

  @ResolveField(() => ActionPlan)
  async plan(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.plan.load(commitment.planId);
  }

  @ResolveField(() => Theme)
  async theme(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.theme.load(commitment.themeId);
  }

  @ResolveField(() => Organization)
  async leadOrganization(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.organization.load(commitment.leadOrganizationId);
  }

  @ResolveField(() => Commitment, { nullable: true, description: 'The commitment this one was merged into, if any.' })
  async incorporatedInto(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return commitment.incorporatedIntoId ? loaders.commitment.load(commitment.incorporatedIntoId) : null;
  }

  @ResolveField(() => [Milestone])
  async milestones(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.milestonesByCommitment.load(commitment.id);
  }

  @ResolveField(() => [ProgressUpdate], { description: 'Newest first.' })
  async progressUpdates(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.progressUpdatesByCommitment.load(commitment.id);
  }

  @ResolveField(() => Date, { nullable: true, description: 'When progress was last reported; null if never.' })
  async lastUpdateAt(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.lastUpdateAt.load(commitment.id);
  }

  @ResolveField(() => Int, { description: 'Milestones whose end date has passed without being completed.' })
  async delayedMilestoneCount(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.delayedMilestoneCount.load(commitment.id);
  }

  @ResolveField(() => Boolean, { description: 'Still being implemented and not reported on for 60 days.' })
  async stale(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    const [plan, lastUpdateAt] = await Promise.all([
      loaders.plan.load(commitment.planId),
      loaders.lastUpdateAt.load(commitment.id),
    ]);
    if (plan?.status !== ActionPlanStatus.IMPLEMENTATION) return false;
    return isCommitmentStale({ ...commitment, lastUpdateAt }, this.clock.now());
  }
}

@Resolver(() => Milestone)
export class MilestonesResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => Boolean, { description: 'The end date has passed and it is not completed.' })
  delayed(@Parent() milestone: Milestone) {
    return isMilestoneDelayed(milestone, this.clock.now());
  }

  @ResolveField(() => Int, { description: 'Days past the end date; 0 unless delayed.' })
  daysDelayed(@Parent() milestone: Milestone) {
    return daysDelayed(milestone, this.clock.now());
  }
}
