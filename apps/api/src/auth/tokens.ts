import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Role } from '@ogp-forum/domain';
import { UnauthenticatedError } from '../common/errors/domain-errors.js';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const SESSION_TTL_DAYS = 30;
export const REFRESH_COOKIE = 'ogp_refresh';

export interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

export function signAccessToken(claims: AccessClaims, secret: string): string {
  return jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS });
}

/** Only HS256 with our secret passes: `alg: none`, other algorithms, tampering and expiry are all UNAUTHENTICATED. */
export function verifyAccessToken(token: string, secret: string): AccessClaims {
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'] });
    if (typeof claims !== 'object' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new Error('claims');
    return claims as unknown as AccessClaims;
  } catch (error) {
    const expired = error instanceof jwt.TokenExpiredError;
    throw new UnauthenticatedError(expired ? 'Your session expired; sign in again' : 'Your access token is not valid; sign in again');
  }
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A refresh token is `<token id>.<secret>`: the id finds the row, the secret is compared by hash. */
export function newRefreshSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The secret of the token that replaces `secret`: its HMAC under the server's secret. Being derived, not stored, it lets
 * a token presented again within the reuse window get the very successor the first exchange gave, while the database
 * keeps hashes only; nobody without the server's secret can compute it from a stolen token or a copied table.
 */
export function successorSecret(secret: string, serverSecret: string): string {
  return createHmac('sha256', serverSecret).update(`refresh-successor:${secret}`).digest('base64url');
}

export function parseRefreshToken(value: string | undefined): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  return match ? { id: match[1], secret: match[2] } : null;
}

export function sameHash(secret: string, storedHash: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(secret), 'hex'), Buffer.from(storedHash, 'hex'));
}
