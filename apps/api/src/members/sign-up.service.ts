import { Inject, Injectable } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { Role } from '@ogp-forum/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, ClientInfo, IssuedSession } from '../auth/auth.service.js';
import { sha256 } from '../auth/tokens.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { RateLimitService } from '../common/rate-limit/rate-limit.service.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { MailQueue } from '../mail/mail-queue.service.js';
import { User } from '../users/user.entity.js';
import { ARGON2_OPTIONS, passwordProblem } from '../users/password.js';
import { SignUpInput } from './dto/sign-up.inputs.js';
import { SignUp } from './sign-up.entity.js';
import { signUpMail, signUpTakenMail } from './sign-up-mail.js';

export const SIGN_UP_TTL_HOURS = 48;
/** E-mails a sign-up sends to one address per hour, whoever asks: the form cannot be used to flood someone's inbox. */
export const SIGN_UP_MAILS_PER_ADDRESS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Citizens joining by themselves: a sign-up sends a one-time link to the address, and only opening it creates the
 * account (CITIZEN, with the password chosen at sign-up) and signs it in. The answer to a sign-up is the same whether
 * or not the address has an account; the owner of a taken address gets a "someone tried" e-mail instead of a link.
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailQueue,
    private readonly auth: AuthService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get open(): boolean {
    return this.config.signUp === 'open';
  }

  /** Records a sign-up and sends its e-mail; resolves the same way for a new address and a taken one. */
  async signUp(input: SignUpInput, ip: string, baseUrl: string): Promise<void> {
    if (!this.open) throw new ForbiddenError('Sign-up is closed; ask the forum secretariat for an invitation', { reason: 'SIGNUP_CLOSED' });
    await this.rateLimits.consume('signUpsPerIp', ip);
    const email = input.email.trim();
    const problem = passwordProblem(input.password, email);
    if (problem) throw new BadUserInputError(problem, { field: 'password' });
    // Hashed whatever happens next, so that a taken address answers no faster than a new one.
    const passwordHash = await hash(input.password, ARGON2_OPTIONS);
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SIGN_UP_TTL_HOURS * HOUR_MS);
    await this.db.transaction(async (tx) => {
      // One sign-up of an address at a time, so that concurrent ones count each other's e-mails.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sign-up:${email.toLowerCase()}`]);
      const recent = await tx.countBy(SignUp, { email, createdAt: MoreThan(new Date(Date.now() - HOUR_MS)) });
      if (recent >= SIGN_UP_MAILS_PER_ADDRESS_PER_HOUR) return;
      const existing = await tx.findOneBy(User, { email });
      // A row without a link (tokenHash of nothing anyone holds) still counts this address's e-mails for the hour.
      await tx.insert(SignUp, {
        email,
        displayName: input.displayName.trim(),
        locale: input.locale,
        passwordHash: existing ? '' : passwordHash,
        tokenHash: existing ? sha256(randomBytes(32).toString('base64url')) : sha256(secret),
        expiresAt: existing ? new Date() : expiresAt,
        verifiedAt: null,
      });
      // Queued in the same transaction: the e-mail exists exactly when the sign-up does.
      const mail = existing
        ? signUpTakenMail(existing.email, existing.displayName, `${baseUrl}/login`, existing.locale)
        : signUpMail(email, input.displayName.trim(), `${baseUrl}/verify-email/${secret}`, input.locale, expiresAt);
      await this.mail.send(mail, tx);
    });
  }

  /** Opens a sign-up's link: creates the CITIZEN account and signs it in. The link works once; then NOT_FOUND. */
  async verify(token: string, client: ClientInfo): Promise<IssuedSession> {
    const user = await this.db.transaction(async (tx) => {
      const signUp = await tx
        .getRepository(SignUp)
        .createQueryBuilder('signUp')
        .setLock('pessimistic_write')
        .where({ tokenHash: sha256(token), verifiedAt: IsNull(), expiresAt: MoreThan(new Date()) })
        .getOne();
      if (!signUp) throw new NotFoundError('Sign-up', 'link');
      if (await tx.existsBy(User, { email: signUp.email })) {
        throw new ConflictError('This address already has an account; sign in instead', { field: 'email' });
      }
      await tx.update(SignUp, signUp.id, { verifiedAt: new Date() });
      // The address is proven: the other links sent to it are spent.
      await tx.update(SignUp, { email: signUp.email, verifiedAt: IsNull() }, { expiresAt: new Date() });
      const user = await tx.save(User, {
        email: signUp.email,
        displayName: signUp.displayName,
        role: Role.CITIZEN,
        organizationId: null,
        locale: signUp.locale,
        localeChosen: true,
        passwordHash: signUp.passwordHash,
      });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'member.signed_up',
        entityType: 'User',
        entityId: user.id,
        after: { email: user.email, displayName: user.displayName, role: user.role, organizationId: null },
      });
      return user;
    });
    return this.auth.startSession(user, client);
  }
}
