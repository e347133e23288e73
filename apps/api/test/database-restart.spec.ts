import { followThread, SubjectType, type SubjectRef, type ThreadEventPayload } from '@ogp-forum/domain';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import request from 'supertest';
import { createDatabaseIfMissing, withDatabase } from '../src/database/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { eventually, startApiProcess, type ApiProcess, type LiveClient } from './live-process.js';

/**
 * Two built api processes on LIVE_ADAPTER=postgres over a PostgreSQL of this file's own (stopping it disturbs no other
 * test), while the database drops their connections or goes away altogether.
 */

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const req = request(url).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  return (await req.send({ query, variables })).body;
}

async function health(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: await response.json() };
}

const viewers: LiveClient[] = [];
afterEach(() => viewers.splice(0).forEach((socket) => socket.disconnect()));

/** A viewer as the web app is one: it reconnects by itself and follows the thread as the web does (followThread). */
function follow(url: string, subject: SubjectRef): { received: ThreadEventPayload[]; subscriptions: () => number } {
  const socket: LiveClient = io(`${url}/live`, { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
  viewers.push(socket);
  const received: ThreadEventPayload[] = [];
  let subscriptions = 0;
  followThread(socket, subject, {
    onEvents: (events) => received.push(...events),
    onState: (state) => {
      if (state === 'live') subscriptions += 1;
    },
  });
  return { received, subscriptions: () => subscriptions };
}

function expectAlive(...apis: ApiProcess[]): void {
  for (const api of apis) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) {
      throw new Error(`the api at ${api.url} died (${api.child.exitCode ?? api.child.signalCode}):\n${api.output()}`);
    }
  }
}

describe('the api when its database connections drop', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-restart-'));
  let database: EmbeddedDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let subject: SubjectRef;
  let token: string;

  beforeAll(async () => {
    database = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
    await createDatabaseIfMissing(database.url, 'ogp_forum');
    const databaseUrl = withDatabase(database.url, 'ogp_forum');
    // One after the other: the first one migrates and seeds the empty database.
    a = await startApiProcess(databaseUrl);
    b = await startApiProcess(databaseUrl);
    const plans = await gql(a.url, '{ actionPlans { themes { commitments { id code } } } }');
    const commitment = plans.data.actionPlans[0].themes.flatMap((theme: any) => theme.commitments).find((c: any) => c.code === '2-b');
    subject = { subjectType: SubjectType.COMMITMENT, subjectId: commitment.id };
    const login = await gql(b.url, 'mutation { login(email: "cso@example.org", password: "demo-password-1") { accessToken } }');
    token = login.data.login.accessToken;
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function postOnB(body: string): Promise<string> {
    const posted = await gql(b.url, 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', {
      input: { ...subject, body },
    }, token);
    if (posted.errors) throw new Error(JSON.stringify(posted.errors));
    return posted.data.postComment.id;
  }

  it('survives the termination of its connections, and a viewer misses nothing posted meanwhile', async () => {
    const viewer = follow(a.url, subject);
    await eventually(() => viewer.subscriptions() === 1);

    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    // The live adapters' connections (LISTEN among them) and TypeORM's idle pool connections of both instances.
    const live = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ogp-forum-live'`);
    const orm = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ogp-forum'`);
    await admin.end();
    expect(live.rowCount).toBeGreaterThanOrEqual(2);
    expect(orm.rowCount).toBeGreaterThanOrEqual(2);

    // Posted while the instances are still without their LISTEN connection: A hears nothing of it live.
    const missed = await postOnB('Posted while the live connections were down');
    await eventually(() => viewer.received.some((event) => event.id === missed), 30_000);
    expectAlive(a, b);

    const after = await postOnB('Posted after the live connections came back');
    await eventually(() => viewer.received.some((event) => event.id === after), 30_000);
    for (const api of [a, b]) expect((await health(api.url)).status).toBe(200);
    expectAlive(a, b);
  });

  it('reports the database down while it is away, then recovers and delivers live between instances again', async () => {
    const viewer = follow(a.url, subject);
    await eventually(() => viewer.subscriptions() === 1);

    const port = database.port;
    await database.stop();
    for (const api of [a, b]) {
      await eventually(async () => (await health(api.url)).status === 503, 30_000);
      expect((await health(api.url)).body).toEqual({ status: 'degraded', database: { state: 'down' } });
    }
    expectAlive(a, b);

    database = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), () => undefined, port);
    for (const api of [a, b]) await eventually(async () => (await health(api.url)).status === 200, 30_000);

    const posted = await postOnB('Posted after the database came back');
    await eventually(() => viewer.received.some((event) => event.id === posted), 30_000);
    expectAlive(a, b);
  });
});
