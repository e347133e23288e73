import { gql } from 'urql';

export const SESSION_FIELDS = `accessToken user { id email displayName role organization { id name nameKo kind } }`;

/** Sent by refreshSession() in session.ts with a plain fetch: which GraphQL client is in use depends on its answer. */
export const REFRESH_SESSION = `mutation RefreshSession { refreshSession { ${SESSION_FIELDS} } }`;

export const LoginMutation = gql`
  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ${SESSION_FIELDS} } }
`;

export const LogoutMutation = gql`
  mutation Logout { logout }
`;
