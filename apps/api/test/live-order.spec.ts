import { followThread, SubjectType, THREAD_EVENT_TYPES, type LiveConnection, type SubjectRef, type ThreadEventPayload } from '@ogp-forum/domain';
import type { RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive, eventually, type LiveClient } from './live-process.js';

/**
 * A client follows a thread as the web app does (followThread from libs/domain, used by apps/web/src/lib/live.ts):
 * in seq order, each event once, resuming after the last seq it has with nothing missing before it.
 */

let server: RunningServer;
let api: ReturnType<typeof clientFor>;
let token: string;
let authorId: string;

beforeAll(async () => {
  server = await startTestServer();
  api = clientFor(server);
  const login = await api.login('cso@example.org');
  token = login.token;
  authorId = login.body.data.login.user.id;
});
afterAll(() => server.stop());

const sockets: LiveClient[] = [];
afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));

async function commitment(code: string): Promise<SubjectRef> {
  const plans = await api.call('{ actionPlans { themes { commitments { id code } } } }');
  const found = plans.body.data.actionPlans[0].themes.flatMap((theme: any) => theme.commitments).find((c: any) => c.code === code);
  return { subjectType: SubjectType.COMMITMENT, subjectId: found.id };
}

async function post(subject: SubjectRef, body: string): Promise<{ id: string; seq: number }> {
  const answer = await api.call('mutation($input: PostCommentInput!) { postComment(input: $input) { id seq } }', { input: { ...subject, body } }, { token });
  if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data.postComment;
}

/** `count` comments written straight into the thread's log, as if posted while the client was away. */
async function writeComments(subject: SubjectRef, count: number): Promise<void> {
  await server.dataSource.query(
    `WITH counter AS (
       INSERT INTO subject_sequences (subject_type, subject_id, last_seq) VALUES ($1::subject_type, $2, $3)
       ON CONFLICT (subject_type, subject_id) DO UPDATE SET last_seq = subject_sequences.last_seq + $3
       RETURNING last_seq - $3 AS before
     ), written AS (
       INSERT INTO comments (subject_type, subject_id, seq, author_id, body)
       SELECT $1::subject_type, $2, before + n, $4, 'Written while away ' || n FROM counter, generate_series(1, $3::int) AS n
       RETURNING id, seq
     )
     INSERT INTO thread_events (subject_type, subject_id, seq, type, comment_id) SELECT $1::subject_type, $2, seq, 'comment:created', id FROM written`,
    [subject.subjectType, subject.subjectId, count, authorId],
  );
}

/**
 * The connection as the follower sees it, but losing the first delivery of the given seqs on the way (a message
 * dropped between the server and the client); it counts what the follower asks for.
 */
function losing(socket: LiveClient, lost: Set<number>) {
  const wrapped = new Map<(...args: any[]) => void, (...args: any[]) => void>();
  const requests: { event: string; afterSeq: number }[] = [];
  const threadEvents = new Set<string>(THREAD_EVENT_TYPES);
  const connection: LiveConnection = {
    get connected() {
      return socket.connected;
    },
    on(event, listener) {
      const filtered = (...args: any[]) => {
        if (threadEvents.has(event) && lost.delete((args[0] as ThreadEventPayload).seq)) return;
        listener(...args);
      };
      wrapped.set(listener, filtered);
      socket.on(event, filtered);
    },
    off(event, listener) {
      socket.off(event, wrapped.get(listener));
    },
    emit(event, request, ack) {
      requests.push({ event, afterSeq: request.afterSeq ?? 0 });
      socket.emit(event, request, ack);
    },
  };
  return { connection, requests };
}

function followWith(connection: LiveConnection, subject: SubjectRef, options: { afterSeq?: number; gapWaitMs?: number } = {}) {
  const handed: ThreadEventPayload[] = [];
  let live = 0;
  followThread(connection, subject, {
    ...options,
    onEvents: (events) => handed.push(...events),
    onState: (state) => {
      if (state === 'live') live += 1;
    },
  });
  return { handed, isLive: () => live > 0 };
}

