import { Inject, Injectable } from '@nestjs/common';
import { consultationProblem, isConsultationOpen, ReportKind, SubjectType, todayIn } from '@ogp-forum/domain';
import { DataSource, IsNull } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { Comment } from '../discussion/comment.entity.js';
import type { User } from '../users/user.entity.js';
import { OpenReportConsultationInput } from './dto/report.inputs.js';
import { ReportConsultation } from './report-consultation.entity.js';

/**
 * The public comment on a draft report: the secretariat opens it for at least two weeks (OGP's minimum; a shorter period
 * is refused, not warned about, because a report with less would not meet the standard it reports on) and may move the
 * dates later. The comments themselves are an ordinary public thread of subject REPORT.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  find(planId: string, kind: ReportKind): Promise<ReportConsultation | null> {
    return this.db.getRepository(ReportConsultation).findOneBy({ planId, kind });
  }

  /** Opens the draft for comment, or moves the dates of the period already set. */
  async open(admin: User, input: OpenReportConsultationInput): Promise<ReportConsultation> {
    const problem = consultationProblem(input, this.today());
    if (problem) throw new BadUserInputError(problem.message, { field: problem.field });
    return this.db.transaction(async (tx) => {
      const plan = await tx.findOne(ActionPlan, { where: { id: input.planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError('ActionPlan', input.planId);
      const existing = await tx.findOneBy(ReportConsultation, { planId: plan.id, kind: input.kind });
      const before = existing ? { opensOn: existing.opensOn, closesOn: existing.closesOn } : null;
      const consultation = await tx.save(
        Object.assign(existing ?? tx.create(ReportConsultation, { planId: plan.id, kind: input.kind, openedById: admin.id }), { opensOn: input.opensOn, closesOn: input.closesOn }),
      );
      await this.audit.record(tx, { actorId: admin.id, action: 'report.consultation_opened', entityType: 'ActionPlan', entityId: plan.id, before, after: { kind: input.kind, opensOn: input.opensOn, closesOn: input.closesOn } });
      return consultation;
    });
  }

  isOpen(consultation: ReportConsultation): boolean {
    return isConsultationOpen(consultation, this.today());
  }

  /** The comments received, not counting those a moderator hid. */
  commentCount(consultation: ReportConsultation): Promise<number> {
    return this.db.getRepository(Comment).countBy({ subjectType: SubjectType.REPORT, subjectId: consultation.id, hiddenAt: IsNull() });
  }

  today(): string {
    return todayIn(this.config.timeZone);
  }
}
