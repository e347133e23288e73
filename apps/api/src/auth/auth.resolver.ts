import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { Inject } from '@nestjs/common';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentSessionId, CurrentUser } from '../common/guards/allow.decorator.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { Member } from '../members/member.type.js';
import { User } from '../users/user.entity.js';
import { AuthService, ClientInfo, IssuedSession } from './auth.service.js';
import { AuthPayload, ChangePasswordInput } from './dto/auth.types.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { Session } from './session.entity.js';
import { clearRefreshCookie, setRefreshCookie } from './refresh-cookie.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { REFRESH_COOKIE } from './tokens.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @UseGuards(LocalAuthGuard)
  @Mutation(() => AuthPayload, {
    nullable: true,
    // Nullable so that each aliased attempt in one request is answered (and rate-limited) on its own.
    description: 'Signs in; the refresh token comes back as an httpOnly cookie. Null, with an error, when refused.',
  })
  async login(
    @Args('email') email: string,
    @Args('password') _password: string,
    @CurrentUser() user: User,
    @Context() { req, res }: GraphqlContext,
  ): Promise<AuthPayload> {
    const payload = this.answer(await this.auth.startSession(user, clientOf(req)), res);
    this.throttle.rememberDevice(res, this.throttle.attemptOf(req, email), this.config.production);
    return payload;
  }

  @Allow(Action.READ_PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Exchanges the refresh cookie for a new access token (and a new cookie).' })
  async refreshSession(@Context() { req, res }: GraphqlContext): Promise<AuthPayload> {
    try {
      return this.answer(await this.auth.refresh(req.cookies?.[REFRESH_COOKIE]), res);
    } catch (error) {
      clearRefreshCookie(res, this.config.production);
      throw error;
    }
  }

  @Allow(Action.READ_PUBLIC)
  @Mutation(() => Boolean, { description: 'Ends the session of the refresh cookie or of the bearer token, and clears the cookie.' })
  async logout(@CurrentSessionId() sessionId: string | null, @Context() { req, res }: GraphqlContext): Promise<boolean> {
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE], sessionId);
    clearRefreshCookie(res, this.config.production);
    return true;
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => Member, { nullable: true, description: 'The signed-in user; null for a visitor.' })
  me(@CurrentUser() user: User | null): User | null {
    return user;
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Query(() => [Session], { description: 'Your open sessions, most recently used first.' })
  mySessions(@CurrentUser() user: User): Promise<Session[]> {
    return this.auth.listSessions(user.id);
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Mutation(() => Boolean, { description: 'Signs one of your sessions out; false if it was not open.' })
  revokeSession(@CurrentUser() user: User, @Args(...idArg('id')) id: string): Promise<boolean> {
    return this.auth.revokeSession(user.id, id);
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Mutation(() => Boolean, { description: 'Changes your password and signs out every other session.' })
  async changePassword(
    @CurrentUser() user: User,
    @CurrentSessionId() sessionId: string,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.auth.changePassword(user, sessionId, input.currentPassword, input.newPassword);
    return true;
  }

  private answer(issued: IssuedSession, res: GraphqlContext['res']): AuthPayload {
    setRefreshCookie(res, issued.refreshToken, this.config.production);
    return { accessToken: issued.accessToken, user: issued.user };
  }
}

export function clientOf(req: GraphqlContext['req']): ClientInfo {
  return { userAgent: req.headers['user-agent'] ?? '', ip: req.ip ?? '' };
}

@Resolver(() => Session)
export class SessionsResolver {
  @ResolveField(() => Boolean, { description: 'Whether this is the session the request is signed in with.' })
  current(@Parent() session: Session, @Context() { req }: GraphqlContext): boolean {
    return session.id === req.sessionId;
  }
}
