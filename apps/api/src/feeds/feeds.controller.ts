import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Action, Locale, MinutesStatus } from '@ogp-forum/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { DomainErrorHttpFilter } from '../common/errors/domain-error-http.filter.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { UUID } from '../common/graphql/id-args.js';
import { Allow } from '../common/guards/allow.decorator.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { heldInPeriodSql } from '../meetings/held-in-period.sql.js';
import { FEED_LENGTH, planAtomFeed, type PlanFeedSource } from './plan-feed.js';

/**
 * Feeds for feed readers: `GET /feeds/plans/<planId>.atom` (`?lang=ko` for Korean titles). Public data only, the same
 * for everyone: a feed reader signs in as nobody.
 */
@Controller('feeds')
@UseFilters(DomainErrorHttpFilter)
export class FeedsController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Get('plans/:file')
  async plan(@Param('file') file: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const planId = file.replace(/\.atom$/, '');
    const plan = file.endsWith('.atom') && UUID.test(planId) ? await this.db.getRepository(ActionPlan).findOneBy({ id: planId }) : null;
    if (!plan) throw new NotFoundError('ActionPlan', planId);
    const locale = lang === Locale.ko ? Locale.ko : Locale.en;
    const base = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    const xml = planAtomFeed(await this.source(plan), base.replace(/\/$/, ''), locale);
    res.status(200).type('application/atom+xml; charset=utf-8').setHeader('Cache-Control', 'public, max-age=300').send(xml);
  }

  /** Progress updates on the plan's commitments, and the published minutes of the meetings held in its period. */
  private async source(plan: ActionPlan): Promise<PlanFeedSource> {
    const updates: PlanFeedSource['updates'] = await this.db.query(
      `SELECT u.id, u.commitment_id AS "commitmentId", c.code, c.title, c.title_ko AS "titleKo", u.body, u.completion,
              u.evidence_links AS "evidenceLinks", u.posted_at AS "postedAt"
         FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
        WHERE c.plan_id = $1 ORDER BY u.posted_at DESC, u.id LIMIT $2`,
      [plan.id, FEED_LENGTH],
    );
    const minutes: PlanFeedSource['minutes'] = await this.db.query(
      `SELECT m.id AS "meetingId", m.title, m.minutes_summary AS summary, m.minutes_published_at AS "publishedAt"
         FROM meetings m
        WHERE m.minutes_status = $2 AND m.minutes_published_at IS NOT NULL
          AND ${heldInPeriodSql('m.starts_at', '$3', '$4::date', '$5::date')}
        ORDER BY m.minutes_published_at DESC, m.id LIMIT $1`,
      [FEED_LENGTH, MinutesStatus.PUBLISHED, this.config.timeZone, plan.periodStart, plan.periodEnd],
    );
    return { plan, updates, minutes };
  }
}
