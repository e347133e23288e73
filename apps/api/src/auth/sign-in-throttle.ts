import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';

export const DEVICE_COOKIE = 'ogp_device';
/** Browsers keep a cookie for 400 days at most. */
const DEVICE_COOKIE_DAYS = 400;
/** Wrong passwords per 15 minutes from a device that once signed in to the account: its own budget, whatever others do. */
const KNOWN_DEVICE_FAILURES = 10;
const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;

/** One sign-in attempt as the throttle sees it. Nothing in it depends on whether the account exists. */
export interface SignInAttempt {
  /** The e-mail as typed (trimmed, lower case) under the server's HMAC: the table of counts names nobody. */
  account: string;
  ip: string;
  /** This browser's device id, when its device cookie was issued at a sign-in to this very e-mail address. */
  device: string | null;
}

/**
 * How many wrong passwords anyone gets (OWASP ASVS 2.2.1), counted in PostgreSQL so that every api instance shares the
 * counts. A device that once signed in to the account spends only its own budget, so strangers' guessing never blocks
 * the member there. Any other device spends three: its address with this e-mail (plain guessing), its address with any
 * e-mail (spraying), and this e-mail from anywhere (a distributed attack: a high ceiling that never blocks the member's
 * own devices). An attempt spends before its password is checked, so concurrent guesses cannot overrun a budget, and a
 * success gives it back. Keys are the e-mail as typed: an unknown address is throttled exactly like a member's.
 */
@Injectable()
export class SignInThrottle {
  private readonly budgets: Record<'device' | 'pair' | 'address' | 'account', RateLimiterPostgres>;
  private readonly secret: string;

  constructor(db: DataSource, @Inject(APP_CONFIG) config: AppConfig & { jwtSecret: string }) {
    const budget = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({ storeClient: db, storeType: 'typeorm', tableName: 'sign_in_failures', tableCreated: true, keyPrefix, points, duration });
    const limits = config.rateLimits;
    this.budgets = {
      device: budget('device', KNOWN_DEVICE_FAILURES, FIFTEEN_MINUTES),
      pair: budget('pair', limits.loginFailuresPerAccountAndIp, FIFTEEN_MINUTES),
      address: budget('address', limits.loginFailuresPerIp, FIFTEEN_MINUTES),
      account: budget('account', limits.loginFailuresPerAccount, ONE_HOUR),
    };
    this.secret = config.jwtSecret;
  }

  attemptOf(req: Request, email: string): SignInAttempt {
    const account = this.mac('sign-in-account', email.trim().toLowerCase());
    return { account, ip: req.ip ?? 'unknown', device: this.deviceOf(req.cookies?.[DEVICE_COOKIE], account) };
  }

  /** Spends one attempt from each budget that applies, or throws RATE_LIMITED with the longest wait among the spent ones. */
  async admit(attempt: SignInAttempt): Promise<void> {
    const { device, pair, address, account } = this.budgets;
    const spends = attempt.device
      ? [device.consume(attempt.device)]
      : [pair.consume(pairKey(attempt)), address.consume(attempt.ip), account.consume(attempt.account)];
    let wait = 0;
    for (const outcome of await Promise.allSettled(spends)) {
      if (outcome.status === 'fulfilled') continue;
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      wait = Math.max(wait, outcome.reason.msBeforeNext);
    }
    if (wait > 0) {
      // Whole minutes: precise enough to wait by, and the same for every e-mail refused at about the same time.
      const minutes = Math.ceil(wait / 60_000);
      throw new RateLimitedError(`Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, {
        retryAfterSeconds: minutes * 60,
      });
    }
  }

  /** The password was right: this device's or address's failures are forgotten, and the shared budgets get their attempt back. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    const { device, pair, address, account } = this.budgets;
    if (attempt.device) await device.delete(attempt.device);
    else await Promise.all([pair.delete(pairKey(attempt)), address.reward(attempt.ip), account.reward(attempt.account)]);
  }

  /** Marks this browser as a device that signed in to the account, keeping its id (and budget) if it already was one. */
  rememberDevice(res: Response, attempt: SignInAttempt, secure: boolean): void {
    const device = attempt.device ?? randomBytes(16).toString('base64url');
    res.cookie(DEVICE_COOKIE, `${device}.${this.mac('sign-in-device', `${attempt.account}:${device}`)}`, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/graphql',
      maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60 * 1000,
    });
  }

  /** The device id of a cookie signed by us for this account; it proves a past sign-in and grants nothing else. */
  private deviceOf(cookie: unknown, account: string): string | null {
    const match = /^([\w-]{22})\.([\w-]{43})$/.exec(typeof cookie === 'string' ? cookie : '');
    if (!match) return null;
    const expected = Buffer.from(this.mac('sign-in-device', `${account}:${match[1]}`));
    return timingSafeEqual(expected, Buffer.from(match[2])) ? match[1] : null;
  }

  private mac(purpose: string, value: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}:${value}`).digest('base64url');
  }
}

const pairKey = (attempt: SignInAttempt) => `${attempt.account}:${attempt.ip}`;
