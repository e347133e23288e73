import { loadConfig } from '../src/config/config.js';
import { StatementCounter } from '../src/database/statement-counter.js';
import { startServer, type RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { outboxDir, startTestServer, TEST_JWT_SECRET } from './harness.js';
import request from 'supertest';

const CACHE = { PAGE_CACHE_ENTRIES: '100', PAGE_CACHE_SECONDS: '300' };

const COMMITMENT_PAGE = `query Commitment($id: ID!) {
  commitment(id: $id) { code title completion milestones { title delayed } progressUpdates { body } }
  comments(subjectType: COMMITMENT, subjectId: $id, last: 50) { totalCount edges { node { seq body author { displayName } } } } }`;

// Two api processes' worth of servers on one database, as docker-compose runs them behind the proxy.
let first: RunningServer;
let second: RunningServer;
let commitmentId: string;

beforeAll(async () => {
  first = await startTestServer(CACHE);
  second = await startServer(
    loadConfig({ LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, OUTBOX_DIR: outboxDir, LIVE_ADAPTER: 'memory', ...CACHE, PORT: '0', DATABASE_URL: first.database.url }),
  );
  const [row] = await first.dataSource.query(
    `SELECT c.id FROM commitments c JOIN organizations o ON o.id = c.lead_organization_id WHERE o.name = 'Ministry of the Interior and Safety' ORDER BY c.code LIMIT 1`,
  );
  commitmentId = row.id;
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

async function page(server: RunningServer, headers: Record<string, string> = {}) {
  const response = await request(server.url).post('/graphql').set(headers).send({ query: COMMITMENT_PAGE, variables: { id: commitmentId } });
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  return { cache: response.headers['x-page-cache'] as string | undefined, commitment: response.body.data.commitment, comments: response.body.data.comments };
}

/** Asks until the page shows what `until` looks for, for at most a second; how long it took. */
async function waitFor(server: RunningServer, until: (answer: Awaited<ReturnType<typeof page>>) => boolean): Promise<number> {
  const started = Date.now();
  while (!until(await page(server))) {
    if (Date.now() - started > 1000) throw new Error('the page did not change within a second');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

it('answers a second anonymous read of a page from memory, without a statement to the database', async () => {
  expect((await page(first)).cache).toBe('miss');
  const before = StatementCounter.total();
  const again = await page(first);
  expect(again.cache).toBe('hit');
  expect(StatementCounter.total()).toBe(before);
});

it('builds the page afresh for a signed-in member and for Cache-Control: no-cache', async () => {
  const { token } = await clientFor(first).login('cso@example.org');
  expect((await page(first, { authorization: `Bearer ${token}` })).cache).toBeUndefined();
  expect((await page(first, { 'cache-control': 'no-cache' })).cache).toBe('miss');
});

it('shows a new progress update to the next request, on the api that took it and, within a second, on the other one', async () => {
  await page(second);
  expect((await page(second)).cache).toBe('hit');
  const { token } = await clientFor(first).login('mois@example.org');
  const { completion } = (await page(first)).commitment;
  const posted = await clientFor(first).call(
    'mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id } }',
    { input: { commitmentId, body: 'The portal now publishes the original texts weekly.', completion } },
    { token },
  );
  expect(posted.body.errors).toBeUndefined();

  const next = await page(first);
  expect(next.cache).toBe('miss');
  expect(next.commitment.progressUpdates[0].body).toBe('The portal now publishes the original texts weekly.');
  await waitFor(second, (answer) => answer.commitment.progressUpdates[0]?.body === 'The portal now publishes the original texts weekly.');
});

it('shows a new comment at the end of the thread\'s latest page, on both apis', async () => {
  await page(first);
  await page(second);
  const { token } = await clientFor(second).login('cso2@example.org');
  const posted = await clientFor(second).call(
    'mutation($input: PostCommentInput!) { postComment(input: $input) { seq } }',
    { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body: '정보공개를 확인했습니다.' } },
    { token },
  );
  expect(posted.body.errors).toBeUndefined();
  const latest = (await page(second)).comments;
  expect(latest.edges.at(-1).node).toMatchObject({ seq: posted.body.data.postComment.seq, body: '정보공개를 확인했습니다.' });
  await waitFor(first, (answer) => answer.comments.edges.at(-1)?.node.body === '정보공개를 확인했습니다.');
});

it('forgets its pages when the database changes behind the api (a script, the import, another process)', async () => {
  await page(first);
  expect((await page(first)).cache).toBe('hit');
  await second.dataSource.query('UPDATE commitments SET title = $2 WHERE id = $1', [commitmentId, 'Renamed by a script']);
  await waitFor(first, (answer) => answer.commitment.title === 'Renamed by a script');
});

it('keeps pages when only a sign-in happened, which changes nothing a page shows', async () => {
  await page(first);
  await clientFor(first).login('citizen@example.org');
  expect((await page(first)).cache).toBe('hit');
});
