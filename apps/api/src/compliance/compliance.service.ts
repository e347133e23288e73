import { Inject, Injectable } from '@nestjs/common';
import {
  complianceAsOf,
  EvidenceKind,
  MeetingStatus,
  MinutesStatus,
  ogpCompliance,
  wasSubmitted,
  type RepositoryUpdate,
} from '@ogp-forum/domain';
import { DataSource, In } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { ForumRulesService } from '../forum/forum-rules.service.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import type { OgpCompliance } from './compliance.types.js';


/** Loads what OGP's minimum requirements are judged on, in five queries, and lets libs/domain judge it. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly rules: ForumRulesService,
  ) {}

  async forPlan(planId: string): Promise<OgpCompliance> {
    const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: planId });
    if (!plan) throw new NotFoundError('ActionPlan', planId);
    const now = this.clock.now();
    const at = complianceAsOf(plan, now, this.config.timeZone);
    const [meetings, proposals, progress, rulesAt] = await Promise.all([
      this.db.getRepository(Meeting).find({
        select: { id: true, title: true, startsAt: true, status: true, minutesStatus: true, minutesPublishedAt: true },
        where: { status: In([MeetingStatus.HELD, MeetingStatus.SCHEDULED]) },
      }),
      this.db.getRepository(Proposal).find({
        select: { id: true, title: true, status: true, submittedAt: true, rationale: true, decidedAt: true },
        where: { planId },
      }),
      this.db.query<{ id: string; postedAt: Date; commitmentId: string; code: string }[]>(
        `SELECT u.id, u.posted_at AS "postedAt", c.id AS "commitmentId", c.code
           FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
          WHERE c.plan_id = $1 AND u.posted_at <= $2 ORDER BY u.posted_at DESC LIMIT 1`,
        [planId, at],
      ),
      this.rules.publishedAt(),
    ]);
    const published = meetings.map((m) => ({ ...m, minutesPublishedAt: m.minutesStatus === MinutesStatus.PUBLISHED ? m.minutesPublishedAt : null }));
    const submitted = proposals.filter(wasSubmitted);
    const repositoryUpdates: RepositoryUpdate[] = [
      ...published.filter((m) => m.minutesPublishedAt).map((m) => ({ kind: EvidenceKind.MINUTES, label: m.title, url: `/meetings/${m.id}`, at: m.minutesPublishedAt! })),
      ...progress.map((u) => ({ kind: EvidenceKind.PROGRESS_UPDATE, label: u.code, url: `/commitments/${u.commitmentId}`, at: u.postedAt })),
      ...submitted.filter((p) => p.decidedAt).map((p) => ({ kind: EvidenceKind.DECISION, label: p.title, url: `/proposals/${p.id}`, at: p.decidedAt! })),
      ...(plan.adoptedAt ? [{ kind: EvidenceKind.PLAN, label: plan.title, url: `/plans/${plan.id}`, at: plan.adoptedAt }] : []),
    ];
    const report = ogpCompliance({ plan, basicRules: rulesAt ? { updatedAt: rulesAt } : null, meetings: published, proposals: submitted, repositoryUpdates, now, timeZone: this.config.timeZone });
    return { planId, asOf: report.asOf, requirements: report.rows };
  }
}
