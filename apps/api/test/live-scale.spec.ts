import { SubjectType } from '@ogp-forum/domain';
import request from 'supertest';
import { createTestDatabase } from './harness.js';
import { connectLive, eventually, startApiProcess, type ApiProcess } from './live-process.js';
import { rightsEndAcrossInstances } from './live-rights.js';

/** The real thing: built api processes sharing one PostgreSQL, real HTTP, real socket.io-client connections. */

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const req = request(url).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  return (await req.send({ query, variables })).body;
}

async function loginAs(url: string, email: string): Promise<string> {
  const body = await gql(url, 'mutation($e: String!) { login(email: $e, password: "demo-password-1") { accessToken } }', { e: email });
  return body.data.login.accessToken;
}

async function commitmentId(url: string, code: string): Promise<string> {
  const body = await gql(url, '{ actionPlans { themes { commitments { id code } } } }');
  return body.data.actionPlans[0].themes.flatMap((t: any) => t.commitments).find((c: any) => c.code === code).id;
}

const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id seq } }';

describe('live discussion across processes', () => {
  let databaseUrl: string;
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    [a, b] = await Promise.all([startApiProcess(databaseUrl), startApiProcess(databaseUrl)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('delivers a comment posted through instance B to a client connected to instance A', async () => {
    const subjectId = await commitmentId(a.url, '2-b');
    const viewer = await connectLive(a.url);
    const ack = await viewer.socket.emitWithAck('subscribe', { subjectType: SubjectType.COMMITMENT, subjectId });
    expect(ack).toMatchObject({ ok: true });

    const token = await loginAs(b.url, 'cso@example.org');
    const posted = await gql(b.url, POST, { input: { subjectType: 'COMMITMENT', subjectId, body: 'Posted through B' } }, token);
    expect(posted.errors).toBeUndefined();

    await eventually(() => viewer.received.some((event) => event.id === posted.data.postComment.id));
    const event = viewer.received.find((e) => e.id === posted.data.postComment.id)!;
    expect(event).toMatchObject({ type: 'comment:created', subjectType: 'COMMITMENT', subjectId, seq: posted.data.postComment.seq });
    expect(event.comment).toMatchObject({ body: 'Posted through B', author: { displayName: 'Open Net member' } });
    viewer.socket.disconnect();
  });

  it('replays exactly the 20 comments a disconnected client missed, once each and in order, even after a restart', async () => {
    const subjectId = await commitmentId(a.url, '3-a');
    const first = await connectLive(a.url);
    const subscribed = await first.socket.emitWithAck('subscribe', { subjectType: SubjectType.COMMITMENT, subjectId });
    if (!subscribed.ok) throw new Error(subscribed.message);
    const lastSeq = subscribed.data.lastSeq;
    first.socket.disconnect();

    const token = await loginAs(b.url, 'cso2@example.org');
    const ids: string[] = [];
    for (let n = 1; n <= 20; n += 1) {
      const posted = await gql(b.url, POST, { input: { subjectType: 'COMMITMENT', subjectId, body: `Missed comment ${n}` } }, token);
      ids.push(posted.data.postComment.id);
    }

    // Instance A goes down and comes back on the same database while the client is away.
    await a.stop();
    a = await startApiProcess(databaseUrl);

    const again = await connectLive(a.url);
    const resumed = await again.socket.emitWithAck('subscribe', { subjectType: SubjectType.COMMITMENT, subjectId, afterSeq: lastSeq });
    expect(resumed).toEqual({ ok: true, data: { replayed: 20, lastSeq: lastSeq + 20, more: false } });
    await eventually(() => again.received.length >= 20);
    await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more may arrive
    expect(again.received.map((event) => event.id)).toEqual(ids);
    expect(again.received.map((event) => event.seq)).toEqual(Array.from({ length: 20 }, (_, i) => lastSeq + 1 + i));
    expect(again.received.map((event) => event.comment!.body)).toEqual(ids.map((_, i) => `Missed comment ${i + 1}`));
    again.socket.disconnect();
  });

  it('takes a member demoted through B out of a working group on A, and closes on A a session revoked through B', () => rightsEndAcrossInstances(a, b));
});
