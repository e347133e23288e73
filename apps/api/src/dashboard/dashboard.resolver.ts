import { Args, Query, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { Allow } from '../common/guards/allow.decorator.js';
import { idArg } from '../common/graphql/id-args.js';
import { DashboardService } from './dashboard.service.js';
import { PlanDashboard } from './dashboard.types.js';

@Resolver(() => PlanDashboard)
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => PlanDashboard, { description: 'Every series of a plan\'s public dashboard: completion, milestones, freshness, attendance, proposals.' })
  planDashboard(@Args(...idArg('planId')) planId: string): Promise<PlanDashboard> {
    return this.dashboard.forPlan(planId);
  }
}
