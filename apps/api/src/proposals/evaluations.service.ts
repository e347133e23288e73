import { Injectable } from '@nestjs/common';
import { canEvaluate, canReadProposal, canSeeEvaluations, countBySector, EVALUATION_CRITERIA, isOpenForEvaluation, Sector, sectorOf } from '@ogp-forum/domain';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { EvaluateProposalInput } from './dto/proposal.input.js';
import { Evaluation } from './evaluation.entity.js';
import { Proposal } from './proposal.entity.js';

export interface SectorScores {
  sector: Sector;
  evaluators: number;
  feasibility: number | null;
  specificity: number | null;
  urgency: number | null;
  relevance: number | null;
}

/**
 * Each forum member scores a proposal once (and may revise it while the review is open). Others' scores are hidden from
 * a member until they have scored it themselves or the review is closed; the averages are given per sector, because
 * government and civil society weighing a proposal differently is itself worth seeing.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async evaluate(evaluator: User, input: EvaluateProposalInput): Promise<Evaluation> {
    return this.db.transaction(async (tx) => {
      // Under the proposal's row lock, so that no score lands after a decision taken meanwhile.
      const proposal = await tx.getRepository(Proposal).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: input.proposalId }).getOne();
      if (!proposal || !canReadProposal(evaluator, proposal)) throw new NotFoundError('Proposal', input.proposalId);
      if (!isOpenForEvaluation(proposal.status)) throw new ConflictError(`A ${proposal.status} proposal is not being evaluated`, { status: proposal.status });
      if (!canEvaluate(evaluator, proposal)) throw new ForbiddenError('Those who propose or co-sponsor a proposal do not score it');
      const { proposalId, ...scores } = input;
      await tx.upsert(Evaluation, { proposalId, evaluatorId: evaluator.id, ...scores }, ['proposalId', 'evaluatorId']);
      await this.audit.record(tx, { actorId: evaluator.id, action: 'proposal.evaluated', entityType: 'Proposal', entityId: proposalId, after: scores });
      return tx.findOneByOrFail(Evaluation, { proposalId, evaluatorId: evaluator.id });
    });
  }

  mine(evaluator: User | null, proposalId: string): Promise<Evaluation | null> {
    return evaluator ? this.db.getRepository(Evaluation).findOneBy({ proposalId, evaluatorId: evaluator.id }) : Promise.resolve(null);
  }

  /** Everyone's scores, or null while this reader may not see them. */
  async visible(reader: User | null, proposal: Proposal): Promise<Evaluation[] | null> {
    const scored = Boolean(await this.mine(reader, proposal.id));
    if (!canSeeEvaluations(reader, proposal.status, scored)) return null;
    return this.db.getRepository(Evaluation).find({ where: { proposalId: proposal.id }, order: { createdAt: 'ASC' } });
  }

  /** Average scores per sector of the evaluators (and over all of them, as sector null), or null while hidden. */
  async summary(reader: User | null, proposal: Proposal): Promise<{ all: Omit<SectorScores, 'sector'>; bySector: SectorScores[] } | null> {
    const evaluations = await this.visible(reader, proposal);
    if (!evaluations) return null;
    const evaluators = evaluations.length ? await this.db.getRepository(User).findBy({ id: In(evaluations.map((e) => e.evaluatorId)) }) : [];
    const organizationIds = evaluators.flatMap((user) => (user.organizationId ? [user.organizationId] : []));
    const organizations = organizationIds.length ? await this.db.getRepository(Organization).findBy({ id: In(organizationIds) }) : [];
    const kindOf = new Map(organizations.map((o) => [o.id, o.kind]));
    const sectorOfEvaluator = new Map(evaluators.map((user) => [user.id, sectorOf(user.organizationId ? kindOf.get(user.organizationId) : null)]));
    const counts = countBySector(evaluators.map((user) => (user.organizationId ? (kindOf.get(user.organizationId) ?? null) : null)));
    const bySector = Object.values(Sector).map((sector) => ({
      sector,
      ...averages(evaluations.filter((e) => sectorOfEvaluator.get(e.evaluatorId) === sector)),
      evaluators: counts[sector],
    }));
    return { all: averages(evaluations), bySector };
  }
}

function averages(evaluations: Evaluation[]): Omit<SectorScores, 'sector'> {
  const average = (criterion: (typeof EVALUATION_CRITERIA)[number]) =>
    evaluations.length ? Math.round((evaluations.reduce((sum, e) => sum + e[criterion], 0) / evaluations.length) * 10) / 10 : null;
  return { evaluators: evaluations.length, feasibility: average('feasibility'), specificity: average('specificity'), urgency: average('urgency'), relevance: average('relevance') };
}
