import { stringifyDocument } from 'urql';
import { graphql } from '../gql';

/** What every way of signing in answers with: the access token and the member (see SessionUser). */
export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    user { id email displayName role locale localeChosen organization { id name nameKo kind } }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession { refreshSession { ...SessionFields } }
`);

/** Sent by refreshSession() in session.ts with a plain fetch: which GraphQL client is in use depends on its answer. */
export const REFRESH_SESSION = stringifyDocument(RefreshSessionMutation);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }
`);

export const LogoutMutation = graphql(`
  mutation Logout { logout }
`);
