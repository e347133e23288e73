import { Args, Context, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { Inject } from '@nestjs/common';
import { clientOf } from '../auth/auth.resolver.js';
import { AuthPayload } from '../auth/dto/auth.types.js';
import { setRefreshCookie } from '../auth/refresh-cookie.js';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { ConnectionType } from '../common/graphql/connection.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { InvitationPreview, InvitationSent, InviteMemberInput, OrganizationInput, UpdateMemberInput, UpdateMyAccountInput } from './dto/members.inputs.js';
import { Member, MemberStatus } from './member.type.js';
import { MembersService } from './members.service.js';

@ObjectType()
export class MemberConnection extends ConnectionType(Member) {}

@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Action.MANAGE_MEMBERS)
  @Query(() => MemberConnection, { description: 'Everyone with an account, by e-mail address.' })
  members(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(first, after);
  }

  @Allow(Action.MANAGE_MEMBERS)
  @Mutation(() => InvitationSent, { description: 'Invites someone by e-mail with a role and organisation; the link is valid 7 days, once.' })
  async inviteMember(@Args('input') input: InviteMemberInput, @CurrentUser() admin: User, @Context() { req }: GraphqlContext) {
    const baseUrl = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    return this.service.invite(input, admin, baseUrl);
  }

  @Allow(Action.MANAGE_MEMBERS)
  @Mutation(() => Member, { description: 'Changes a member\'s role, organisation or name.' })
  updateMember(
    @Args(...idArg('id')) id: string,
    @Args('input') input: UpdateMemberInput,
    @CurrentUser() admin: User,
  ) {
    return this.service.update(id, input, admin);
  }

  @Allow(Action.MANAGE_OWN_ACCOUNT)
  @Mutation(() => Member, { description: 'Changes your own name or language (en, ko: the web app, your e-mails and error messages).' })
  updateMyAccount(@Args('input') input: UpdateMyAccountInput, @CurrentUser() user: User) {
    return this.service.updateOwnAccount(user, input);
  }

  @Allow(Action.MANAGE_MEMBERS)
  @Mutation(() => Member, { description: 'A member who left: their sessions and live connections end at once and sign-in is refused; their name stays on what they wrote.' })
  deactivateMember(@Args(...idArg('id')) id: string, @CurrentUser() admin: User) {
    return this.service.deactivate(id, admin);
  }

  @Allow(Action.MANAGE_MEMBERS)
  @Mutation(() => Member, { description: 'Lets a deactivated member sign in again.' })
  reactivateMember(@Args(...idArg('id')) id: string, @CurrentUser() admin: User) {
    return this.service.reactivate(id, admin);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => InvitationPreview, { description: 'Who an invitation link is for; NOT_FOUND once used, replaced or expired.' })
  async invitation(@Args('token') token: string, @Context() { loaders }: GraphqlContext): Promise<InvitationPreview> {
    const { invitation, user } = await this.service.preview(token);
    const organization = user.organizationId ? await loaders.organization.load(user.organizationId) : null;
    return { email: user.email, displayName: user.displayName, role: user.role, organization, expiresAt: invitation.expiresAt };
  }

  @Allow(Action.READ_PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Sets the password of an invited member and signs them in.' })
  async acceptInvitation(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context() { req, res }: GraphqlContext,
  ): Promise<AuthPayload> {
    const issued = await this.service.accept(token, password, clientOf(req));
    setRefreshCookie(res, issued.refreshToken, this.config.production);
    return { accessToken: issued.accessToken, user: issued.user };
  }

  @Allow(Action.MANAGE_MEMBERS)
  @Mutation(() => Organization)
  createOrganization(@Args('input') input: OrganizationInput, @CurrentUser() admin: User) {
    return this.service.createOrganization(input, admin);
  }

  @Allow(Action.MANAGE_MEMBERS)
  @Mutation(() => Organization)
  updateOrganization(
    @Args(...idArg('id')) id: string,
    @Args('input') input: OrganizationInput,
    @CurrentUser() admin: User,
  ) {
    return this.service.updateOrganization(id, input, admin);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() member: User, @Context() { loaders }: GraphqlContext) {
    return member.organizationId ? loaders.organization.load(member.organizationId) : null;
  }

  @ResolveField(() => MemberStatus)
  status(@Parent() member: User): MemberStatus {
    if (member.deactivatedAt) return MemberStatus.DEACTIVATED;
    return member.passwordHash ? MemberStatus.ACTIVE : MemberStatus.INVITED;
  }
}
