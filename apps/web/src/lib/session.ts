import type { Role } from '@ogp-forum/domain';
import { useSyncExternalStore } from 'react';

/** The signed-in member as the api describes them (`me`, `login`, `refreshSession`). */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organization: { id: string; name: string; nameKo: string | null } | null;
}

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous' }
  | { status: 'signedIn'; user: SessionUser; accessToken: string };

/**
 * The session lives in memory only: the access token is never written to storage, and a reload restores the session
 * from the httpOnly refresh cookie (see AuthProvider).
 */
let state: SessionState = { status: 'restoring' };
const listeners = new Set<() => void>();

export function setSession(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/**
 * Takes the answer of `refreshSession` (or `login`): signed in with it, or anonymous when there was none.
 * Returns the new access token, if any.
 */
export function adoptSession(session: { accessToken: string; user: SessionUser } | null | undefined): string | null {
  setSession(session ? { status: 'signedIn', ...session } : { status: 'anonymous' });
  return session?.accessToken ?? null;
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