it('pages a client 2,500 events behind through all of them, once each, in order, and then goes on live', async () => {
  const subject = await commitment('1-b');
  const { lastSeq: before } = await post(subject, 'The last comment the client saw').then((c) => ({ lastSeq: c.seq }));
  await writeComments(subject, 2500);

  const { socket } = await connectLive(server.url);
  sockets.push(socket);
  const { connection, requests } = losing(socket, new Set());
  const follower = followWith(connection, subject, { afterSeq: before });
  await eventually(() => follower.isLive(), 30_000);
  const after = await post(subject, 'Posted once the client was current');
  await eventually(() => follower.handed.some((event) => event.id === after.id));

  expect(requests).toEqual([
    { event: 'subscribe', afterSeq: before },
    { event: 'replay', afterSeq: before + 1000 },
    { event: 'replay', afterSeq: before + 2000 },
  ]);
  expect(follower.handed.map((event) => event.seq)).toEqual(Array.from({ length: 2501 }, (_, i) => before + 1 + i));
  expect(new Set(follower.handed.map((event) => event.id)).size).toBe(2501);
  expect(follower.handed[0].comment!.body).toBe('Written while away 1');
  expect(follower.handed[2499].comment!.body).toBe('Written while away 2500');
});

it('fills a gap left by a lost live event by replay, in order, without repeats', async () => {
  const subject = await commitment('1-c');
  const { socket } = await connectLive(server.url);
  sockets.push(socket);
  const first = await post(subject, 'Comment 1');
  const lost = new Set([first.seq + 2]);
  const { connection, requests } = losing(socket, lost);
  const follower = followWith(connection, subject, { afterSeq: first.seq, gapWaitMs: 200 });
  await eventually(() => follower.isLive());

  const posted = [];
  for (let n = 2; n <= 5; n += 1) posted.push(await post(subject, `Comment ${n}`));
  await eventually(() => follower.handed.length === 4);
  await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more may arrive

  expect(lost.size).toBe(0); // the event was really lost once
  expect(follower.handed.map((event) => event.id)).toEqual(posted.map((comment) => comment.id));
  expect(follower.handed.map((event) => event.comment!.body)).toEqual(['Comment 2', 'Comment 3', 'Comment 4', 'Comment 5']);
  // The follower asked for what came after the last event it had without a gap: comment 2's.
  expect(requests).toEqual([
    { event: 'subscribe', afterSeq: first.seq },
    { event: 'replay', afterSeq: posted[0].seq },
  ]);
});

it('resumes after a reconnect from the last event with nothing missing before it, not from the highest one seen', async () => {
  const subject = await commitment('2-c');
  const { socket } = await connectLive(server.url);
  sockets.push(socket);
  const first = await post(subject, 'Comment 1');
  const lost = new Set([first.seq + 2]);
  const { connection, requests } = losing(socket, lost);
  // The gap would be filled only after a minute: the connection drops long before.
  const follower = followWith(connection, subject, { afterSeq: first.seq, gapWaitMs: 60_000 });
  await eventually(() => follower.isLive());

  const posted = [];
  for (let n = 2; n <= 5; n += 1) posted.push(await post(subject, `Comment ${n}`));
  await eventually(() => lost.size === 0);
  await new Promise((resolve) => setTimeout(resolve, 300)); // comments 4 and 5 arrive, and wait behind the lost 3
  expect(follower.handed.map((event) => event.comment!.body)).toEqual(['Comment 2']);

  socket.disconnect();
  socket.connect();
  await eventually(() => follower.handed.length === 4);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(follower.handed.map((event) => event.id)).toEqual(posted.map((comment) => comment.id));
  expect(requests).toEqual([
    { event: 'subscribe', afterSeq: first.seq },
    { event: 'subscribe', afterSeq: posted[0].seq },
  ]);
});

it('refuses a replay of a thread the connection has not subscribed to', async () => {
  const subject = await commitment('2-a');
  const { socket } = await connectLive(server.url);
  sockets.push(socket);
  expect(await socket.emitWithAck('replay', { ...subject, afterSeq: 0 })).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
});
