import { Controller, Get, Inject, Param, Res, UseFilters } from '@nestjs/common';
import { Action, todayIn } from '@ogp-forum/domain';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { DataSource, In } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { DomainErrorHttpFilter } from '../common/errors/domain-error-http.filter.js';
import { UUID } from '../common/graphql/id-args.js';
import { Allow } from '../common/guards/allow.decorator.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { Organization } from '../organizations/organization.entity.js';
import { Proposal } from './proposal.entity.js';
import { ProposalsService } from './proposals.service.js';
import { WorkingGroup } from './working-group.entity.js';


/** The reasoned-response register as open data: one row per proposal that reached the forum. */
@Controller('exports')
@UseFilters(DomainErrorHttpFilter)
export class RegisterController {
  constructor(
    private readonly db: DataSource,
    private readonly proposals: ProposalsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Get('reasoned-responses/:file')
  async register(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const planId = file.replace(/\.csv$/, '');
    const plan = UUID.test(planId) ? await this.db.getRepository(ActionPlan).findOneBy({ id: planId }) : null;
    if (!plan) throw new NotFoundError('ActionPlan', planId);
    const rows = await this.proposals.register(plan.id);
    const organizationIds = [...new Set(rows.flatMap((p) => [p.organizationId, ...p.coSponsorOrganizationIds]).filter((id): id is string => Boolean(id)))];
    const organizations = new Map((organizationIds.length ? await this.db.getRepository(Organization).findBy({ id: In(organizationIds) }) : []).map((o) => [o.id, o.name]));
    const groupIds = rows.flatMap((p) => (p.workingGroupId ? [p.workingGroupId] : []));
    const groups = new Map((groupIds.length ? await this.db.getRepository(WorkingGroup).findBy({ id: In(groupIds) }) : []).map((g) => [g.id, g.name]));
    const titles = new Map(rows.map((p) => [p.id, p.title]));
    const commitmentIds = rows.flatMap((p) => (p.commitmentId ? [p.commitmentId] : []));
    const codes = new Map((commitmentIds.length ? await this.db.getRepository(Commitment).findBy({ id: In(commitmentIds) }) : []).map((c) => [c.id, c.code]));
    // Calendar days where the forum is, as the register page shows them.
    const date = (value: Date | null) => (value ? todayIn(this.config.timeZone, value) : '');
    const csv = stringify(
      rows.map((p: Proposal) => ({
        id: p.id,
        title: p.title,
        proposer_organization: p.organizationId ? (organizations.get(p.organizationId) ?? '') : '',
        co_sponsors: p.coSponsorOrganizationIds.map((id) => organizations.get(id) ?? id).join('; '),
        submitted_on: date(p.submittedAt),
        outcome: p.status,
        decided_on: date(p.decidedAt),
        rationale: p.rationale ?? '',
        merged_into: p.mergedIntoId ? (titles.get(p.mergedIntoId) ?? p.mergedIntoId) : '',
        working_group: p.workingGroupId ? (groups.get(p.workingGroupId) ?? '') : '',
        commitment: p.commitmentId ? (codes.get(p.commitmentId) ?? '') : '',
      })),
      // escape_formulas: a title starting with = + - @ must not run as a formula in a spreadsheet.
      { header: true, escape_formulas: true, columns: ['id', 'title', 'proposer_organization', 'co_sponsors', 'submitted_on', 'outcome', 'decided_on', 'rationale', 'merged_into', 'working_group', 'commitment'] },
    );
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="reasoned-responses-nap${plan.number}.csv"`)
      // A byte-order mark, so that spreadsheet programs read the Korean text as UTF-8.
      .send(`\uFEFF${csv}`);
  }
}
