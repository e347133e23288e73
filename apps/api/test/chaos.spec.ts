import { followThread, SubjectType, type LiveConnection, type SubjectRef, type ThreadEventPayload } from '@ogp-forum/domain';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import { createDatabaseIfMissing, withDatabase } from '../src/database/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { eventually, startApiProcess, type ApiProcess, type LiveClient } from './live-process.js';

/**
 * The fault test (`npm run test:chaos`, part of `npm test`): 200 viewers in this one thread follow a thread across two
 * api processes on one PostgreSQL of the test's own, while members post a steady stream of comments with idempotency
 * keys and retries. Mid-stream one api process is killed with SIGKILL and started again, and then the database is
 * restarted. Viewers whose connection drops reconnect to either instance. In the end every acknowledged comment is
 * stored exactly once, and every viewer has all of them exactly once, in order.
 */

const VIEWERS = 200;
const POSTERS = ['cso@example.org', 'cso2@example.org', 'citizen@example.org', 'admin@example.org'];
/** Each poster's pause between two comments: four posters make about 16 comments a second. */
const POST_EVERY_MS = 250;

const ENV = {
  // Generous budgets: the test is about faults, not limits (every client here comes through 127.0.0.1).
  RATE_LIMIT_MUTATIONS_PER_USER: '100000',
  RATE_LIMIT_LOGIN_PER_IP: '100000',
  RATE_LIMIT_LIVE_EVENTS_PER_USER: '100000',
  LIVE_MAX_CONNECTIONS_PER_IP: '100000',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The api instances clients may reach, as a load balancer lists them: a killed one stays listed, and refuses. */
const instances: ApiProcess[] = [];
const anyInstance = () => instances[Math.floor(Math.random() * instances.length)].url;

/**
 * A viewer's connection to `/live` that, when it drops or cannot be opened, opens a new one to either instance after a
 * short pause, as a browser behind the load balancer does. To followThread it is one connection that reconnects.
 */
class RoamingConnection implements LiveConnection {
  private socket!: LiveClient;
  private readonly listeners: [string, (...args: any[]) => void][] = [];
  private closed = false;
  connections = 0;

  constructor() {
    this.open();
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  on(event: string, listener: (...args: any[]) => void): void {
    this.listeners.push([event, listener]);
    this.socket.on(event as 'connect', listener);
  }

  off(event: string, listener: (...args: any[]) => void): void {
    const index = this.listeners.findIndex(([e, l]) => e === event && l === listener);
    if (index >= 0) this.listeners.splice(index, 1);
    this.socket.off(event as 'connect', listener);
  }

  emit(event: 'subscribe' | 'replay', request: any, ack: (result: any) => void): void {
    this.socket.emit(event, request, ack);
  }

  close(): void {
    this.closed = true;
    this.socket.disconnect();
  }

  private open(): void {
    const socket: LiveClient = io(`${anyInstance()}/live`, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 5000 });
    for (const [event, listener] of this.listeners) socket.on(event as 'connect', listener);
    const again = () => {
      socket.removeAllListeners();
      socket.close();
      if (!this.closed) setTimeout(() => this.open(), 200 + Math.random() * 300);
    };
    socket.on('connect', () => (this.connections += 1));
    socket.on('disconnect', () => {
      // followThread hears the disconnect through its own listener first (registered earlier on this socket).
      if (!this.closed) again();
    });
    socket.on('connect_error', again);
    this.socket = socket;
  }
}

interface Viewer {
  connection: RoamingConnection;
  comments: ThreadEventPayload[];
  stop: () => void;
}

function startViewer(subject: SubjectRef): Viewer {
  const connection = new RoamingConnection();
  const comments: ThreadEventPayload[] = [];
  const stop = followThread(connection, subject, { onEvents: (events) => comments.push(...events.filter((event) => event.type === 'comment:created')) });
  return { connection, comments, stop };
}

async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

/** Tries again (an instance may be down) until the call succeeds, for at most a minute. */
async function untilAnswered<T>(call: () => Promise<T>): Promise<T> {
  for (let started = Date.now(); ; await sleep(200)) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() - started > 60_000) throw error;
    }
  }
}

interface Acknowledged {
  key: string;
  id: string;
  seq: number;
  body: string;
  /** From the first try to the acknowledgement. */
  ms: number;
}

/**
 * A member posting a comment every POST_EVERY_MS until told to stop. Each comment has its own idempotency key and is
 * sent to either instance, again and again with the same key, until one acknowledges it: a refused connection, a reset,
 * a timeout or an error on our side is retried; a client mistake fails the test.
 */
async function poster(email: string, subject: SubjectRef, acknowledged: Acknowledged[], running: () => boolean): Promise<{ retries: number }> {
  let retries = 0;
  const token = await untilAnswered(async () => {
    const login = await graphql(anyInstance(), 'mutation($e: String!) { login(email: $e, password: "demo-password-1") { accessToken } }', { e: email });
    return login.data.login.accessToken as string;
  });
  for (let n = 1; running(); n += 1) {
    const key = `${email}-${n}-${randomUUID()}`;
    const sentAt = Date.now();
    const body = `Comment ${n} from ${email}`;
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 200) throw new Error(`comment ${key} was never acknowledged`);
      if (attempt > 0) {
        retries += 1;
        await sleep(100 + Math.random() * 200);
      }
      const answer = await graphql(anyInstance(), 'mutation($input: PostCommentInput!) { postComment(input: $input) { id seq } }', { input: { ...subject, body, idempotencyKey: key } }, token).catch(
        () => null,
      );
      if (!answer) continue;
      if (answer.errors) {
        const code = answer.errors[0].extensions?.code;
        if (code === 'INTERNAL' || code === 'RATE_LIMITED') continue;
        throw new Error(`comment ${key} refused: ${JSON.stringify(answer.errors)}`);
      }
      acknowledged.push({ key, body, ...answer.data.postComment, ms: Date.now() - sentAt });
      break;
    }
    await sleep(POST_EVERY_MS);
  }
  return { retries };
}

