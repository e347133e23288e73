import { Injectable } from '@nestjs/common';
import {
  ActionPlanStatus,
  adoptionProblems,
  commitmentCode,
  Completion,
  countByCompletion,
  DraftSectionKey,
  isFrozen,
  ogpValuesNamedIn,
  parseMilestoneList,
  Role,
  type AdoptedMilestone,
} from '@ogp-forum/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Milestone } from '../commitments/milestone.entity.js';
import { DraftCommitment, DraftSection } from '../proposals/draft-commitment.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { User } from '../users/user.entity.js';
import { ActionPlan } from './action-plan.entity.js';
import { AdoptActionPlanInput, AdoptedCommitmentInput } from './dto/adopt-action-plan.input.js';
import { Theme } from './theme.entity.js';

/** "co creation" for CO_CREATION, in an error message. */
const inWords = (status: ActionPlanStatus) => status.toLowerCase().replace('_', ' ');

/** What a draft commitment becomes, worked out in full before anything is written. */
interface PlannedCommitment {
  draft: DraftCommitment;
  themePosition: number;
  code: string;
  fields: Partial<Commitment>;
  milestones: AdoptedMilestone[];
}

/**
 * The turn of the OGP cycle: the co-created plan is adopted (its signed-off drafts become its commitments and it enters
 * IMPLEMENTATION), and at the end of its term it is closed, its completion levels final. Each is one transaction with its
 * audit event: a refused adoption changes nothing.
 */
