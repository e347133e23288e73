import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Action, Locale, ReportKind } from '@ogp-forum/domain';
import type { Request, Response } from 'express';
import { DomainErrorHttpFilter } from '../common/errors/domain-error-http.filter.js';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { UUID } from '../common/graphql/id-args.js';
import { Allow } from '../common/guards/allow.decorator.js';
import { contentDisposition } from '../common/http/content-disposition.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { renderDocx } from './render/docx.js';
import { renderHtml } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { ReportsService } from './reports.service.js';

const FORMATS = {
  html: { type: 'text/html; charset=utf-8', disposition: 'inline' },
  md: { type: 'text/markdown; charset=utf-8', disposition: 'attachment' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment' },
} as const;
type Format = keyof typeof FORMATS;

/** A parameter that must be one of a few values, named in the 400 answer when it is not. */
function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new BadUserInputError(`${name} must be one of ${allowed.join(', ')}`, { field: name });
}

/**
 * The self-assessment reports of a plan (DESIGN.md §6), generated from the data at request time: public, like the
 * data they are made of. `kind` END_OF_TERM (default) or MID_TERM with `until`, `lang` en (default) or ko.
 */
@Controller('reports')
@UseFilters(DomainErrorHttpFilter)
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Get('plans/:planId/:file')
  async selfAssessment(
    @Param('planId') planId: string,
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^self-assessment\.(html|md|docx)$/.exec(file);
    if (!match || !UUID.test(planId)) throw new NotFoundError('Report', `${planId}/${file}`);
    const format = match[1] as Format;
    const kind = oneOf('kind', query.kind, Object.values(ReportKind), ReportKind.END_OF_TERM);
    const locale = oneOf('lang', query.lang, Object.values(Locale), Locale.en);
    if (query.until !== undefined && typeof query.until !== 'string') throw new BadUserInputError('until must be one date, YYYY-MM-DD', { field: 'until' });
    const until = (query.until as string | undefined) ?? null;
    const baseUrl = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    const { plan, document } = await this.reports.selfAssessment({ planId, kind, locale, until, baseUrl });

    const body = format === 'html' ? renderHtml(document) : format === 'md' ? renderMarkdown(document) : await renderDocx(document);
    const name = `nap${plan.number}-${kind === ReportKind.MID_TERM ? `mid-term-${until}` : 'end-of-term'}-self-assessment-${locale}.${format}`;
    res
      .status(200)
      .type(FORMATS[format].type)
      .setHeader('Content-Disposition', contentDisposition(FORMATS[format].disposition, name))
      // Made from live data: a cache would show a report older than what the forum has since recorded.
      .setHeader('Cache-Control', 'no-cache')
      .send(body);
  }
}
