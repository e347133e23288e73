import { Inject, Injectable } from '@nestjs/common';
import {
  ActionPlanStatus,
  canReadProposal,
  CoCreationPhase,
  coCreationPhase,
  isDecided,
  MIN_RATIONALE_LENGTH,
  organizationMayCoSponsor,
  OrganizationKind,
  ProposalMover,
  proposalMover,
  ProposalStatus,
  Role,
  SubjectType,
  todayIn,
  wasSubmitted,
} from '@ogp-forum/domain';
import { DataSource, EntityManager, Not } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Organization } from '../organizations/organization.entity.js';
import type { User } from '../users/user.entity.js';
import { DraftingService } from './drafting.service.js';
import { CreateProposalInput, DecideProposalInput, ProposalTextInput } from './dto/proposal.input.js';
import { Proposal } from './proposal.entity.js';
import { WorkingGroup } from './working-group.entity.js';

/**
 * The life of a proposal for the next plan: drafted privately by its organisation, submitted, co-sponsored, reviewed and
 * decided with a reasoned response. Every change of status follows the transition table of libs/domain and is audited.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly drafting: DraftingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** NOT_FOUND both for a proposal that does not exist and for a draft the reader may not see: drafts stay private. */
  async findReadable(reader: User | null, id: string): Promise<Proposal> {
    const proposal = await this.db.getRepository(Proposal).findOneBy({ id });
    if (!proposal || !canReadProposal(reader, proposal)) throw new NotFoundError('Proposal', id);
    return proposal;
  }

  async list(reader: User | null, planId: string, status?: ProposalStatus | null): Promise<Proposal[]> {
    const rows = await this.db.getRepository(Proposal).find({ where: { planId, ...(status ? { status } : {}) }, order: { createdAt: 'ASC' } });
    return rows.filter((proposal) => canReadProposal(reader, proposal));
  }

  /** The reasoned-response register: every proposal that reached the forum, with its outcome and rationale. */
  async register(planId: string): Promise<Proposal[]> {
    const rows = await this.db.getRepository(Proposal).find({ where: { planId, status: Not(ProposalStatus.DRAFT) }, order: { submittedAt: 'ASC', createdAt: 'ASC' } });
    return rows.filter(wasSubmitted);
  }

  async create(proposer: User, input: CreateProposalInput): Promise<Proposal> {
    const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: input.planId });
    if (!plan) throw new NotFoundError('ActionPlan', input.planId);
    this.checkCallOpen(plan);
    return this.db.transaction(async (tx) => {
      const proposal = await tx.save(
        tx.create(Proposal, { ...input, suggestedLeadAgency: input.suggestedLeadAgency ?? null, proposerId: proposer.id, organizationId: proposer.organizationId, status: ProposalStatus.DRAFT }),
      );
      await this.audit.record(tx, { actorId: proposer.id, action: 'proposal.drafted', entityType: 'Proposal', entityId: proposal.id, after: { title: proposal.title } });
      return proposal;
    });
  }

  /** The author rewrites their draft; once submitted, the text is what the forum evaluates and stays as it is. */
  async update(author: User, id: string, input: ProposalTextInput): Promise<Proposal> {
    return this.db.transaction(async (tx) => {
      const proposal = await this.lockReadable(tx, author, id);
      this.checkAuthor(author, proposal);
      if (proposal.status !== ProposalStatus.DRAFT) throw new ConflictError('A submitted proposal is no longer edited; comment on it instead', { status: proposal.status });
      Object.assign(proposal, { ...input, suggestedLeadAgency: input.suggestedLeadAgency ?? null });
      return tx.save(proposal);
    });
  }

  /** The proposer submits the draft: from then on everyone can read it and its thread. */
  async submit(author: User, id: string): Promise<Proposal> {
    const { proposal, notified } = await this.db.transaction(async (tx) => {
      const proposal = await this.lockReadable(tx, author, id);
      this.checkCallOpen(await tx.findOneByOrFail(ActionPlan, { id: proposal.planId }));
      const moved = await this.move(tx, author, proposal, ProposalStatus.SUBMITTED);
      moved.submittedAt = new Date();
      await tx.save(moved);
      // The secretariat reviews every proposal: each submission is a notice to it.
      const notified = await this.notifications.create(tx, await this.notifications.membersOf(tx, { role: Role.ADMIN }), {
        subjectType: SubjectType.PROPOSAL,
        subjectId: moved.id,
        kind: NotificationKind.PROPOSAL_SUBMITTED,
        actorId: author.id,
        text: moved.problem,
      });
      return { proposal: moved, notified };
    });
    this.notifications.announce(notified);
    return proposal;
  }

  async withdraw(author: User, id: string): Promise<Proposal> {
    return this.db.transaction(async (tx) => this.move(tx, author, await this.lockReadable(tx, author, id), ProposalStatus.WITHDRAWN));
  }

  /** The secretariat opens the review: evaluations continue, and a decision can be taken. */
  async openReview(chair: User, id: string): Promise<Proposal> {
    return this.db.transaction(async (tx) => this.move(tx, chair, await this.lockReadable(tx, chair, id), ProposalStatus.UNDER_REVIEW));
  }

  /** A member organisation supports a submitted proposal (or stops supporting it); a draft is its author's business. */
  async coSponsor(member: User, id: string, sponsoring: boolean): Promise<Proposal> {
    return this.db.transaction(async (tx) => {
      const proposal = await this.lockReadable(tx, member, id);
      if (!member.organizationId) throw new ForbiddenError('Co-sponsors are organisations; you do not belong to one');
      const organization = await tx.findOneBy(Organization, { id: member.organizationId });
      if (!organizationMayCoSponsor(organization?.kind)) throw new ForbiddenError('The secretariat decides on proposals; it does not co-sponsor them');
      if (member.organizationId === proposal.organizationId) throw new ConflictError('Your organisation is the proposer');
      if (proposal.status !== ProposalStatus.SUBMITTED && proposal.status !== ProposalStatus.UNDER_REVIEW) {
        throw new ConflictError(`A ${proposal.status} proposal takes no co-sponsors`, { status: proposal.status });
      }
      const others = proposal.coSponsorOrganizationIds.filter((organizationId) => organizationId !== member.organizationId);
      proposal.coSponsorOrganizationIds = sponsoring ? [...others, member.organizationId] : others;
      await tx.save(proposal);
      await this.audit.record(tx, { actorId: member.id, action: sponsoring ? 'proposal.co_sponsored' : 'proposal.co_sponsorship_ended', entityType: 'Proposal', entityId: id, after: { organizationId: member.organizationId } });
      return proposal;
    });
  }

  /**
   * The secretariat decides, always with a rationale, published as the reasoned response. A SELECTED proposal becomes a
   * draft commitment in the OGP template; MERGED names the proposal it joins; PARKED, the working group that carries it on.
   * A refused decision changes nothing.
   */
  async decide(chair: User, input: DecideProposalInput): Promise<Proposal> {
    const rationale = input.rationale.trim();
    if (rationale.length < MIN_RATIONALE_LENGTH) {
      throw new BadUserInputError(`A decision needs a rationale of at least ${MIN_RATIONALE_LENGTH} characters: it is the reasoned response`, { field: 'rationale' });
    }
    const { proposal, notified } = await this.db.transaction(async (tx) => {
      const proposal = await this.lockReadable(tx, chair, input.proposalId);
      const details = await this.decisionDetails(tx, proposal, input);
      // The reasoned response is saved with the new status: the database refuses a decision without it.
      Object.assign(proposal, { rationale, decidedAt: new Date(), decidedById: chair.id });
      const moved = await this.move(tx, chair, proposal, input.outcome, { rationale });
      Object.assign(moved, details);
      await tx.save(moved);
      if (input.outcome === ProposalStatus.SELECTED) await this.drafting.createFor(tx, chair, moved, input.leadOrganizationId!, input.coLeadOrganizationId ?? null);
      // The kind says what happened and the subject's title is read in the reader's language; the excerpt is the reasons.
      const notice = { subjectType: SubjectType.PROPOSAL, subjectId: moved.id, actorId: chair.id, text: rationale };
      const notified = moved.proposerId ? await this.notifications.create(tx, [moved.proposerId], { ...notice, kind: NotificationKind.PROPOSAL_DECIDED }) : [];
      if (input.outcome === ProposalStatus.SELECTED) {
        const ministry = (await this.notifications.membersOf(tx, { organizationId: input.leadOrganizationId! })).filter((id) => !notified.includes(id));
        notified.push(...(await this.notifications.create(tx, ministry, { ...notice, kind: NotificationKind.PROPOSAL_SELECTED_AS_LEAD })));
      }
      return { proposal: moved, notified };
    });
    this.notifications.announce(notified);
    return proposal;
  }

  /** What each outcome needs besides the rationale, checked before anything is written. */
  private async decisionDetails(tx: EntityManager, proposal: Proposal, input: DecideProposalInput): Promise<Partial<Proposal>> {
    switch (input.outcome) {
      case ProposalStatus.MERGED: {
        if (!input.mergedIntoId) throw new BadUserInputError('Say which proposal it is merged into', { field: 'mergedIntoId' });
        if (input.mergedIntoId === proposal.id) throw new BadUserInputError('A proposal cannot be merged into itself', { field: 'mergedIntoId' });
        const target = await tx.findOneBy(Proposal, { id: input.mergedIntoId, planId: proposal.planId });
        if (!target || target.status === ProposalStatus.DRAFT) throw new NotFoundError('Proposal', input.mergedIntoId);
        if ([ProposalStatus.MERGED, ProposalStatus.DECLINED, ProposalStatus.WITHDRAWN].includes(target.status)) {
          throw new ConflictError(`Proposal "${target.title}" is ${target.status}; merge into a proposal that goes on`);
        }
        return { mergedIntoId: target.id };
      }
      case ProposalStatus.PARKED: {
        if (!input.workingGroupId) throw new BadUserInputError('Say which working group carries it on', { field: 'workingGroupId' });
        if (!(await tx.existsBy(WorkingGroup, { id: input.workingGroupId, planId: proposal.planId }))) throw new NotFoundError('WorkingGroup', input.workingGroupId);
        return { workingGroupId: input.workingGroupId };
      }
      case ProposalStatus.SELECTED: {
        if (!input.leadOrganizationId) throw new BadUserInputError('Name the government agency that will lead the commitment', { field: 'leadOrganizationId' });
        const lead = await tx.findOneBy(Organization, { id: input.leadOrganizationId });
        if (!lead) throw new NotFoundError('Organization', input.leadOrganizationId);
        if (lead.kind !== OrganizationKind.GOVERNMENT) throw new BadUserInputError('The lead of a commitment is a government agency', { field: 'leadOrganizationId' });
        return {};
      }
      default:
        return {};
    }
  }

  /** Moves a proposal along the transition table, as its author or as the secretariat, and audits the move. */
  private async move(tx: EntityManager, actor: User, proposal: Proposal, to: ProposalStatus, extra: Record<string, unknown> = {}): Promise<Proposal> {
    const mover = proposalMover(proposal.status, to);
    if (!mover) throw new ConflictError(`A ${proposal.status} proposal cannot become ${to}`, { status: proposal.status });
    if (mover === ProposalMover.AUTHOR) this.checkAuthor(actor, proposal);
    if (mover === ProposalMover.CHAIR && actor.role !== Role.ADMIN) throw new ForbiddenError('The forum secretariat reviews and decides proposals');
    if (isDecided(to) || to === ProposalStatus.UNDER_REVIEW) {
      const plan = await tx.findOneByOrFail(ActionPlan, { id: proposal.planId });
      if (plan.status !== ActionPlanStatus.CO_CREATION) throw new ConflictError('The plan is no longer in co-creation');
    }
    const from = proposal.status;
    proposal.status = to;
    await tx.save(proposal);
    await this.audit.record(tx, { actorId: actor.id, action: `proposal.${to.toLowerCase()}`, entityType: 'Proposal', entityId: proposal.id, before: { status: from }, after: { status: to, ...extra } });
    return proposal;
  }

  private checkAuthor(actor: User, proposal: Proposal): void {
    if (proposal.proposerId !== actor.id) throw new ForbiddenError('Only the author does this');
  }

  private checkCallOpen(plan: ActionPlan): void {
    if (plan.status !== ActionPlanStatus.CO_CREATION) throw new ConflictError('Proposals are taken only while a plan is in co-creation');
    const phase = coCreationPhase(plan, todayIn(this.config.timeZone));
    if (phase !== CoCreationPhase.OPEN_CALL) throw new ConflictError('The call for proposals is not open', { phase });
  }

  /** The proposal under a row lock, if this user may read it. */
  private async lockReadable(tx: EntityManager, reader: User, id: string): Promise<Proposal> {
    const proposal = await tx.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal || !canReadProposal(reader, proposal)) throw new NotFoundError('Proposal', id);
    return proposal;
  }

}