@Injectable()
export class AdoptionService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async adopt(chair: User, planId: string, input: AdoptActionPlanInput): Promise<ActionPlan> {
    return this.db.transaction(async (tx) => {
      const plan = await this.lockPlan(tx, planId);
      if (plan.status !== ActionPlanStatus.CO_CREATION) throw new ConflictError(`Only a plan in co-creation is adopted; this one is ${inWords(plan.status)}`);
      const drafts = await tx.find(DraftCommitment, { where: { planId }, order: { createdAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const problems = adoptionProblems(
        drafts.map((draft) => ({ id: draft.id, title: draft.title, frozen: isFrozen(draft) })),
        { adopted: input.commitments, leftOut: input.leftOut, themePositions: input.themes.map((theme) => theme.position) },
      );
      const planned = problems.length ? [] : await this.planCommitments(tx, plan, drafts, input.commitments, problems);
      if (problems.length) throw new BadUserInputError(`The plan cannot be adopted yet: ${problems.join('; ')}`, { problems });

      const themeIds = new Map<number, string>();
      for (const theme of input.themes) {
        const saved = await tx.save(tx.create(Theme, { planId, position: theme.position, title: theme.title.trim(), titleKo: theme.titleKo?.trim() || null }));
        themeIds.set(theme.position, saved.id);
      }
      for (const commitment of planned) {
        const saved = await tx.save(tx.create(Commitment, { ...commitment.fields, planId, themeId: themeIds.get(commitment.themePosition)!, code: commitment.code }));
        await tx.insert(Milestone, commitment.milestones.map((milestone, index) => ({ ...milestone, commitmentId: saved.id, position: index + 1, completion: Completion.NOT_STARTED })));
        await tx.update(Proposal, commitment.draft.proposalId, { commitmentId: saved.id });
      }
      for (const { draftCommitmentId, reason } of input.leftOut) await tx.update(DraftCommitment, draftCommitmentId, { leftOutReason: reason.trim() });

      Object.assign(plan, { status: ActionPlanStatus.IMPLEMENTATION, adoptedAt: this.clock.now() });
      await tx.save(plan);
      await this.audit.record(tx, {
        actorId: chair.id,
        action: 'plan.adopted',
        entityType: 'ActionPlan',
        entityId: planId,
        before: { status: ActionPlanStatus.CO_CREATION },
        after: {
          status: ActionPlanStatus.IMPLEMENTATION,
          commitments: planned.map((c) => ({ code: c.code, title: c.draft.title, draftCommitmentId: c.draft.id })),
          leftOut: input.leftOut.map((l) => ({ draftCommitmentId: l.draftCommitmentId, reason: l.reason.trim() })),
        },
      });
      return plan;
    });
  }

  /** Ends the term: IMPLEMENTATION → CLOSED. From then on no progress update changes a completion level. */
  async close(chair: User, planId: string): Promise<ActionPlan> {
    return this.db.transaction(async (tx) => {
      const plan = await this.lockPlan(tx, planId);
      if (plan.status !== ActionPlanStatus.IMPLEMENTATION) throw new ConflictError(`Only a plan in implementation is closed; this one is ${inWords(plan.status)}`);
      const commitments = await tx.findBy(Commitment, { planId });
      Object.assign(plan, { status: ActionPlanStatus.CLOSED, closedAt: this.clock.now() });
      await tx.save(plan);
      await this.audit.record(tx, {
        actorId: chair.id,
        action: 'plan.closed',
        entityType: 'ActionPlan',
        entityId: planId,
        before: { status: ActionPlanStatus.IMPLEMENTATION },
        after: { status: ActionPlanStatus.CLOSED, completion: countByCompletion(commitments) },
      });
      return plan;
    });
  }

  /**
   * Each adopted draft as the commitment it becomes: its code, dates, point of contact, the template's fields from its
   * sections and its milestones from the list in its MILESTONES section. What cannot be worked out is added to `problems`.
   */
  private async planCommitments(tx: EntityManager, plan: ActionPlan, drafts: DraftCommitment[], adopted: AdoptedCommitmentInput[], problems: string[]): Promise<PlannedCommitment[]> {
    const draftOf = new Map(drafts.map((draft) => [draft.id, draft]));
    const chosen = adopted.map((choice) => ({ choice, draft: draftOf.get(choice.draftCommitmentId)! }));
    const [sections, proposals, contacts] = await Promise.all([
      tx.findBy(DraftSection, { draftCommitmentId: In(chosen.map(({ draft }) => draft.id)) }),
      tx.findBy(Proposal, { id: In(chosen.map(({ draft }) => draft.proposalId)) }),
      tx.findBy(User, { id: In(chosen.map(({ choice, draft }) => choice.pointOfContactId ?? draft.governmentSignedOffById).filter((id): id is string => Boolean(id))) }),
    ]);
    const indexInTheme = new Map<number, number>();
    return chosen.map(({ choice, draft }) => {
      const index = indexInTheme.get(choice.themePosition) ?? 0;
      indexInTheme.set(choice.themePosition, index + 1);
      const text = (key: DraftSectionKey) => sections.find((s) => s.draftCommitmentId === draft.id && s.key === key)?.text.trim() ?? '';
      const start = choice.start ?? plan.periodStart;
      const end = choice.end ?? plan.periodEnd;
      const named = `"${draft.title}"`;
      if (end < start) problems.push(`${named} ends before it starts`);
      else if (start < plan.periodStart || end > plan.periodEnd) problems.push(`${named} runs outside the plan's period (${plan.periodStart} – ${plan.periodEnd})`);

      const contactId = choice.pointOfContactId ?? draft.governmentSignedOffById;
      const contact = contacts.find((user) => user.id === contactId);
      if (choice.pointOfContactId && (!contact || contact.role !== Role.GOVERNMENT || contact.organizationId !== draft.leadOrganizationId)) {
        problems.push(`${named}: the point of contact must be a member of its lead agency`);
      }

      const { milestones, problems: milestoneProblems } = parseMilestoneList(text(DraftSectionKey.MILESTONES), start);
      problems.push(...milestoneProblems.map((problem) => `${named}, milestone ${problem}`));
      if (!milestoneProblems.length && !milestones.length) problems.push(`${named} has no milestones: list them with their dates`);
      for (const milestone of milestones) {
        if (milestone.start < start || milestone.end > end) problems.push(`${named}, milestone "${milestone.title}" falls outside the commitment's dates (${start} – ${end})`);
      }

      const relevance = text(DraftSectionKey.OGP_RELEVANCE);
      const proposal = proposals.find((p) => p.id === draft.proposalId);
      return {
        draft,
        themePosition: choice.themePosition,
        code: commitmentCode(choice.themePosition, index),
        milestones,
        fields: {
          title: draft.title,
          titleKo: choice.titleKo?.trim() || null,
          summary: choice.summary?.trim() ?? '',
          start,
          end,
          leadOrganizationId: draft.leadOrganizationId,
          pointOfContactId: contact?.role === Role.GOVERNMENT && contact.organizationId === draft.leadOrganizationId ? contact.id : null,
          contact: contact?.displayName ?? '',
          publicProblem: text(DraftSectionKey.PUBLIC_PROBLEM),
          description: text(DraftSectionKey.COMMITMENT_DESCRIPTION),
          howItSolves: text(DraftSectionKey.HOW_IT_SOLVES),
          ogpValues: ogpValuesNamedIn(relevance, proposal?.ogpValues ?? []),
          ogpValueRelevance: relevance,
          involvedActors: text(DraftSectionKey.STAKEHOLDERS),
          additionalInfo: text(DraftSectionKey.ADDITIONAL_INFORMATION),
          completion: Completion.NOT_STARTED,
        },
      };
    });
  }

  private async lockPlan(tx: EntityManager, id: string): Promise<ActionPlan> {
    const plan = await tx.findOne(ActionPlan, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!plan) throw new NotFoundError('ActionPlan', id);
    return plan;
  }
}
