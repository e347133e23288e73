import { cacheExchange, Client, fetchExchange } from 'urql';

/** The one GraphQL client. The auth exchange (refresh on UNAUTHENTICATED) joins here with sign-in. */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
});
