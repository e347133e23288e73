import { SubjectType } from '@ogp-forum/domain';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import request from 'supertest';
import { freePort } from '../src/database/free-port.js';
import { createTestDatabase } from './harness.js';
import { connectLive, eventually, startApiProcess, type ApiProcess } from './live-process.js';
import { rightsEndAcrossInstances } from './live-rights.js';

/** LIVE_ADAPTER=redis: the same cross-instance delivery through a real redis-server (Debian's; .ci/run installs it). */
const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

function redisAvailable(): boolean {
  if (fs.existsSync(REDIS_SERVER)) return true;
  const message = `redis-server not found at ${REDIS_SERVER}: install it (apt-get install redis-server) or set REDIS_SERVER.`;
  if (process.env.CI) throw new Error(`${message} CI must run the Redis adapter test.`);
  console.warn(`\n!!! REDIS ADAPTER TEST SKIPPED — ${message}\n`);
  return false;
}

// Without redis-server the test is skipped loudly, except in CI where redisAvailable() throws.
const describeWithRedis = redisAvailable() ? describe : describe.skip;

describeWithRedis('live discussion across processes through Redis', () => {
  let redis: ChildProcess;
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
    await new Promise<void>((resolve, reject) => {
      redis.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
      redis.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
    const databaseUrl = await createTestDatabase();
    const env = { LIVE_ADAPTER: 'redis', REDIS_URL: `redis://127.0.0.1:${port}` };
    [a, b] = await Promise.all([startApiProcess(databaseUrl, env), startApiProcess(databaseUrl, env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    redis?.kill('SIGTERM');
  });

  it('delivers a comment posted through instance B to a client connected to instance A', async () => {
    const plans = await request(a.url).post('/graphql').send({ query: '{ actionPlans { themes { commitments { id code } } } }' });
    const subjectId = plans.body.data.actionPlans[0].themes.flatMap((t: any) => t.commitments).find((c: any) => c.code === '6-a').id;
    const viewer = await connectLive(a.url);
    expect(await viewer.socket.emitWithAck('subscribe', { subjectType: SubjectType.COMMITMENT, subjectId })).toMatchObject({ ok: true });

    const login = await request(b.url).post('/graphql').send({ query: 'mutation { login(email: "cso@example.org", password: "demo-password-1") { accessToken } }' });
    const posted = await request(b.url)
      .post('/graphql')
      .set('authorization', `Bearer ${login.body.data.login.accessToken}`)
      .send({ query: 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', variables: { input: { subjectType: 'COMMITMENT', subjectId, body: 'Through Redis' } } });
    await eventually(() => viewer.received.some((event) => event.id === posted.body.data.postComment.id));
    expect(viewer.received.at(-1)!.comment!.body).toBe('Through Redis');
    viewer.socket.disconnect();
  });

  it('takes a member demoted through B out of a working group on A, and closes on A a session revoked through B', () => rightsEndAcrossInstances(a, b));
});
