import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Action, can } from '@ogp-forum/domain';
import { AuthService } from '../../auth/auth.service.js';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import { ALLOW_KEY, requestOf } from './allow.decorator.js';

/**
 * The one gate in front of every operation: reads the bearer token (a bad or expired one is UNAUTHENTICATED, so the
 * client refreshes), then checks the operation's declared permission against the matrix. No declaration, no entry.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.getAllAndOverride<Action | undefined>(ALLOW_KEY, [context.getHandler(), context.getClass()]);
    if (!action) throw new ForbiddenError('This operation declares no permission and is closed');
    // Socket events answer through acknowledgements, which a guard cannot send: LiveGateway.handle checks the
    // same declared action against the connection's user and acknowledges a refusal with its code.
    if (context.getType<string>() === 'ws') return true;
    const req = requestOf(context);
    if (req.user === undefined) {
      const header = req.headers.authorization;
      if (header) {
        const [scheme, token] = header.split(' ');
        if (scheme !== 'Bearer' || !token) throw new UnauthenticatedError('Send the access token as "Authorization: Bearer <token>"');
        const { user, sessionId } = await this.auth.userForAccessToken(token);
        req.user = user;
        req.sessionId = sessionId;
      }
    }
    const user = req.user ?? null;
    if (!can(user, action)) {
      // The action tells the client what it lacked (and lets the authorization tests tell a guard's refusal apart).
      throw user
        ? new ForbiddenError('You are not allowed to do this', { action })
        : new UnauthenticatedError('You must sign in to do this', { action });
    }
    if (isMutation(context)) await this.rateLimits.consume('mutationsPerUser', user ? `user:${user.id}` : `ip:${req.ip}`);
    return true;
  }
}

/** Each mutation field (aliases included) spends from the caller's budget; queries do not. */
function isMutation(context: ExecutionContext): boolean {
  return context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo().operation.operation === 'mutation';
}
