import request from 'supertest';
import type { RunningServer } from '../src/server.js';

export const DEMO_PASSWORD = 'demo-password-1';

export interface GraphqlAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] };
  /** The refresh cookie the answer set, as `name=value`. */
  cookie?: string;
  setCookie: string[];
}

/** A GraphQL client over real HTTP, optionally signed in (bearer token) and carrying a refresh cookie. */
export function clientFor(server: RunningServer) {
  async function call(query: string, variables: Record<string, unknown> = {}, auth: { token?: string; cookie?: string } = {}): Promise<GraphqlAnswer> {
    const req = request(server.url).post('/graphql').set('content-type', 'application/json');
    if (auth.token) req.set('authorization', `Bearer ${auth.token}`);
    if (auth.cookie) req.set('cookie', auth.cookie);
    const response = await req.send({ query, variables });
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    return { status: response.status, body: response.body, setCookie, cookie: setCookie[0]?.split(';')[0] };
  }

  async function login(email: string, password = DEMO_PASSWORD) {
    const answer = await call(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id role } } }',
      { email, password },
    );
    return { ...answer, token: answer.body.data?.login?.accessToken as string };
  }

  return { call, login };
}

export const errorCode = (answer: GraphqlAnswer) => answer.body.errors?.[0]?.extensions?.code;

/** The body of one GraphQL answer, for tests that only read data and errors. */
export async function graphql(server: RunningServer, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer['body']> {
  return (await clientFor(server).call(query, variables)).body;
}
