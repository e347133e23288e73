import { Action, can } from '@ogp-forum/domain';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { Provider, useClient } from 'urql';
import { Loading } from '../components/states';
import { LogoutMutation } from './auth-documents';
import { refreshSession, setSession, useSession, type SessionUser } from './session';
import { createClient } from './urql';

/**
 * The app as one identity sees it. Nothing renders until the session is restored from the refresh cookie, so no page
 * asks before the api knows who is asking. Each identity (a visitor, or one member) gets its own GraphQL client, whose
 * cache holds only what it was shown, and the pages mount afresh when it changes: sign-in, sign-out, a lost session.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const identity = session.status === 'signedIn' ? session.user.id : 'visitor';
  const client = useMemo(() => createClient(), [identity]);
  useEffect(() => void refreshSession(), []);
  if (session.status === 'restoring') return <Loading />;
  return (
    <Provider key={identity} value={client}>
      {children}
    </Provider>
  );
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
