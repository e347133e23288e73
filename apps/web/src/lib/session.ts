import { useSyncExternalStore } from 'react';
import type { SessionFieldsFragment } from '../gql/graphql';
import { REFRESH_SESSION } from './auth-documents';
import i18n from './i18n';

/** The signed-in member as the api describes them (`login`, `refreshSession`, `acceptInvitation`). */
export type SessionUser = SessionFieldsFragment['user'];

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous' }
  | { status: 'signedIn'; user: SessionUser; accessToken: string };

/**
 * The session lives in memory only: the access token is never written to storage, and a reload restores the session
 * from the httpOnly refresh cookie (see SessionProvider).
 */
let state: SessionState = { status: 'restoring' };
const listeners = new Set<() => void>();

export function setSession(next: SessionState): void {
  // After sign-in the web speaks the language the member chose (sign-up, account settings), whatever the browser prefers.
  if (next.status === 'signedIn' && next.user.localeChosen && next.user.locale !== i18n.language) void i18n.changeLanguage(next.user.locale);
  state = next;
  listeners.forEach((listener) => listener());
}

/** Takes the answer of `refreshSession`: signed in with it, or anonymous when there was none. Returns the token, if any. */
function adoptSession(session: { accessToken: string; user: SessionUser } | null | undefined): string | null {
  setSession(session ? { status: 'signedIn', ...session } : { status: 'anonymous' });
  return session?.accessToken ?? null;
}

let refreshing: Promise<string | null> | null = null;

/**
 * Trades the httpOnly refresh cookie for a new access token and adopts the answer; returns the token, or null when the
 * session is over. Callers at the same moment share one request: the cookie rotates, and a refresh token used twice ends
 * the session.
 */
export function refreshSession(): Promise<string | null> {
  refreshing ??= fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REFRESH_SESSION }),
  })
    .then((response) => response.json())
    .catch(() => null)
    .then((body) => adoptSession(body?.data?.refreshSession))
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export const accessToken = () => (state.status === 'signedIn' ? state.accessToken : null);

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
