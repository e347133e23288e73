import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { hash, verify } from '@node-rs/argon2';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { BadUserInputError, RateLimitedError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { User } from '../users/user.entity.js';
import { ARGON2_OPTIONS, passwordProblem } from '../users/password.js';
import { RefreshToken, Session } from './session.entity.js';
import { SESSION_ENDED, type SessionEnded } from './session-events.js';
import { newRefreshSecret, parseRefreshToken, sameHash, SESSION_TTL_DAYS, sha256, signAccessToken, verifyAccessToken } from './tokens.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ClientInfo {
  userAgent: string;
  ip: string;
}

export interface IssuedSession {
  user: User;
  session: Session;
  accessToken: string;
  /** The value of the refresh cookie. */
  refreshToken: string;
}

/** Sign-in, token rotation and sessions. Passwords are argon2id; refresh tokens are stored as SHA-256 only. */
@Injectable()
export class AuthService {
  /** Verifying against this keeps the time of a sign-in with an unknown e-mail the same as with a wrong password. */
  private readonly dummyHash = hash('not-a-real-password', ARGON2_OPTIONS);

  constructor(
    private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig & { jwtSecret: string },
    private readonly events: EventEmitter2,
  ) {}

  /** The user behind an e-mail and password; locks the account for a while after repeated failures. */
  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.users.findOneBy({ email: email.trim() });
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      throw new RateLimitedError('Too many failed sign-ins; try again later', { retryAfter: user.lockedUntil.toISOString() });
    }
    const valid = user?.passwordHash ? await verify(user.passwordHash, password) : (await verify(await this.dummyHash, password), false);
    if (!user || !valid) {
      if (user) await this.recordFailure(user);
      throw new UnauthenticatedError('The e-mail address or the password is wrong');
    }
    if (user.failedLogins > 0 || user.lockedUntil) await this.users.update(user.id, { failedLogins: 0, lockedUntil: null });
    return user;
  }

  private async recordFailure(user: User): Promise<void> {
    const failures = user.failedLogins + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : null;
    await this.users.update(user.id, { failedLogins: lockedUntil ? 0 : failures, lockedUntil });
  }

  /** Starts a session for a user who proved who they are. */
  async startSession(user: User, client: ClientInfo): Promise<IssuedSession> {
    return this.db.transaction(async (tx) => {
      const now = new Date();
      const session = await tx.save(Session, {
        userId: user.id,
        userAgent: client.userAgent.slice(0, 300),
        ip: client.ip,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_DAYS * DAY_MS),
        revokedAt: null,
      });
      const refreshToken = await this.issueRefreshToken(tx.getRepository(RefreshToken), session.id);
      return { user, session, refreshToken, accessToken: this.accessTokenFor(user, session) };
    });
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already exchanged means two parties hold it:
   * the whole session is revoked and both must sign in again.
   */
  async refresh(cookie: string | undefined): Promise<IssuedSession> {
    const parsed = parseRefreshToken(cookie);
    if (!parsed) throw new UnauthenticatedError('Sign in to continue');
    const outcome = await this.db.transaction(async (tx) => {
      const token = await tx
        .getRepository(RefreshToken)
        .createQueryBuilder('token')
        .setLock('pessimistic_write')
        .where('token.id = :id', { id: parsed.id })
        .getOne();
      if (!token || !sameHash(parsed.secret, token.tokenHash)) return { error: 'Sign in to continue' };
      const session = await tx.findOneByOrFail(Session, { id: token.sessionId });
      if (session.revokedAt || session.expiresAt < new Date()) return { error: 'Your session has ended; sign in again' };
      if (token.usedAt) {
        await tx.update(Session, session.id, { revokedAt: new Date() });
        return { error: 'This sign-in was used from somewhere else and has been ended for your safety; sign in again', ended: session.id };
      }
      await tx.update(RefreshToken, token.id, { usedAt: new Date() });
      await tx.update(Session, session.id, { lastUsedAt: new Date() });
      const user = await tx.findOneByOrFail(User, { id: session.userId });
      const refreshToken = await this.issueRefreshToken(tx.getRepository(RefreshToken), session.id);
      return { issued: { user, session, refreshToken, accessToken: this.accessTokenFor(user, session) } };
    });
    // Thrown after the transaction so that a revocation for token reuse is committed, not rolled back.
    if ('error' in outcome) {
      if (outcome.ended) this.sessionsEnded([outcome.ended]);
      throw new UnauthenticatedError(outcome.error);
    }
    return outcome.issued!;
  }

  /** Ends the session the refresh token belongs to; quietly does nothing for a token we do not know. */
  async logout(cookie: string | undefined): Promise<void> {
    const parsed = parseRefreshToken(cookie);
    if (!parsed) return;
    const token = await this.db.getRepository(RefreshToken).findOneBy({ id: parsed.id });
    if (token && sameHash(parsed.secret, token.tokenHash)) {
      const ended = await this.sessions.update({ id: token.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (ended.affected) this.sessionsEnded([token.sessionId]);
    }
  }

  /** The signed-in user of a bearer access token; the session must still be open (logout is immediate). */
  async userForAccessToken(token: string): Promise<{ user: User; sessionId: string }> {
    const claims = verifyAccessToken(token, this.config.jwtSecret);
    const session = await this.sessions.findOne({ where: { id: claims.sid }, relations: { user: true } });
    if (!session || session.revokedAt || session.userId !== claims.sub || !session.user) {
      throw new UnauthenticatedError('Your session has ended; sign in again');
    }
    return { user: session.user, sessionId: session.id };
  }

  listSessions(userId: string): Promise<Session[]> {
    return this.sessions.find({ where: { userId, revokedAt: IsNull() }, order: { lastUsedAt: 'DESC' } });
  }

  /** Revokes one of the user's own sessions; false when there is no such open session of theirs. */
  async revokeSession(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.sessions.update({ id: sessionId, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (result.affected) this.sessionsEnded([sessionId]);
    return (result.affected ?? 0) > 0;
  }

  /** Changes the password and ends every other session of the user. */
  async changePassword(user: User, currentSessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    if (!user.passwordHash || !(await verify(user.passwordHash, currentPassword))) {
      throw new BadUserInputError('Your current password is not right', { field: 'currentPassword' });
    }
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw new BadUserInputError(problem, { field: 'newPassword' });
    const passwordHash = await hash(newPassword, ARGON2_OPTIONS);
    const ended = await this.db.transaction(async (tx) => {
      await tx.update(User, user.id, { passwordHash });
      return tx
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: new Date() })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', { userId: user.id, sessionId: currentSessionId })
        .returning('id')
        .execute();
    });
    this.sessionsEnded((ended.raw as { id: string }[]).map((row) => row.id));
  }

  /** Called after the commit: the live gateway closes the sessions' open connections. */
  private sessionsEnded(sessionIds: string[]): void {
    for (const sessionId of sessionIds) this.events.emit(SESSION_ENDED, { sessionId } satisfies SessionEnded);
  }

  private accessTokenFor(user: User, session: Session): string {
    return signAccessToken({ sub: user.id, sid: session.id, role: user.role }, this.config.jwtSecret);
  }

  private async issueRefreshToken(tokens: Repository<RefreshToken>, sessionId: string): Promise<string> {
    const secret = newRefreshSecret();
    const token = await tokens.save({ sessionId, tokenHash: sha256(secret), usedAt: null });
    return `${token.id}.${secret}`;
  }
}
