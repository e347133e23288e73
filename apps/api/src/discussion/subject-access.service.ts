import { Injectable } from '@nestjs/common';
import { SubjectType, type SubjectRef } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import type { User } from '../users/user.entity.js';

/**
 * Who may read a subject's thread (and so join its live room). Commitments and IRM recommendations are public
 * (DESIGN.md §3); the other subject types open their threads with the features that bring them.
 */
@Injectable()
export class SubjectAccessService {
  constructor(private readonly db: DataSource) {}

  /** Throws NOT_FOUND when the subject does not exist or its thread is not readable by this user. */
  async assertReadable(_user: User | null, subject: SubjectRef): Promise<void> {
    const entity = { [SubjectType.COMMITMENT]: Commitment, [SubjectType.IRM_RECOMMENDATION]: IrmRecommendation }[
      subject.subjectType as SubjectType.COMMITMENT | SubjectType.IRM_RECOMMENDATION
    ];
    if (!entity || !(await this.db.getRepository(entity).existsBy({ id: subject.subjectId }))) {
      throw new NotFoundError(subject.subjectType, subject.subjectId);
    }
  }
}
