import { Injectable } from '@nestjs/common';
import { Action, can, canReadProposal, SubjectType, type SubjectRef } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import { AgendaItem, Meeting } from '../meetings/meeting.entity.js';
import { DraftSection } from '../proposals/draft-commitment.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { WorkingGroup } from '../proposals/working-group.entity.js';
import type { User } from '../users/user.entity.js';

/**
 * Who may read a subject's thread (and so join its live room). Commitments and IRM recommendations are public
 * (DESIGN.md §3); a proposal's thread is as visible as the proposal (drafts: the author's and co-sponsoring
 * organisations). Meetings and their agenda items are on the public calendar, and draft commitments are co-drafted in
 * public, so their threads are public too. A working group's thread is for forum members (DESIGN.md §3).
 */
@Injectable()
export class SubjectAccessService {
  constructor(private readonly db: DataSource) {}

  async canRead(user: User | null, subject: SubjectRef): Promise<boolean> {
    try {
      await this.assertReadable(user, subject);
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  /** Throws NOT_FOUND when the subject does not exist or its thread is not readable by this user. */
  async assertReadable(user: User | null, subject: SubjectRef): Promise<void> {
    if (subject.subjectType === SubjectType.PROPOSAL) {
      const proposal = await this.db.getRepository(Proposal).findOneBy({ id: subject.subjectId });
      if (!proposal || !canReadProposal(user, proposal)) throw new NotFoundError(subject.subjectType, subject.subjectId);
      return;
    }
    if (subject.subjectType === SubjectType.WORKING_GROUP) {
      const exists = await this.db.getRepository(WorkingGroup).existsBy({ id: subject.subjectId });
      if (!exists || !can(user, Action.READ_MEMBER_CONTENT)) throw new NotFoundError(subject.subjectType, subject.subjectId);
      return;
    }
    const publicSubjects = {
      [SubjectType.COMMITMENT]: Commitment,
      [SubjectType.IRM_RECOMMENDATION]: IrmRecommendation,
      [SubjectType.MEETING]: Meeting,
      [SubjectType.AGENDA_ITEM]: AgendaItem,
      [SubjectType.DRAFT_SECTION]: DraftSection,
    };
    const entity = publicSubjects[subject.subjectType as keyof typeof publicSubjects];
    if (!entity || !(await this.db.getRepository(entity).existsBy({ id: subject.subjectId }))) {
      throw new NotFoundError(subject.subjectType, subject.subjectId);
    }
  }
}
