import { Injectable } from '@nestjs/common';
import { canEvaluate, canReadProposal, canSeeEvaluations, EVALUATION_CRITERIA, evaluationCounts, isOpenForEvaluation, Sector } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import type { User } from '../users/user.entity.js';
import { EvaluateProposalInput } from './dto/proposal.input.js';
import { Evaluation } from './evaluation.entity.js';
import { Proposal } from './proposal.entity.js';

export interface ScoreAverages {
  evaluators: number;
  feasibility: number | null;
  specificity: number | null;
  urgency: number | null;
  relevance: number | null;
}

export interface SectorScores extends ScoreAverages {
  sector: Sector;
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
      const proposal = await tx.findOne(Proposal, { where: { id: input.proposalId }, lock: { mode: 'pessimistic_write' } });
      if (!proposal || !canReadProposal(evaluator, proposal)) throw new NotFoundError('Proposal', input.proposalId);
      if (!isOpenForEvaluation(proposal.status)) throw new ConflictError(`A ${proposal.status} proposal is not being evaluated`, { status: proposal.status });
      if (!canEvaluate(evaluator, proposal)) throw new ForbiddenError('Those who propose or co-sponsor a proposal do not score it');
      const { proposalId, ...scores } = input;
      await tx.upsert(Evaluation, { proposalId, evaluatorId: evaluator.id, ...scores }, ['proposalId', 'evaluatorId']);
      await this.audit.record(tx, { actorId: evaluator.id, action: 'proposal.evaluated', entityType: 'Proposal', entityId: proposalId, after: scores });
      return tx.findOneByOrFail(Evaluation, { proposalId, evaluatorId: evaluator.id });
    });
  }
}

/**
 * The scores of a proposal that count (libs/domain evaluationCounts: none by those who back it), or null while this
 * reader may not see them (canSeeEvaluations). A reader whose own score does not count has not scored, as far as
 * seeing the others' goes: co-sponsoring after scoring must not be a way to read the room.
 */
export function visibleEvaluations(reader: User | null, proposal: Proposal, evaluations: Evaluation[], evaluators: Map<string, User>): Evaluation[] | null {
  const counted = evaluations.filter((evaluation) => {
    const evaluator = evaluators.get(evaluation.evaluatorId);
    return evaluator !== undefined && evaluationCounts(evaluator, proposal);
  });
  const scored = counted.some((evaluation) => evaluation.evaluatorId === reader?.id);
  return canSeeEvaluations(reader, proposal.status, scored) ? counted : null;
}

/** Average scores over all evaluators and per sector of the evaluators' organisations. */
export function summarize(evaluations: Evaluation[], sectorOfEvaluator: Map<string, Sector>): { all: ScoreAverages; bySector: SectorScores[] } {
  const bySector = Object.values(Sector).map((sector) => ({ sector, ...averages(evaluations.filter((e) => sectorOfEvaluator.get(e.evaluatorId) === sector)) }));
  return { all: averages(evaluations), bySector };
}

function averages(evaluations: Evaluation[]): ScoreAverages {
  const average = (criterion: (typeof EVALUATION_CRITERIA)[number]) =>
    evaluations.length ? Math.round((evaluations.reduce((sum, e) => sum + e[criterion], 0) / evaluations.length) * 10) / 10 : null;
  return { evaluators: evaluations.length, feasibility: average('feasibility'), specificity: average('specificity'), urgency: average('urgency'), relevance: average('relevance') };
}
