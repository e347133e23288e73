import { SubjectType } from '@ogp-forum/domain';
import { Client } from 'pg';
import { loadConfig } from '../src/config/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { createTestDatabase, outboxDir, TEST_JWT_SECRET } from './harness.js';
import { connectLive, eventually } from './live-process.js';

/**
 * Several api servers in one process on the PostgreSQL adapter (as a test or an embedding program runs them): they
 * deliver to each other, and stopping them ends every connection the adapter opened, even one still being opened when
 * the stop came, so nothing keeps the process alive.
 */

let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await createTestDatabase();
});

const start = () =>
  startServer(loadConfig({ LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, OUTBOX_DIR: outboxDir, LIVE_ADAPTER: 'postgres', PORT: '0', DATABASE_URL: databaseUrl }));

/** The live adapters' connections to this test's database. */
async function adapterConnections(): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'ogp-forum-live' AND datname = current_database()`);
  await client.end();
  return rows[0].n;
}

it('deliver between each other, and stop in moments leaving no adapter connection open', async () => {
  const [a, b] = await Promise.all([start(), start()]);
  const plans = await clientFor(a).call('{ actionPlans { themes { commitments { id code } } } }');
  const subjectId = plans.body.data.actionPlans[0].themes.flatMap((theme: any) => theme.commitments).find((c: any) => c.code === '5-a').id;
  const viewer = await connectLive(a.url);
  expect(await viewer.socket.emitWithAck('subscribe', { subjectType: SubjectType.COMMITMENT, subjectId })).toMatchObject({ ok: true });
  const { token } = await clientFor(b).login('acrc@example.org');
  const posted = await clientFor(b).call('mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', { input: { subjectType: 'COMMITMENT', subjectId, body: 'Through the other server' } }, { token });
  await eventually(() => viewer.received.some((event) => event.id === posted.body.data.postComment.id));

  const stopping = Date.now();
  await Promise.all([a.stop(), b.stop()]);
  expect(Date.now() - stopping).toBeLessThan(5000);
  viewer.socket.disconnect();
  await eventually(async () => (await adapterConnections()) === 0);
});

it('stopped while its adapter is still connecting, it opens nothing afterwards', async () => {
  const servers: RunningServer[] = [];
  for (let n = 0; n < 3; n += 1) servers.push(await start());
  // Stopped at once: the adapter's LISTEN connection may still be on its way.
  await Promise.all(servers.map((server) => server.stop()));
  await eventually(async () => (await adapterConnections()) === 0);
  // The adapter would try again two seconds after a failed connection: nothing may come back.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(await adapterConnections()).toBe(0);
});
