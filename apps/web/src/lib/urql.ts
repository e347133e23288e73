import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, Client, CombinedError, fetchExchange, Operation } from 'urql';
import i18n from './i18n';
import { accessToken, refreshSession } from './session';

/** Operations that sign in themselves: an UNAUTHENTICATED answer from them is the answer, not a cue to refresh. */
const SIGN_IN_OPERATIONS = /\b(login|acceptInvitation|verifyEmail)\b/;

function isSignIn(operation: Operation): boolean {
  return SIGN_IN_OPERATIONS.test(operation.query.loc?.source.body ?? '');
}

/**
 * A GraphQL client: cache → auth (bearer token; on UNAUTHENTICATED, one refresh from the httpOnly cookie and a retry, or
 * sign-out when the session is over) → fetch. SessionProvider makes one per identity, so a cache never holds what was
 * fetched for someone else.
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    // The api words its error messages in the member's stored language, else in this one.
    fetchOptions: () => ({ credentials: 'same-origin', headers: { 'Accept-Language': i18n.language } }),
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
          await refreshSession();
        },
      })),
      fetchExchange,
    ],
  });
}
