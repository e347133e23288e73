import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;

beforeAll(async () => {
  server = await startTestServer({
    RATE_LIMIT_LOGIN_PER_IP: '20',
    // Wrong passwords have budgets of their own (sign-in-throttling.spec); here only the per-minute count is tested.
    RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP: '1000',
    RATE_LIMIT_LOGIN_FAILURES_PER_IP: '1000',
    CORS_ORIGINS: 'https://partner.example.org',
  });
  client = clientFor(server);
});
afterAll(() => server.stop());

async function stillServing() {
  expect((await client.call('{ actionPlans { number } }')).body.data.actionPlans[0].number).toBe(3);
}

/** commitment → plan → themes → commitments → plan → … as deep as asked. */
function deepQuery(depth: number): string {
  const levels = ['plan', 'themes', 'commitments'];
  let selection = 'id';
  for (let level = depth - 1; level >= 1; level -= 1) selection = `${levels[level % 3]} { ${selection} }`;
  return `{ commitments(planId: "00000000-0000-4000-8000-000000000000", first: 1) { edges { node { ${selection} } } } }`;
}

describe('limits on what one request may ask', () => {
  it('refuses a query 20 levels deep with BAD_USER_INPUT before running it', async () => {
    const answer = await client.call(deepQuery(20));
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors!.some((error) => /depth limit/i.test(error.message))).toBe(true);
    expect(answer.body.data).toBeUndefined();
    await stillServing();
  });

  it('refuses 100 aliases in one request', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: actionPlans { id }`).join(' ');
    const answer = await client.call(`{ ${aliases} }`);
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toMatch(/alias/i);
    await stillServing();
  });

  it('refuses an oversize body with 413 and BAD_USER_INPUT', async () => {
    const response = await request(server.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ actionPlans { id } }', variables: { padding: 'x'.repeat(300 * 1024) } }));
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await stillServing();
  });

  it('refuses a batch of operations in one request', async () => {
    const response = await request(server.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ actionPlans { id } }' }, { query: '{ actionPlans { id } }' }]);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses malformed JSON with BAD_USER_INPUT', async () => {
    const response = await request(server.url).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('rate limits, counted per operation', () => {
  it('counts 50 aliased logins in one request as 50 attempts: past the 20 per minute they are RATE_LIMITED', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `l${i}: login(email: "nobody@example.org", password: "guess-number-${i}") { accessToken }`).join(' ');
    const answer = await client.call(`mutation { ${aliases} }`);
    const codes = answer.body.errors!.map((error) => error.extensions!.code);
    expect(codes).toHaveLength(50);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(30);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(20);
    // The budget is spent for this address, even with the right password; other requests are still served.
    expect(errorCode(await client.login('citizen@example.org'))).toBe('RATE_LIMITED');
    await stillServing();
  });

  it('gives each signed-in user a budget of mutations per minute', async () => {
    // A fresh server: the login budget of this address was spent above.
    const fresh = await startTestServer({ RATE_LIMIT_MUTATIONS_PER_USER: '5' });
    try {
      const api = clientFor(fresh);
      const { token } = await api.login('cso@example.org');
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 7; i += 1) {
        const answer = await api.call('mutation($id: ID!) { revokeSession(id: $id) }', { id: '00000000-0000-4000-8000-000000000000' }, { token });
        codes.push(errorCode(answer) ?? String(answer.body.data.revokeSession));
      }
      expect(codes).toEqual(['false', 'false', 'false', 'false', 'false', 'RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await fresh.stop();
    }
  });
});

describe('HTTP protections', () => {
  it('sends security headers', async () => {
    const response = await request(server.url).get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers CORS only for origins on the allow-list', async () => {
    const allowed = await request(server.url).options('/graphql').set('origin', 'https://partner.example.org').set('access-control-request-method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.org');
    const other = await request(server.url).options('/graphql').set('origin', 'https://evil.example.com').set('access-control-request-method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('production mode', () => {
  it('turns off introspection and field suggestions', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    try {
      const api = clientFor(production);
      expect(errorCode(await api.call('{ __schema { types { name } } }'))).toBe('BAD_USER_INPUT');
      const typo = await api.call('{ actionPlan { titel } }');
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    } finally {
      await production.stop();
    }
  });
});
