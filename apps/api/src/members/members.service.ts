import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { hash } from '@node-rs/argon2';
import { MEMBER_ROLES, Role } from '@ogp-forum/domain';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, ClientInfo, IssuedSession } from '../auth/auth.service.js';
import { sha256 } from '../auth/tokens.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { checkPageSize, Connection, decodeCursor, toConnection } from '../common/graphql/connection.js';
import { MailQueue } from '../mail/mail-queue.service.js';
import type { Mail } from '../mail/mail.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { ARGON2_OPTIONS, passwordProblem } from '../users/password.js';
import { InviteMemberInput, OrganizationInput, UpdateMemberInput, UpdateMyAccountInput } from './dto/members.inputs.js';
import { invitationMail } from './invitation-mail.js';
import { MEMBER_CHANGED, type MemberChanged } from './member-events.js';
import { Invitation } from './invitation.entity.js';

export const INVITATION_TTL_DAYS = 7;

/** An invitation made: the member, until when the link works, and the link itself. */
export interface Invited {
  member: User;
  expiresAt: Date;
  link: string;
}

/** What the audit log keeps of a member. */
const memberSnapshot = (user: User) => ({ email: user.email, displayName: user.displayName, role: user.role, organizationId: user.organizationId });

/** Membership of the forum: invitations, accepting them, roles and organisations. Every change is audited. */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly audit: AuditService,
    private readonly mail: MailQueue,
    private readonly auth: AuthService,
    private readonly events: EventEmitter2,
  ) {}

  async list(first: number, after?: string | null): Promise<Connection<User>> {
    checkPageSize(first);
    const [rows, totalCount] = await Promise.all([
      this.users.find({
        where: after ? { email: MoreThan(decodeCursor(after)) } : {},
        order: { email: 'ASC' },
        take: first + 1,
      }),
      this.users.count(),
    ]);
    return toConnection(rows, first, totalCount, (user) => user.email);
  }

  /**
   * Invites someone by e-mail: creates the member (without a password) or re-invites one who has not accepted yet,
   * and sends a one-time link valid for 7 days. Inviting an active member is a CONFLICT.
   */
  async invite(input: InviteMemberInput, inviter: User | null, baseUrl: string): Promise<Invited> {
    const invited = await this.createInvitation(input, inviter, baseUrl);
    // Queued after the commit: a mail about an invitation that was rolled back would be a lie.
    await this.sendInvitation(invited);
    return invited;
  }

  /** The invitation without its e-mail, for the command line, which prints the link whether the e-mail goes out or not. */
  async createInvitation(input: InviteMemberInput, inviter: User | null, baseUrl: string): Promise<Invited> {
    await this.checkOrganization(input.role, input.organizationId ?? null);
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
    const member = await this.db.transaction(async (tx) => {
      const existing = await tx.findOneBy(User, { email: input.email.trim() });
      if (existing?.passwordHash) throw new ConflictError(`${input.email} is already a member`, { field: 'email' });
      const fields = {
        email: input.email.trim(),
        displayName: input.displayName.trim(),
        role: input.role,
        organizationId: input.organizationId ?? null,
        locale: input.locale,
      };
      const users = tx.getRepository(User);
      const member = await users.save(existing ? users.merge(existing, fields) : users.create({ ...fields, passwordHash: null }));
      await tx.update(Invitation, { userId: member.id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      await tx.insert(Invitation, { userId: member.id, invitedById: inviter?.id ?? null, tokenHash: sha256(secret), expiresAt });
      await this.audit.record(tx, {
        actorId: inviter?.id ?? null,
        action: 'member.invited',
        entityType: 'User',
        entityId: member.id,
        before: existing ? memberSnapshot(existing) : null,
        after: memberSnapshot(member),
      });
      return member;
    });
    return { member, expiresAt, link: `${baseUrl}/invitations/${secret}` };
  }

  /** Queues the invitation e-mail; the queue delivers it (and retries a failed delivery). */
  async sendInvitation(invited: Invited): Promise<void> {
    await this.mail.send(this.invitationMailFor(invited));
  }

  invitationMailFor({ member, expiresAt, link }: Invited): Mail {
    return invitationMail(member.email, member.displayName, link, member.locale, expiresAt);
  }

  /** What an invitation link is for; NOT_FOUND for a link that is unknown, used, replaced or expired. */
  async preview(token: string): Promise<{ invitation: Invitation; user: User }> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: sha256(token) }, relations: { user: true } });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date() || !invitation.user) {
      throw new NotFoundError('Invitation', 'link');
    }
    return { invitation, user: invitation.user };
  }

  /** Sets the invitee's password and signs them in. The link works once: a second use is NOT_FOUND. */
  async accept(token: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    const { user } = await this.preview(token);
    const problem = passwordProblem(password, user.email);
    if (problem) throw new BadUserInputError(problem, { field: 'password' });
    const passwordHash = await hash(password, ARGON2_OPTIONS);
    await this.db.transaction(async (tx) => {
      const used = await tx.update(
        Invitation,
        { tokenHash: sha256(token), acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        { acceptedAt: new Date() },
      );
      if (!used.affected) throw new NotFoundError('Invitation', 'link');
      await tx.update(User, user.id, { passwordHash });
      await this.audit.record(tx, { actorId: user.id, action: 'member.joined', entityType: 'User', entityId: user.id });
    });
    return this.auth.startSession({ ...user, passwordHash }, client);
  }

  async update(id: string, input: UpdateMemberInput, actor: User): Promise<User> {
    const updated = await this.db.transaction(async (tx) => {
      const member = await tx.findOneBy(User, { id });
      if (!member) throw new NotFoundError('Member', id);
      const before = memberSnapshot(member);
      if (input.role !== undefined) member.role = input.role;
      if (input.organizationId !== undefined) member.organizationId = input.organizationId;
      if (input.displayName !== undefined) member.displayName = input.displayName.trim();
      if (member.id === actor.id && member.role !== Role.ADMIN) {
        throw new BadUserInputError('You cannot take the ADMIN role from yourself; ask another admin', { field: 'role' });
      }
      await this.checkOrganization(member.role, member.organizationId);
      await tx.save(member);
      const action = before.role !== member.role ? 'member.role_changed' : 'member.updated';
      await this.audit.record(tx, { actorId: actor.id, action, entityType: 'User', entityId: member.id, before, after: memberSnapshot(member) });
      return member;
    });
    // After the commit: open live connections of the member take the new rights at once.
    this.events.emit(MEMBER_CHANGED, { userId: updated.id } satisfies MemberChanged);
    return updated;
  }

  /** A member's own name and language. */
  async updateOwnAccount(user: User, input: UpdateMyAccountInput): Promise<User> {
    const updated = await this.db.transaction(async (tx) => {
      const member = await tx.findOneByOrFail(User, { id: user.id });
      const before = { ...memberSnapshot(member), locale: member.locale };
      if (input.displayName !== undefined && input.displayName !== null) member.displayName = input.displayName.trim();
      if (input.locale !== undefined && input.locale !== null) Object.assign(member, { locale: input.locale, localeChosen: true });
      await tx.save(member);
      await this.audit.record(tx, { actorId: user.id, action: 'member.updated', entityType: 'User', entityId: member.id, before, after: { ...memberSnapshot(member), locale: member.locale } });
      return member;
    });
    this.events.emit(MEMBER_CHANGED, { userId: updated.id } satisfies MemberChanged);
    return updated;
  }

  /**
   * A member who left: their sessions end and their open live connections close at once, and they can no longer sign
   * in. Their account stays, so their name stays on what they wrote. Deactivating yourself is refused.
   */
  async deactivate(id: string, actor: User): Promise<User> {
    if (id === actor.id) throw new BadUserInputError('You cannot deactivate yourself; ask another admin', { field: 'id' });
    const { member, endedSessions } = await this.db.transaction(async (tx) => {
      const member = await tx.findOneBy(User, { id });
      if (!member) throw new NotFoundError('Member', id);
      if (member.deactivatedAt) throw new ConflictError(`${member.displayName} is already deactivated`);
      member.deactivatedAt = new Date();
      await tx.update(User, member.id, { deactivatedAt: member.deactivatedAt });
      const endedSessions = await this.auth.endAllSessions(tx, member.id);
      await this.audit.record(tx, { actorId: actor.id, action: 'member.deactivated', entityType: 'User', entityId: member.id, before: memberSnapshot(member) });
      return { member, endedSessions };
    });
    // After the commit: the sessions' sockets close, and any connection left (e.g. one still authenticating) is rechecked.
    this.auth.sessionsEnded(endedSessions);
    this.events.emit(MEMBER_CHANGED, { userId: member.id } satisfies MemberChanged);
    return member;
  }

  /** Lets a deactivated member sign in again (with their old password). */
  async reactivate(id: string, actor: User): Promise<User> {
    return this.db.transaction(async (tx) => {
      const member = await tx.findOneBy(User, { id });
      if (!member) throw new NotFoundError('Member', id);
      if (!member.deactivatedAt) throw new ConflictError(`${member.displayName} is not deactivated`);
      member.deactivatedAt = null;
      await tx.update(User, member.id, { deactivatedAt: null });
      await this.audit.record(tx, { actorId: actor.id, action: 'member.reactivated', entityType: 'User', entityId: member.id, after: memberSnapshot(member) });
      return member;
    });
  }

  async createOrganization(input: OrganizationInput, actor: User): Promise<Organization> {
    return this.db.transaction(async (tx) => {
      const key = await this.uniqueKey(tx.getRepository(Organization), input.name);
      const organization = await tx.save(Organization, { key, name: input.name.trim(), nameKo: input.nameKo?.trim() || null, kind: input.kind });
      await this.audit.record(tx, { actorId: actor.id, action: 'organization.created', entityType: 'Organization', entityId: organization.id, after: input });
      return organization;
    });
  }

  async updateOrganization(id: string, input: OrganizationInput, actor: User): Promise<Organization> {
    return this.db.transaction(async (tx) => {
      const organization = await tx.findOneBy(Organization, { id });
      if (!organization) throw new NotFoundError('Organization', id);
      const before = { name: organization.name, nameKo: organization.nameKo, kind: organization.kind };
      Object.assign(organization, { name: input.name.trim(), nameKo: input.nameKo?.trim() || null, kind: input.kind });
      await tx.save(organization);
      await this.audit.record(tx, { actorId: actor.id, action: 'organization.updated', entityType: 'Organization', entityId: id, before, after: input });
      return organization;
    });
  }

  /** Government and civil-society members speak for an organisation; citizens and admins may have none. */
  private async checkOrganization(role: Role, organizationId: string | null): Promise<void> {
    if (organizationId && !(await this.db.getRepository(Organization).existsBy({ id: organizationId }))) {
      throw new BadUserInputError('There is no such organisation', { field: 'organizationId' });
    }
    if (!organizationId && MEMBER_ROLES.includes(role) && role !== Role.ADMIN) {
      throw new BadUserInputError(`A ${role} member belongs to an organisation; choose one`, { field: 'organizationId' });
    }
  }

  private async uniqueKey(organizations: Repository<Organization>, name: string): Promise<string> {
    const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'organization';
    for (let suffix = 1; ; suffix += 1) {
      const key = suffix === 1 ? base : `${base}-${suffix}`;
      if (!(await organizations.existsBy({ key }))) return key;
    }
  }
}
