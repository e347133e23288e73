import { Action, can } from '@ogp-forum/domain';
import { useCallback, useEffect } from 'react';
import { useClient } from 'urql';
import { LogoutMutation, RefreshSessionMutation } from './auth-documents';
import { adoptSession, setSession, useSession, type SessionUser } from './session';

/** Restores the session from the refresh cookie once, when the app opens. */
export function useRestoreSession(): void {
  const client = useClient();
  useEffect(() => {
    void client
      .mutation(RefreshSessionMutation, {})
      .toPromise()
      .then((result) => adoptSession(result.data?.refreshSession));
  }, [client]);
}

/** The signed-in user (or null) and what they may do, from the permission matrix the api enforces. */
export function useAuth() {
  const session = useSession();
  const client = useClient();
  const user = session.status === 'signedIn' ? session.user : null;
  const signOut = useCallback(async () => {
    await client.mutation(LogoutMutation, {}).toPromise();
    setSession({ status: 'anonymous' });
  }, [client]);
  return {
    status: session.status,
    user,
    can: (action: Action) => can(user, action),
    signIn: (accessToken: string, signedIn: SessionUser) => setSession({ status: 'signedIn', accessToken, user: signedIn }),
    signOut,
  };
}
