import { Inject, Injectable } from '@nestjs/common';
import {
  ActionPlanStatus,
  attendanceBySector,
  completionByTheme,
  completionHistory,
  freshnessByOrganization,
  MeetingStatus,
  milestoneTimeline,
  periodInstants,
  proposalsByStatus,
  type OrganizationKind,
  type ReportedLevel,
} from '@ogp-forum/domain';
import { DataSource, In } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { toCompletionCounts } from '../action-plans/completion-counts.type.js';
import { Theme } from '../action-plans/theme.entity.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Milestone } from '../commitments/milestone.entity.js';
import { ProgressUpdate } from '../commitments/progress-update.entity.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { toSectorCounts } from '../meetings/meeting.types.js';
import { Attendance } from '../meetings/participation.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { User } from '../users/user.entity.js';
import type { PlanDashboard } from './dashboard.types.js';

/**
 * Loads what a plan's dashboard draws in a fixed handful of statements, whatever the plan's size, and hands the rows to
 * the pure series functions of libs/domain/dashboard.ts.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forPlan(planId: string): Promise<PlanDashboard> {
    const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: planId });
    if (!plan) throw new NotFoundError('ActionPlan', planId);
    const now = this.clock.now();

    const [themes, commitments, milestones, updates, meetings, proposals] = await Promise.all([
      this.db.getRepository(Theme).find({ where: { planId }, order: { position: 'ASC' } }),
      this.db.getRepository(Commitment).find({
        select: { id: true, code: true, themeId: true, leadOrganizationId: true, start: true, completion: true, incorporatedIntoId: true },
        where: { planId },
        order: { code: 'ASC' },
      }),
      this.db
        .createQueryBuilder(Milestone, 'm')
        .innerJoin(Commitment, 'c', 'c.id = m.commitment_id')
        .where('c.plan_id = :planId', { planId })
        .orderBy('c.code', 'ASC')
        .addOrderBy('m.position', 'ASC')
        .getMany(),
      this.db
        .createQueryBuilder(ProgressUpdate, 'u')
        .select(['u.id', 'u.commitmentId', 'u.completion', 'u.postedAt'])
        .innerJoin(Commitment, 'c', 'c.id = u.commitment_id')
        .where('c.plan_id = :planId', { planId })
        .orderBy('u.posted_at', 'ASC')
        .addOrderBy('u.created_at', 'ASC')
        .getMany() as Promise<ReportedLevel[]>,
      this.heldMeetings(plan),
      this.db.getRepository(Proposal).find({ select: { id: true, status: true, submittedAt: true }, where: { planId } }),
    ]);
    const [organizations, attendees] = await Promise.all([
      this.db.getRepository(Organization).findBy({ id: In([...new Set(commitments.map((c) => c.leadOrganizationId))]) }),
      this.attendees(meetings.map((meeting) => meeting.id)),
    ]);

    const codeOf = new Map(commitments.map((commitment) => [commitment.id, commitment.code]));
    return {
      planId,
      asOf: now,
      completionByTheme: completionByTheme(themes, commitments).map(({ theme, counts }) => ({ theme, counts: toCompletionCounts(counts) })),
      completionHistory: {
        updateCount: updates.length,
        points: completionHistory(commitments, updates, plan.periodStart, this.config.timeZone).map(({ date, counts }) => ({ date, counts: toCompletionCounts(counts) })),
      },
      milestones: milestoneTimeline(milestones, commitments, now).map(({ milestone, delayed, daysDelayed }) => ({
        ...milestone,
        commitmentCode: codeOf.get(milestone.commitmentId)!,
        delayed,
        daysDelayed,
      })),
      freshness: freshnessByOrganization(commitments, updates, now, plan.status === ActionPlanStatus.IMPLEMENTATION).map(({ organizationId, ...row }) => ({
        ...row,
        organization: organizations.find((organization) => organization.id === organizationId)!,
      })),
      attendance: attendanceBySector(meetings, attendees).map(({ meeting, counts, total }) => ({
        meeting,
        bySector: toSectorCounts(counts, total),
      })),
      proposalsByStatus: proposalsByStatus(proposals),
    };
  }

  /** Meetings held within the plan's period, its first and last days counted whole in the forum's time zone. */
  private heldMeetings(plan: ActionPlan): Promise<Meeting[]> {
    const { from, until } = periodInstants(plan.periodStart, plan.periodEnd, this.config.timeZone);
    return this.db
      .createQueryBuilder(Meeting, 'm')
      .where('m.status = :held', { held: MeetingStatus.HELD })
      .andWhere('m.starts_at >= :from AND m.starts_at < :until', { from, until })
      .orderBy('m.starts_at', 'ASC')
      .getMany();
  }

  /** Each attendance at those meetings with the kind of the attendee's organisation (null for a member without one). */
  private async attendees(meetingIds: string[]): Promise<{ meetingId: string; organizationKind: OrganizationKind | null }[]> {
    if (!meetingIds.length) return [];
    const rows: { meeting_id: string; kind: OrganizationKind | null }[] = await this.db
      .createQueryBuilder(Attendance, 'a')
      .select('a.meeting_id', 'meeting_id')
      .addSelect('o.kind', 'kind')
      .innerJoin(User, 'u', 'u.id = a.user_id')
      .leftJoin(Organization, 'o', 'o.id = u.organization_id')
      .where('a.meeting_id IN (:...meetingIds)', { meetingIds })
      .getRawMany();
    return rows.map((row) => ({ meetingId: row.meeting_id, organizationKind: row.kind }));
  }
}
