import { SubjectType } from '@ogp-forum/domain';
import request from 'supertest';
import { createTestDatabase } from './harness.js';
import { connectLive, startApiProcess, type ApiProcess } from './live-process.js';

/**
 * Two built api processes on one database allow what one would: every budget is counted in the shared store
 * (PostgreSQL here), so a client that alternates between the instances gets no more than from one.
 */

let a: ApiProcess;
let b: ApiProcess;

beforeAll(async () => {
  const databaseUrl = await createTestDatabase();
  const env = {
    RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP: '3',
    RATE_LIMIT_LOGIN_PER_IP: '7',
    RATE_LIMIT_MUTATIONS_PER_USER: '12',
    RATE_LIMIT_LIVE_EVENTS_PER_USER: '10',
  };
  [a, b] = await Promise.all([startApiProcess(databaseUrl, env), startApiProcess(databaseUrl, env)]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

/** One GraphQL call to an instance, from a visitor's address (X-Forwarded-For, trusted from loopback). */
async function call(api: ApiProcess, query: string, variables: Record<string, unknown>, from: string, token?: string) {
  const req = request(api.url).post('/graphql').set('x-forwarded-for', from);
  if (token) req.set('authorization', `Bearer ${token}`);
  const { body } = await req.send({ query, variables });
  return body as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
}

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const outcome = (body: Awaited<ReturnType<typeof call>>) => (body.errors ? `${body.errors[0].extensions.code}: ${body.errors[0].message}` : 'ok');
/** Instance A, B, A, B, … */
const alternate = (n: number) => (n % 2 === 0 ? a : b);

it('share one budget of wrong passwords: three guesses in all, whichever instance takes them', async () => {
  const outcomes = [];
  for (let n = 0; n < 5; n += 1) outcomes.push(outcome(await call(alternate(n), LOGIN, { e: 'cso@example.org', p: 'a-wrong-guess' }, '203.0.113.70')));
  expect(outcomes).toEqual([
    ...Array(3).fill('UNAUTHENTICATED: The e-mail address or the password is wrong'),
    ...Array(2).fill('RATE_LIMITED: Too many failed sign-ins; try again in 15 minutes'),
  ]);
});

it('share one budget of sign-in attempts per address: seven a minute across both', async () => {
  const outcomes = [];
  for (let n = 0; n < 9; n += 1) outcomes.push(outcome(await call(alternate(n), LOGIN, { e: 'citizen@example.org', p: 'demo-password-1' }, '203.0.113.71')));
  expect(outcomes.slice(0, 7)).toEqual(Array(7).fill('ok'));
  expect(outcomes.slice(7)).toEqual(Array(2).fill(expect.stringMatching(/^RATE_LIMITED: Too many requests; try again in \d+ seconds$/)));
});

it("share one budget of a member's changes", async () => {
  const token = (await call(a, LOGIN, { e: 'cso2@example.org', p: 'demo-password-1' }, '203.0.113.72')).data.login.accessToken;
  const outcomes = [];
  for (let n = 0; n < 14; n += 1) {
    outcomes.push(outcome(await call(alternate(n), 'mutation($id: ID!) { revokeSession(id: $id) }', { id: '00000000-0000-4000-8000-000000000000' }, '203.0.113.72', token)));
  }
  expect(outcomes).toEqual([...Array(12).fill('ok'), ...Array(2).fill(expect.stringMatching(/^RATE_LIMITED/))]);
});

it("share one budget of a member's live events across connections to both instances", async () => {
  const token = (await call(b, LOGIN, { e: 'mois@example.org', p: 'demo-password-1' }, '203.0.113.73')).data.login.accessToken;
  const connections = await Promise.all([connectLive(a.url, token, '203.0.113.73'), connectLive(b.url, token, '203.0.113.74')]);
  const somewhere = { subjectType: SubjectType.MEETING, subjectId: '00000000-0000-4000-8000-000000000000' };
  const answers = await Promise.all(connections.flatMap(({ socket }) => Array.from({ length: 10 }, () => socket.emitWithAck('unsubscribe', somewhere))));
  expect(answers.filter((answer) => answer.ok)).toHaveLength(10);
  expect(answers.filter((answer) => !answer.ok && answer.code === 'RATE_LIMITED')).toHaveLength(10);
  for (const { socket } of connections) socket.disconnect();
});
