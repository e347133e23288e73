import request from 'supertest';
import { DEMO_PASSWORD } from './client.js';
import { createTestDatabase } from './harness.js';
import { eventually, startApiProcess, type ApiProcess } from './live-process.js';

/**
 * A client's mistake is logged as one line at info (warn for refusals) without a stack: an error line with a stack means
 * something broke on our side, and operators should be able to alert on exactly that. The api runs as `npm start` runs
 * it, in its own process at LOG_LEVEL=info, and its JSON lines are read as they come.
 */

interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  code?: string;
  req?: { id: string };
  err?: unknown;
}

let api: ApiProcess;
const lines: LogLine[] = [];

beforeAll(async () => {
  api = await startApiProcess(await createTestDatabase(), { LOG_LEVEL: 'info', LIVE_ADAPTER: 'memory' });
  let pending = '';
  api.child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (pending + chunk.toString()).split('\n');
    pending = parts.pop()!;
    for (const part of parts) if (part.startsWith('{')) lines.push(JSON.parse(part));
  });
});
afterAll(() => api.stop());

async function graphql(requestId: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const req = request(api.url).post('/graphql').set('content-type', 'application/json').set('x-request-id', requestId);
  if (token) req.set('authorization', `Bearer ${token}`);
  return (await req.send({ query, variables })).body;
}

it('logs the mistakes of clients without a stack, at info or warn, and nothing at error', async () => {
  const login = await graphql('sign-in', 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', {
    email: 'cso@example.org',
    password: DEMO_PASSWORD,
  });
  const token = login.data.login.accessToken as string;
  const mistakes = [
    { id: 'wrong-password', code: 'UNAUTHENTICATED', level: 30, send: () => graphql('wrong-password', 'mutation { login(email: "cso@example.org", password: "not-the-password") { accessToken } }') },
    { id: 'not-found', code: 'NOT_FOUND', level: 30, send: () => graphql('not-found', '{ proposal(id: "00000000-0000-4000-8000-000000000000") { id } }') },
    { id: 'nul-byte', code: 'BAD_USER_INPUT', level: 30, send: () => graphql('nul-byte', '{ mentionableMembers(search: "a\\u0000") { id } }', {}, token) },
    { id: 'blank', code: 'BAD_USER_INPUT', level: 30, send: () => graphql('blank', 'mutation { editComment(input: { id: "00000000-0000-4000-8000-000000000000", body: "\\u200B" }) { id } }', {}, token) },
    { id: 'signed-out', code: 'UNAUTHENTICATED', level: 30, send: () => graphql('signed-out', '{ mySessions { id } }') },
    { id: 'forbidden', code: 'FORBIDDEN', level: 40, send: () => graphql('forbidden', '{ members { totalCount } }', {}, token) },
  ];
  for (const mistake of mistakes) expect((await mistake.send()).errors[0].extensions.code).toBe(mistake.code);
  // Lines come in order: once the last request's own line is read, every line of the ones before it is too.
  await graphql('last', '{ actionPlans { id } }');
  await eventually(() => lines.some((line) => line.req?.id === 'last'));

  for (const mistake of mistakes) {
    const ofRequest = lines.filter((line) => line.req?.id === mistake.id);
    expect(ofRequest.filter((line) => line.level >= 50)).toEqual([]);
    expect(JSON.stringify(ofRequest)).not.toMatch(/stack|\n\s+at /);
    expect(ofRequest).toContainEqual(expect.objectContaining({ context: 'GraphQL', code: mistake.code, level: mistake.level }));
  }
});
