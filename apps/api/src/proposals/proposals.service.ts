import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ActionPlanStatus, canReadProposal, ProposalStatus } from '@ogp-forum/domain';
import { DataSource, Repository } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import type { User } from '../users/user.entity.js';
import { CreateProposalInput } from './dto/proposal.input.js';
import { Proposal } from './proposal.entity.js';

/**
 * Proposals, first slice: drafting and submitting, with the visibility rule of libs/domain. Evaluation, decisions and
 * co-drafting build on this (the co-creation issue).
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    private readonly audit: AuditService,
  ) {}

  /** NOT_FOUND both for a proposal that does not exist and for a draft the reader may not see: drafts stay private. */
  async findReadable(reader: User | null, id: string): Promise<Proposal> {
    const proposal = await this.proposals.findOneBy({ id });
    if (!proposal || !canReadProposal(reader, proposal)) throw new NotFoundError('Proposal', id);
    return proposal;
  }

  async list(reader: User | null, planId: string, status?: ProposalStatus | null): Promise<Proposal[]> {
    const rows = await this.proposals.find({ where: { planId, ...(status ? { status } : {}) }, order: { createdAt: 'ASC' } });
    return rows.filter((proposal) => canReadProposal(reader, proposal));
  }

  async create(proposer: User, input: CreateProposalInput): Promise<Proposal> {
    const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: input.planId });
    if (!plan) throw new NotFoundError('ActionPlan', input.planId);
    if (plan.status !== ActionPlanStatus.CO_CREATION) throw new ConflictError('Proposals are taken only while a plan is in co-creation');
    return this.db.transaction(async (tx) => {
      const proposal = await tx.save(tx.create(Proposal, { ...input, proposerId: proposer.id, organizationId: proposer.organizationId, status: ProposalStatus.DRAFT }));
      await this.audit.record(tx, { actorId: proposer.id, action: 'proposal.drafted', entityType: 'Proposal', entityId: proposal.id, after: { title: proposal.title } });
      return proposal;
    });
  }

  /** The proposer submits the draft: from then on everyone can read it and its thread. */
  async submit(proposer: User, id: string): Promise<Proposal> {
    return this.db.transaction(async (tx) => {
      const proposal = await tx.findOneBy(Proposal, { id });
      if (!proposal || !canReadProposal(proposer, proposal)) throw new NotFoundError('Proposal', id);
      if (proposal.proposerId !== proposer.id) throw new ForbiddenError('Only the author submits a proposal');
      if (proposal.status !== ProposalStatus.DRAFT) throw new ConflictError(`The proposal is already ${proposal.status}`);
      Object.assign(proposal, { status: ProposalStatus.SUBMITTED, submittedAt: new Date() });
      await tx.save(proposal);
      await this.audit.record(tx, { actorId: proposer.id, action: 'proposal.submitted', entityType: 'Proposal', entityId: id, before: { status: ProposalStatus.DRAFT }, after: { status: ProposalStatus.SUBMITTED } });
      return proposal;
    });
  }
}