describe('the fault test', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-chaos-'));
  let database: EmbeddedDatabase;
  let databaseUrl: string;
  const viewers: Viewer[] = [];

  beforeAll(async () => {
    database = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
    await createDatabaseIfMissing(database.url, 'ogp_forum');
    databaseUrl = withDatabase(database.url, 'ogp_forum');
    // One after the other: the first one migrates and seeds the empty database.
    instances.push(await startApiProcess(databaseUrl, ENV));
    instances.push(await startApiProcess(databaseUrl, ENV));
  }, 300_000);

  afterAll(async () => {
    for (const viewer of viewers) {
      viewer.stop();
      viewer.connection.close();
    }
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('loses nothing and repeats nothing when an api process is killed and the database restarts mid-stream', async () => {
    const started = Date.now();
    const log = (line: string) => console.info(`fault test, ${((Date.now() - started) / 1000).toFixed(1)} s: ${line}`);
    const plans = await graphql(instances[0].url, '{ actionPlans { themes { commitments { id code } } } }', {});
    const commitment = plans.data.actionPlans[0].themes.flatMap((theme: any) => theme.commitments).find((c: any) => c.code === '4-b');
    const subject: SubjectRef = { subjectType: SubjectType.COMMITMENT, subjectId: commitment.id };

    for (let n = 0; n < VIEWERS; n += 1) viewers.push(startViewer(subject));
    await eventually(() => viewers.every((viewer) => viewer.connection.connected), 60_000);
    log(`${VIEWERS} viewers connected`);

    const acknowledged: Acknowledged[] = [];
    let posting = true;
    const posters = Promise.all(POSTERS.map((email) => poster(email, subject, acknowledged, () => posting)));

    await eventually(() => acknowledged.length >= 20, 60_000);
    log(`${acknowledged.length} comments acknowledged; killing an api process`);
    // An api process dies without a goodbye, with comments in flight; it is back on its port a few seconds later.
    const killed = instances[0];
    const exited = new Promise((resolve) => killed.child.once('exit', resolve));
    killed.child.kill('SIGKILL');
    await exited;
    const killedAt = acknowledged.length;
    await sleep(3000);
    instances[0] = await startApiProcess(databaseUrl, { ...ENV, PORT: new URL(killed.url).port });
    log('api process started again');
    await sleep(4000);

    // The database restarts under load: both instances lose every connection, posts fail until it is back.
    const port = database.port;
    await database.stop();
    const stoppedAt = acknowledged.length;
    await sleep(2000);
    database = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), () => undefined, port);
    log('database started again');
    // The stream goes on once the instances have their connections back: however long that takes on a busy machine.
    await eventually(() => acknowledged.length > stoppedAt + 10, 60_000);
    posting = false;
    const outcome = await posters;
    const latencies = acknowledged.map((comment) => comment.ms).sort((x, y) => x - y);
    log(`${acknowledged.length} comments acknowledged, p50 ${latencies[latencies.length >> 1]} ms, max ${latencies.at(-1)} ms; posting stopped`);

    for (const instance of instances) expect(instance.child.exitCode).toBeNull();
    // The stream went on through both faults.
    expect(killedAt).toBeGreaterThan(10);
    expect(stoppedAt).toBeGreaterThan(killedAt + 10);
    expect(acknowledged.length).toBeGreaterThan(stoppedAt + 10);

    // Every acknowledged comment is stored exactly once, and nothing else was stored.
    const reader = new Client({ connectionString: databaseUrl });
    await reader.connect();
    const { rows: stored } = await reader.query<{ id: string; seq: number; body: string; key: string | null }>(
      'SELECT id, seq, body, idempotency_key AS key FROM comments WHERE subject_type = $1 AND subject_id = $2 ORDER BY seq',
      [subject.subjectType, subject.subjectId],
    );
    await reader.end();
    const mine = stored.filter((row) => row.key !== null);
    expect(mine.map((row) => row.key).sort()).toEqual(acknowledged.map((comment) => comment.key).sort());
    expect(new Set(mine.map((row) => row.body)).size).toBe(mine.length);
    const storedById = new Map(mine.map((row) => [row.id, row]));
    for (const comment of acknowledged) expect(storedById.get(comment.id)).toMatchObject({ key: comment.key, seq: comment.seq });

    // Every viewer ends with all of them, exactly once, in order.
    const expected = stored.map((row) => row.id);
    await eventually(() => viewers.every((viewer) => viewer.comments.length >= expected.length), 60_000).catch(() => undefined);
    log('viewers caught up');
    const behind = viewers.filter((viewer) => viewer.comments.length !== expected.length);
    expect({ viewersBehind: behind.length, short: behind.slice(0, 3).map((viewer) => expected.length - viewer.comments.length) }).toEqual({ viewersBehind: 0, short: [] });
    for (const viewer of viewers) expect(viewer.comments.map((event) => event.id)).toEqual(expected);

    // The faults were real: viewers reconnected, and posts were retried.
    const reconnected = viewers.filter((viewer) => viewer.connection.connections > 1).length;
    expect(reconnected).toBeGreaterThan(VIEWERS / 4);
    const retries = outcome.reduce((sum, { retries }) => sum + retries, 0);
    expect(retries).toBeGreaterThan(0);
    log(`${acknowledged.length} comments, ${retries} retries, ${reconnected} of ${VIEWERS} viewers reconnected`);
  }, 240_000);
});
