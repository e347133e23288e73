import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/config.js';
import { RateLimitedError } from '../errors/domain-errors.js';

type Budget = 'loginPerIp' | 'mutationsPerUser' | 'liveEventsPerUser';

/**
 * Per-minute budgets, counted per operation: each aliased `login` in one request spends one attempt, so batching
 * guesses into a single request buys nothing. Kept in memory per api instance on purpose: they guard the instance's own
 * CPU (an argon2 hash per sign-in attempt, a transaction per change). The guessing budgets that must hold across
 * instances are in PostgreSQL (auth/sign-in-throttle.ts).
 */
@Injectable()
export class RateLimitService {
  private readonly limiters: Record<Budget, RateLimiterMemory>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (points: number) => new RateLimiterMemory({ points, duration: 60 });
    this.limiters = {
      loginPerIp: limiter(config.rateLimits.loginPerIp),
      mutationsPerUser: limiter(config.rateLimits.mutationsPerUser),
      liveEventsPerUser: limiter(config.rateLimits.liveEventsPerUser),
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
}
