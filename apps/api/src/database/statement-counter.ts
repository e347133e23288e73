import type { Logger as TypeOrmLogger } from 'typeorm';
import { Logger } from '@nestjs/common';

/**
 * Counts every SQL statement the api sends, so tests can prove a page costs a fixed number of statements
 * however many rows it shows (no N+1). Statements are logged at debug level.
 */
export class StatementCounter implements TypeOrmLogger {
  private static count = 0;
  private readonly logger = new Logger('SQL');

  /** Statements sent since the process started. */
  static total(): number {
    return StatementCounter.count;
  }

  logQuery(query: string): void {
    StatementCounter.count += 1;
    this.logger.debug(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn(`${error instanceof Error ? error.message : error} — ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow statement (${time} ms): ${query}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
