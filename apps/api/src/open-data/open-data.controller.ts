import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Action } from '@ogp-forum/domain';
import type { Response } from 'express';
import { DomainErrorHttpFilter } from '../common/errors/domain-error-http.filter.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { UUID } from '../common/graphql/id-args.js';
import { contentDisposition } from '../common/http/content-disposition.js';
import { Allow } from '../common/guards/allow.decorator.js';
import { OpenDataService } from './open-data.service.js';

/** Open data (DESIGN.md §6): a zip of CSV + JSON per table, schema.json, README.md and LICENSE.md. Public. */
@Controller('open-data')
@UseFilters(DomainErrorHttpFilter)
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Allow(Action.READ_PUBLIC)
  @Get('ogp-forum.zip')
  async forum(@Res() res: Response): Promise<void> {
    this.send(res, 'ogp-forum.zip', await this.openData.zip(null));
  }

  @Allow(Action.READ_PUBLIC)
  @Get('plans/:file')
  async plan(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const planId = file.replace(/\.zip$/, '');
    if (!file.endsWith('.zip') || !UUID.test(planId)) throw new NotFoundError('ActionPlan', planId);
    this.send(res, `ogp-forum-plan-${planId}.zip`, await this.openData.zip(planId));
  }

  private send(res: Response, filename: string, zip: Uint8Array): void {
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition('attachment', filename));
    res.setHeader('Cache-Control', 'no-cache');
    res.end(Buffer.from(zip));
  }
}
