import { Injectable } from '@nestjs/common';
import { canReadProposal, SubjectType, type SubjectRef } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import type { User } from '../users/user.entity.js';

/**
 * Who may read a subject's thread (and so join its live room). Commitments and IRM recommendations are public
 * (DESIGN.md §3); a proposal's thread is as visible as the proposal (drafts: the author's and co-sponsoring
 * organisations). Meetings, agenda items and draft sections open their threads with the features that bring them.
 */
@Injectable()
export class SubjectAccessService {
  constructor(private readonly db: DataSource) {}

  /** Throws NOT_FOUND when the subject does not exist or its thread is not readable by this user. */
  async assertReadable(user: User | null, subject: SubjectRef): Promise<void> {
    if (subject.subjectType === SubjectType.PROPOSAL) {
      const proposal = await this.db.getRepository(Proposal).findOneBy({ id: subject.subjectId });
      if (!proposal || !canReadProposal(user, proposal)) throw new NotFoundError(subject.subjectType, subject.subjectId);
      return;
    }
    const entity = { [SubjectType.COMMITMENT]: Commitment, [SubjectType.IRM_RECOMMENDATION]: IrmRecommendation }[
      subject.subjectType as SubjectType.COMMITMENT | SubjectType.IRM_RECOMMENDATION
    ];
    if (!entity || !(await this.db.getRepository(entity).existsBy({ id: subject.subjectId }))) {
      throw new NotFoundError(subject.subjectType, subject.subjectId);
    }
  }
}
