import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { clientOf } from '../auth/auth.resolver.js';
import { AuthPayload } from '../auth/dto/auth.types.js';
import { setRefreshCookie } from '../auth/refresh-cookie.js';
import { Allow } from '../common/guards/allow.decorator.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { SignUpInput } from './dto/sign-up.inputs.js';
import { SignUpService } from './sign-up.service.js';

@Resolver()
export class SignUpResolver {
  constructor(
    private readonly service: SignUpService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => Boolean, { description: 'Whether citizens may create their own accounts (SIGNUP=open).' })
  signUpOpen(): boolean {
    return this.service.open;
  }

  @Allow(Action.READ_PUBLIC)
  @Mutation(() => Boolean, {
    description:
      'Asks for a CITIZEN account: a one-time link goes to the address (valid 48 hours). Always true, whether or not the ' +
      'address already has an account; FORBIDDEN (reason SIGNUP_CLOSED) when sign-up is closed.',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() { req }: GraphqlContext): Promise<boolean> {
    const baseUrl = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    await this.service.signUp(input, req.ip ?? 'unknown', baseUrl);
    return true;
  }

  @Allow(Action.READ_PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Confirms the address of a sign-up with its link, creates the account and signs it in.' })
  async verifyEmail(@Args('token') token: string, @Context() { req, res }: GraphqlContext): Promise<AuthPayload> {
    const issued = await this.service.verify(token, clientOf(req));
    setRefreshCookie(res, issued.refreshToken, this.config.production);
    return { accessToken: issued.accessToken, user: issued.user };
  }
}
