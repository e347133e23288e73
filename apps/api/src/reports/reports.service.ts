import { Inject, Injectable } from '@nestjs/common';
import {
  ActionPlanStatus,
  assembleSelfAssessment,
  countBySector,
  Locale,
  MeetingStatus,
  MinutesStatus,
  reportProblem,
  ReportKind,
  reportWindow,
  sectorOf,
  todayIn,
  wasSubmitted,
  type OrganizationKind,
  type ReportDocument,
  type ReportMeeting,
  type SectorCounts,
  type SelfAssessmentInput,
} from '@ogp-forum/domain';
import { DateTime } from 'luxon';
import { Between, DataSource, In } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Theme } from '../action-plans/theme.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Milestone } from '../commitments/milestone.entity.js';
import { ProgressUpdate } from '../commitments/progress-update.entity.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { ConsultationsService } from './consultations.service.js';
import { NarrativesService } from './narratives.service.js';

export interface ReportRequest {
  planId: string;
  kind: ReportKind;
  locale: Locale;
  until: string | null;
  /** Where readers reach the forum, for the links in the report. */
  baseUrl: string;
}

/**
 * Loads what a self-assessment report is made of, at request time, and has libs/domain assemble it. A fixed number of
 * statements however many commitments the plan has.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly narratives: NarrativesService,
    private readonly consultations: ConsultationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async selfAssessment(request: ReportRequest): Promise<{ plan: ActionPlan; document: ReportDocument }> {
    const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: request.planId });
    if (!plan) throw new NotFoundError('ActionPlan', request.planId);
    const problem = reportProblem(plan, request.kind, request.until);
    // A plan still being co-created has no implementation yet: the request is fine, the plan is not there yet.
    if (problem && plan.status === ActionPlanStatus.CO_CREATION) throw new ConflictError(problem, { status: plan.status });
    if (problem) throw new BadUserInputError(problem, { field: request.kind === ReportKind.MID_TERM ? 'until' : 'kind' });
    return { plan, document: assembleSelfAssessment(await this.input(plan, request)) };
  }

  private async input(plan: ActionPlan, request: ReportRequest): Promise<SelfAssessmentInput> {
    const zone = this.config.timeZone;
    const day = (instant: Date) => todayIn(zone, instant);
    const window = reportWindow(plan, request.kind, request.until);
    const [themes, commitments, irmRecommendations, proposals, meetings, consultation, narratives] = await Promise.all([
      this.db.getRepository(Theme).find({ where: { planId: plan.id }, order: { position: 'ASC' } }),
      this.db.getRepository(Commitment).find({ where: { planId: plan.id }, relations: { leadOrganization: true, theme: true }, order: { code: 'ASC' } }),
      this.db.getRepository(IrmRecommendation).find({ where: { planId: plan.id }, order: { number: 'ASC' } }),
      this.db.getRepository(Proposal).find({ where: { planId: plan.id }, order: { submittedAt: 'ASC', createdAt: 'ASC' } }),
      this.meetings(window.from, window.to, request.baseUrl),
      this.consultations.find(plan.id, request.kind),
      this.narratives.texts(plan.id, request.kind),
    ]);
    const ids = commitments.map((c) => c.id);
    const [milestones, updates, organizations, commentCount] = await Promise.all([
      ids.length ? this.db.getRepository(Milestone).find({ where: { commitmentId: In(ids) }, order: { position: 'ASC' } }) : [],
      ids.length ? this.db.getRepository(ProgressUpdate).find({ where: { commitmentId: In(ids) }, order: { postedAt: 'ASC' } }) : [],
      this.organizations(proposals.flatMap((p) => (p.organizationId ? [p.organizationId] : []))),
      consultation ? this.consultations.commentCount(consultation) : 0,
    ]);
    const codes = new Map(commitments.map((c) => [c.id, c.code]));
    const narrativeTexts: SelfAssessmentInput['narratives'] = {};
    for (const n of narratives) narrativeTexts[n.key] = { ...narrativeTexts[n.key], [n.locale]: n.text };

    return {
      kind: request.kind,
      locale: request.locale,
      window,
      today: day(new Date()),
      plan: { title: { en: plan.title, ko: plan.titleKo }, periodStart: plan.periodStart, periodEnd: plan.periodEnd, callOpensOn: plan.callOpensOn, callClosesOn: plan.callClosesOn },
      themes: themes.map((t) => ({ position: t.position, title: { en: t.title, ko: t.titleKo } })),
      commitments: commitments.map((c) => ({
        ...c,
        themePosition: c.theme!.position,
        title: { en: c.title, ko: c.titleKo },
        leadOrganization: { en: c.leadOrganization!.name, ko: c.leadOrganization!.nameKo },
        incorporatedIntoCode: c.incorporatedIntoId ? (codes.get(c.incorporatedIntoId) ?? null) : null,
        milestones: milestones.filter((m) => m.commitmentId === c.id).map((m) => ({ ...m, title: { en: m.title, ko: m.titleKo } })),
        updates: updates.filter((u) => u.commitmentId === c.id).map((u) => ({ ...u, postedOn: day(u.postedAt) })),
      })),
      irmRecommendations: irmRecommendations.map((r) => ({ ...r, text: { en: r.text, ko: r.textKo } })),
      proposals: proposals.filter(wasSubmitted).map((p) => {
        const organization = p.organizationId ? organizations.get(p.organizationId) : undefined;
        return { title: p.title, status: p.status, rationale: p.rationale, organization: organization ? { en: organization.name, ko: organization.nameKo } : null };
      }),
      meetings,
      consultation: consultation && {
        opensOn: consultation.opensOn,
        closesOn: consultation.closesOn,
        commentCount,
        url: `${request.baseUrl}/plans/${plan.id}/report?kind=${request.kind}#public-comment`,
      },
      narratives: narrativeTexts,
      links: { register: `${request.baseUrl}/plans/${plan.id}/register` },
    };
  }

  /** The meetings held from one day to another where the forum is, with who attended by sector. */
  private async meetings(from: string, to: string, baseUrl: string): Promise<ReportMeeting[]> {
    const zone = this.config.timeZone;
    const start = DateTime.fromISO(from, { zone }).startOf('day').toJSDate();
    const end = DateTime.fromISO(to, { zone }).endOf('day').toJSDate();
    const meetings = await this.db.getRepository(Meeting).find({ where: { status: MeetingStatus.HELD, startsAt: Between(start, end) }, order: { startsAt: 'ASC' } });
    if (!meetings.length) return [];
    const rows: { meeting_id: string; kind: OrganizationKind | null; count: number }[] = await this.db.query(
      `SELECT a.meeting_id, o.kind, count(*)::int AS count
         FROM meeting_attendance a JOIN users u ON u.id = a.user_id LEFT JOIN organizations o ON o.id = u.organization_id
        WHERE a.meeting_id = ANY($1) GROUP BY a.meeting_id, o.kind`,
      [meetings.map((m) => m.id)],
    );
    return meetings.map((meeting) => {
      const attendance: SectorCounts = countBySector([]);
      for (const row of rows.filter((r) => r.meeting_id === meeting.id)) attendance[sectorOf(row.kind)] += row.count;
      return {
        date: todayIn(zone, meeting.startsAt),
        title: meeting.title,
        kind: meeting.kind,
        sample: meeting.sample,
        attendance,
        minutesUrl: meeting.minutesStatus === MinutesStatus.PUBLISHED ? `${baseUrl}/meetings/${meeting.id}` : null,
      };
    });
  }

  private async organizations(ids: string[]): Promise<Map<string, Organization>> {
    if (!ids.length) return new Map();
    const rows = await this.db.getRepository(Organization).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((o) => [o.id, o]));
  }
}
