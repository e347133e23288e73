import { gql } from 'urql';

export const SESSION_FIELDS = `accessToken user { id email displayName role organization { id name nameKo } }`;

export const RefreshSessionMutation = gql`
  mutation RefreshSession { refreshSession { ${SESSION_FIELDS} } }
`;

export const LoginMutation = gql`
  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ${SESSION_FIELDS} } }
`;

export const LogoutMutation = gql`
  mutation Logout { logout }
`;
