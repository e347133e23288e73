import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, Client, CombinedError, fetchExchange, Operation } from 'urql';
import { RefreshSessionMutation } from './auth-documents';
import { accessToken, adoptSession } from './session';

/** Operations that sign in themselves: an UNAUTHENTICATED answer from them is the answer, not a cue to refresh. */
const SIGN_IN_OPERATIONS = /\b(login|refreshSession|acceptInvitation)\b/;

function isSignIn(operation: Operation): boolean {
  return SIGN_IN_OPERATIONS.test(operation.query.loc?.source.body ?? '');
}

/**
 * The one GraphQL client: cache → auth (bearer token; on UNAUTHENTICATED, one refresh from the httpOnly cookie and a
 * retry, or sign-out when the session is over) → fetch.
 */
export const client = new Client({
  url: '/graphql',
  fetchOptions: { credentials: 'same-origin' },
  // POST only: Apollo's CSRF protection refuses simple GET requests, and queries carry ids, not secrets to cache.
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
    authExchange(async (utils) => ({
      addAuthToOperation(operation) {
        const token = accessToken();
        return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
      },
      didAuthError(error: CombinedError, operation: Operation) {
        return Boolean(accessToken()) && !isSignIn(operation) && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
      },
      async refreshAuth() {
        const result = await utils.mutate(RefreshSessionMutation, {});
        adoptSession(result.data?.refreshSession);
      },
    })),
    fetchExchange,
  ],
});
