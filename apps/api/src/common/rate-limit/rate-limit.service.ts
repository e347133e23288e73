import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/config.js';
import { RateLimitedError } from '../errors/domain-errors.js';

type Budget = 'loginPerIp' | 'signUpsPerIp' | 'mutationsPerUser' | 'liveEventsPerUser';

/**
 * Per-minute budgets, counted per operation: each aliased `login` in one request spends one attempt, so batching
 * guesses into a single request buys nothing. Counted in a store every api instance shares, so that N instances allow
 * what one does: PostgreSQL (`rate_limits`), or Redis when the live adapter already uses it. While the store cannot
 * answer (the database restarting), each instance counts in its own memory meanwhile rather than refusing everyone.
 * The wrong-password budgets are in PostgreSQL too (auth/sign-in-throttle.ts).
 */
@Injectable()
export class RateLimitService implements OnApplicationShutdown {
  private readonly limiters: Record<Budget, RateLimiterAbstract>;
  private readonly redis: Redis | null = null;
  private readonly logger = new Logger(RateLimitService.name);

  constructor(@Inject(APP_CONFIG) config: AppConfig, db: DataSource) {
    if (config.liveAdapter === 'redis') {
      // No offline queue: a command while Redis is away fails at once, and the memory insurance counts instead.
      this.redis = new Redis(config.redisUrl!, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.redis.on('error', (error) => this.logger.warn(`rate limits (redis): ${error.message}`));
    }
    const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const shared = { keyPrefix, points, duration: 60, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: 60 }) };
      return this.redis
        ? new RateLimiterRedis({ ...shared, storeClient: this.redis, rejectIfRedisNotReady: true })
        : new RateLimiterPostgres({ ...shared, storeClient: db, storeType: 'typeorm', tableName: 'rate_limits', tableCreated: true });
    };
    this.limiters = {
      loginPerIp: limiter('login', config.rateLimits.loginPerIp),
      signUpsPerIp: limiter('sign-up', config.rateLimits.signUpsPerIp),
      mutationsPerUser: limiter('mutations', config.rateLimits.mutationsPerUser),
      liveEventsPerUser: limiter('live', config.rateLimits.liveEventsPerUser),
    };
  }

  /** Spends one unit of a budget, or throws RATE_LIMITED saying when to try again. */
  async consume(budget: Budget, key: string): Promise<void> {
    try {
      await this.limiters[budget].consume(key);
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      const seconds = Math.ceil(outcome.msBeforeNext / 1000);
      throw new RateLimitedError(`Too many requests; try again in ${seconds} seconds`, { retryAfterSeconds: seconds });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}
