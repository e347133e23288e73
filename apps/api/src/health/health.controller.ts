import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Action } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { Allow } from '../common/guards/allow.decorator.js';

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** 200 when the api and its database answer; 503 with the database state otherwise. */
  @Allow(Action.READ_PUBLIC)
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      await this.db.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: { state: 'up', latencyMs: Date.now() - started } });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'degraded', database: { state: 'down' } });
    }
  }
}
