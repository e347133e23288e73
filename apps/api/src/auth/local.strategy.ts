import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { RateLimitService } from '../common/rate-limit/rate-limit.service.js';
import { User } from '../users/user.entity.js';
import { AuthService } from './auth.service.js';
import { SignInThrottle } from './sign-in-throttle.js';

/** Passport's local strategy: e-mail and password from the `login` mutation's arguments. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly auth: AuthService,
    private readonly rateLimits: RateLimitService,
    private readonly throttle: SignInThrottle,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  /** Every attempt spends from the caller's budgets before the password is even looked at; a success gives them back. */
  async validate(req: Request, email: string, password: string): Promise<User> {
    await this.rateLimits.consume('loginPerIp', req.ip ?? 'unknown');
    const attempt = this.throttle.attemptOf(req, email);
    await this.throttle.admit(attempt);
    const user = await this.auth.validateCredentials(email, password);
    await this.throttle.succeeded(attempt);
    return user;
  }
}
