import { Injectable } from '@nestjs/common';
import { ProposalStatus } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { User } from '../users/user.entity.js';
import { CreateWorkingGroupInput } from './dto/proposal.input.js';
import { Proposal } from './proposal.entity.js';
import { WorkingGroup, WorkingGroupMember } from './working-group.entity.js';

/** Working groups carry parked proposals on after the plan is adopted (the seed document's "separate working group"). */
@Injectable()
export class WorkingGroupsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(chair: User, input: CreateWorkingGroupInput): Promise<WorkingGroup> {
    if (!(await this.db.getRepository(ActionPlan).existsBy({ id: input.planId }))) throw new NotFoundError('ActionPlan', input.planId);
    return this.db.transaction(async (tx) => {
      const group = await tx.save(tx.create(WorkingGroup, input));
      await this.audit.record(tx, { actorId: chair.id, action: 'working_group.created', entityType: 'WorkingGroup', entityId: group.id, after: { name: group.name } });
      return group;
    });
  }

  async find(id: string): Promise<WorkingGroup> {
    const group = await this.db.getRepository(WorkingGroup).findOneBy({ id });
    if (!group) throw new NotFoundError('WorkingGroup', id);
    return group;
  }

  list(planId: string): Promise<WorkingGroup[]> {
    return this.db.getRepository(WorkingGroup).find({ where: { planId }, order: { createdAt: 'ASC' } });
  }

  async setMember(chair: User, groupId: string, userId: string, member: boolean): Promise<WorkingGroup> {
    const group = await this.find(groupId);
    if (!(await this.db.getRepository(User).existsBy({ id: userId }))) throw new NotFoundError('User', userId);
    await this.db.transaction(async (tx) => {
      if (member) await tx.upsert(WorkingGroupMember, { groupId, userId }, ['groupId', 'userId']);
      else await tx.delete(WorkingGroupMember, { groupId, userId });
      await this.audit.record(tx, { actorId: chair.id, action: member ? 'working_group.member_added' : 'working_group.member_removed', entityType: 'WorkingGroup', entityId: groupId, after: { userId } });
    });
    return group;
  }

  members(groupId: string): Promise<User[]> {
    return this.db
      .createQueryBuilder(User, 'u')
      .innerJoin(WorkingGroupMember, 'm', 'm.user_id = u.id AND m.group_id = :groupId', { groupId })
      .orderBy('u.display_name', 'ASC')
      .getMany();
  }

  parkedProposals(groupId: string): Promise<Proposal[]> {
    return this.db.getRepository(Proposal).find({ where: { workingGroupId: groupId, status: ProposalStatus.PARKED }, order: { decidedAt: 'ASC' } });
  }
}
