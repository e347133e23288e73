import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, can } from '@ogp-forum/domain';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { User } from '../users/user.entity.js';
import { CreateWorkingGroupInput } from './dto/proposal.input.js';
import { Proposal } from './proposal.entity.js';
import { WorkingGroup } from './working-group.entity.js';
import { WorkingGroupsService } from './working-groups.service.js';

@Resolver(() => WorkingGroup)
export class WorkingGroupsResolver {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => [WorkingGroup])
  workingGroups(@Args(...idArg('planId')) planId: string) {
    return this.groups.list(planId);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => WorkingGroup)
  workingGroup(@Args(...idArg('id')) id: string) {
    return this.groups.find(id);
  }

  @Allow(Action.MANAGE_PLANS)
  @Mutation(() => WorkingGroup)
  createWorkingGroup(@Args('input') input: CreateWorkingGroupInput, @CurrentUser() chair: User) {
    return this.groups.create(chair, input);
  }

  @Allow(Action.MANAGE_PLANS)
  @Mutation(() => WorkingGroup)
  setWorkingGroupMember(
    @Args(...idArg('groupId')) groupId: string,
    @Args(...idArg('userId')) userId: string,
    @Args('member') member: boolean,
    @CurrentUser() chair: User,
  ) {
    return this.groups.setMember(chair, groupId, userId, member);
  }

  @ResolveField(() => [User], { nullable: true, description: 'Forum members only; null for others.' })
  members(@Parent() group: WorkingGroup, @CurrentUser() reader: User | null) {
    return can(reader, Action.READ_MEMBER_CONTENT) ? this.groups.members(group.id) : null;
  }

  @ResolveField(() => [Proposal], { description: 'The proposals parked in it.' })
  proposals(@Parent() group: WorkingGroup) {
    return this.groups.parkedProposals(group.id);
  }
}
