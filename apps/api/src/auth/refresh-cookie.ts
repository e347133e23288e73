import type { CookieOptions, Response } from 'express';
import { REFRESH_COOKIE, SESSION_TTL_DAYS } from './tokens.js';

/** Only the GraphQL endpoint ever receives the refresh cookie, and no script can read it. */
function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/graphql' };
}

export function setRefreshCookie(res: Response, refreshToken: string, secure: boolean): void {
  res.cookie(REFRESH_COOKIE, refreshToken, { ...cookieOptions(secure), maxAge: SESSION_TTL_DAYS * 24 * 60 * 60 * 1000 });
}

export function clearRefreshCookie(res: Response, secure: boolean): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(secure));
}
