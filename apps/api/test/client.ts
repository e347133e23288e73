import request from 'supertest';
import type { RunningServer } from '../src/server.js';

export const DEMO_PASSWORD = 'demo-password-1';

export interface GraphqlAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] };
  /** The refresh cookie the answer set, as `name=value`. */
  cookie?: string;
  /** The known-device cookie a sign-in set, as `name=value`. */
  deviceCookie?: string;
  setCookie: string[];
}

/** How a request reaches the api: signed in (bearer token), with cookies, from an address (X-Forwarded-For, trusted from loopback). */
export interface CallOptions {
  token?: string;
  cookie?: string;
  from?: string;
}

/** A GraphQL client over real HTTP, optionally signed in (bearer token) and carrying a refresh cookie. */
export function clientFor(server: RunningServer) {
  async function call(query: string, variables: Record<string, unknown> = {}, auth: CallOptions = {}): Promise<GraphqlAnswer> {
    const req = request(server.url).post('/graphql').set('content-type', 'application/json');
    if (auth.token) req.set('authorization', `Bearer ${auth.token}`);
    if (auth.cookie) req.set('cookie', auth.cookie);
    if (auth.from) req.set('x-forwarded-for', auth.from);
    const response = await req.send({ query, variables });
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const named = (name: string) => setCookie.find((cookie) => cookie.startsWith(`${name}=`))?.split(';')[0];
    return { status: response.status, body: response.body, setCookie, cookie: named('ogp_refresh'), deviceCookie: named('ogp_device') };
  }

  async function login(email: string, password = DEMO_PASSWORD, options: Omit<CallOptions, 'token'> = {}) {
    const answer = await call(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id role } } }',
      { email, password },
      options,
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
