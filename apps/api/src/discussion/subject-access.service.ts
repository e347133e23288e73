import { Inject, Injectable } from '@nestjs/common';
import { Action, can, canReadProposal, isConsultationOpen, SubjectType, todayIn, type SubjectRef } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import { AgendaItem, Meeting } from '../meetings/meeting.entity.js';
import { DraftSection } from '../proposals/draft-commitment.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { WorkingGroup } from '../proposals/working-group.entity.js';
import { ReportConsultation } from '../reports/report-consultation.entity.js';
import type { User } from '../users/user.entity.js';

/**
 * Who may read a subject's thread (and so join its live room). Commitments and IRM recommendations are public
 * (DESIGN.md §3); a proposal's thread is as visible as the proposal (drafts: the author's and co-sponsoring
 * organisations). Meetings and their agenda items are on the public calendar, and draft commitments are co-drafted in
 * public, so their threads are public too. A working group's thread is for forum members (DESIGN.md §3). A draft report
 * open for comment is public, and takes comments only during its consultation period.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
      [SubjectType.REPORT]: ReportConsultation,
    };
    const entity = publicSubjects[subject.subjectType as keyof typeof publicSubjects];
    if (!entity || !(await this.db.getRepository(entity).existsBy({ id: subject.subjectId }))) {
      throw new NotFoundError(subject.subjectType, subject.subjectId);
    }
  }

  /**
   * Whether the thread takes comments today. Only a report's does not always: before its consultation opens and after
   * it closes (days in the forum's time zone) it is a CONFLICT, because the record of comments received is final.
   */
  async assertOpenForComment(subject: SubjectRef): Promise<void> {
    if (subject.subjectType !== SubjectType.REPORT) return;
    const consultation = await this.db.getRepository(ReportConsultation).findOneBy({ id: subject.subjectId });
    if (!consultation) throw new NotFoundError(subject.subjectType, subject.subjectId);
    if (!isConsultationOpen(consultation, todayIn(this.config.timeZone))) {
      throw new ConflictError(`This draft report takes comments from ${consultation.opensOn} to ${consultation.closesOn}`, { opensOn: consultation.opensOn, closesOn: consultation.closesOn });
    }
  }
}
