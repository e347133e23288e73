import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { hash, verify } from '@node-rs/argon2';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { User } from '../users/user.entity.js';
import { ARGON2_OPTIONS, passwordProblem } from '../users/password.js';
import { RefreshToken, Session } from './session.entity.js';
import { SESSION_ENDED, type SessionEnded } from './session-events.js';
import {
  newRefreshSecret,
  parseRefreshToken,
  sameHash,
  SESSION_TTL_DAYS,
  sha256,
  signAccessToken,
  successorSecret,
  verifyAccessToken,
} from './tokens.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Two tabs opening together, or a retry after a lost answer, present one refresh token twice within seconds. */
export const REFRESH_REUSE_WINDOW_MS = 30_000;

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

  /** The user behind an e-mail and password; how many tries anyone gets is SignInThrottle's business. */
  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.users.findOneBy({ email: email.trim() });
    const valid = user?.passwordHash ? await verify(user.passwordHash, password) : (await verify(await this.dummyHash, password), false);
    if (!user || !valid) throw new UnauthenticatedError('The e-mail address or the password is wrong');
    // Told only after the right password, so that it reveals nothing to someone guessing.
    if (user.deactivatedAt) {
      throw new ForbiddenError('This account has been deactivated by the forum secretariat; contact them to reactivate it', { reason: 'ACCOUNT_DEACTIVATED' });
    }
    return user;
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
      const secret = newRefreshSecret();
      const token = await this.issueRefreshToken(tx, session.id, secret);
      return { user, session, refreshToken: `${token.id}.${secret}`, accessToken: this.accessTokenFor(user, session) };
    });
  }

  /**
   * Exchanges a refresh token for a new pair. A token presented again within REFRESH_REUSE_WINDOW_MS of its exchange gets
   * the same new refresh token (two tabs, or a retry, racing at expiry); any other second use means two parties hold it:
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
      const nextSecret = successorSecret(parsed.secret, this.config.jwtSecret);
      let nextId = token.replacedById;
      if (!token.usedAt) {
        nextId = (await this.issueRefreshToken(tx, session.id, nextSecret)).id;
        await tx.update(RefreshToken, token.id, { usedAt: new Date(), replacedById: nextId });
        await tx.update(Session, session.id, { lastUsedAt: new Date() });
      } else if (!(await this.justReplaced(tx, token, nextSecret))) {
        await tx.update(Session, session.id, { revokedAt: new Date() });
        return { error: 'This sign-in was used from somewhere else and has been ended for your safety; sign in again', ended: session.id };
      }
      const user = await tx.findOneByOrFail(User, { id: session.userId });
      if (user.deactivatedAt) return { error: 'Your session has ended; sign in again' };
      return { issued: { user, session, refreshToken: `${nextId}.${nextSecret}`, accessToken: this.accessTokenFor(user, session) } };
    });
    // Thrown after the transaction so that a revocation for token reuse is committed, not rolled back.
    if ('error' in outcome) {
      if (outcome.ended) this.sessionsEnded([outcome.ended]);
      throw new UnauthenticatedError(outcome.error);
    }
    return outcome.issued!;
  }

  /** Whether a used token was exchanged within the reuse window for a successor that is itself still unused. */
  private async justReplaced(tx: EntityManager, token: RefreshToken, nextSecret: string): Promise<boolean> {
    if (!token.usedAt || !token.replacedById || Date.now() - token.usedAt.getTime() > REFRESH_REUSE_WINDOW_MS) return false;
    const successor = await tx.findOneBy(RefreshToken, { id: token.replacedById });
    return Boolean(successor && !successor.usedAt && sameHash(nextSecret, successor.tokenHash));
  }

  /** Ends the session of the refresh token and the one the request is signed in with; quietly ignores a token we do not know. */
  async logout(cookie: string | undefined, signedInSessionId: string | null): Promise<void> {
    const ending = signedInSessionId ? [signedInSessionId] : [];
    const parsed = parseRefreshToken(cookie);
    const token = parsed && (await this.db.getRepository(RefreshToken).findOneBy({ id: parsed.id }));
    if (token && sameHash(parsed.secret, token.tokenHash)) ending.push(token.sessionId);
    if (!ending.length) return;
    const ended = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where({ id: In(ending), revokedAt: IsNull() })
      .returning('id')
      .execute();
    this.sessionsEnded((ended.raw as { id: string }[]).map((row) => row.id));
  }

  /** The signed-in user of a bearer access token; the session must still be open (logout is immediate). */
  async userForAccessToken(token: string): Promise<{ user: User; sessionId: string }> {
    const claims = verifyAccessToken(token, this.config.jwtSecret);
    const session = await this.sessions.findOne({ where: { id: claims.sid }, relations: { user: true } });
    if (!session || session.revokedAt || session.expiresAt < new Date() || session.userId !== claims.sub || !session.user || session.user.deactivatedAt) {
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

  /** Ends every open session of a user within the caller's transaction; announce the ids with sessionsEnded after the commit. */
  async endAllSessions(tx: EntityManager, userId: string): Promise<string[]> {
    const ended = await tx
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .returning('id')
      .execute();
    return (ended.raw as { id: string }[]).map((row) => row.id);
  }

  /** Called after the commit: the live gateway closes the sessions' open connections. */
  sessionsEnded(sessionIds: string[]): void {
    for (const sessionId of sessionIds) this.events.emit(SESSION_ENDED, { sessionId } satisfies SessionEnded);
  }

  private accessTokenFor(user: User, session: Session): string {
    return signAccessToken({ sub: user.id, sid: session.id, role: user.role }, this.config.jwtSecret);
  }

  private issueRefreshToken(tx: EntityManager, sessionId: string, secret: string): Promise<RefreshToken> {
    return tx.save(RefreshToken, { sessionId, tokenHash: sha256(secret), usedAt: null, replacedById: null });
  }
}
