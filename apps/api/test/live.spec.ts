import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { SubjectType } from '@ogp-forum/domain';
import jwt from 'jsonwebtoken';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer, TEST_JWT_SECRET } from './harness.js';
import { connectLive, eventually } from './live-process.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let subjectId: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  // The 3rd NAP back in implementation, so that its ministry may still re-grade it (a closed plan's levels are final).
  await server.dataSource.query(`UPDATE action_plans SET status = 'IMPLEMENTATION' WHERE number = 3`);
  const { body } = await client.call('{ actionPlans { themes { commitments { id code } } } }');
  subjectId = body.data.actionPlans[0].themes.flatMap((t: any) => t.commitments).find((c: any) => c.code === '1-a').id;
});
afterAll(() => server.stop());

const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id seq body hidden } }';
const commitment = () => ({ subjectType: SubjectType.COMMITMENT, subjectId });

describe('joining rooms', () => {
  it('replays the thread from the start: the report\'s progress update comes first', async () => {
    const { socket, received } = await connectLive(server.url);
    const ack = await socket.emitWithAck('subscribe', commitment());
    expect(ack.ok).toBe(true);
    await eventually(() => received.length >= 1);
    expect(received[0]).toMatchObject({ type: 'update:posted', seq: 1 });
    expect(received[0].update!.body).toContain('280 private universities');
    socket.disconnect();
  });

  it('refuses a connection with a bad token, and a room for a subject that is not there', async () => {
    const forged = jwt.sign({ sub: 'x', sid: 'y', role: 'ADMIN' }, 'not-our-secret-but-long-enough-anyway', { algorithm: 'HS256' });
    await expect(connectLive(server.url, forged)).rejects.toThrow('UNAUTHENTICATED');
    const expired = jwt.sign({ sub: 'x', sid: 'y', role: 'ADMIN', exp: Math.floor(Date.now() / 1000) - 5 }, TEST_JWT_SECRET, { algorithm: 'HS256' });
    await expect(connectLive(server.url, expired)).rejects.toThrow('UNAUTHENTICATED');

    const { socket } = await connectLive(server.url);
    const missing = await socket.emitWithAck('subscribe', { subjectType: SubjectType.COMMITMENT, subjectId: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // A commitment's id is not a meeting's.
    const wrongKind = await socket.emitWithAck('subscribe', { subjectType: SubjectType.MEETING, subjectId });
    expect(wrongKind).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const malformed = await socket.emitWithAck('subscribe', { subjectType: 'NONSENSE', subjectId: 'x' } as never);
    expect(malformed).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    socket.disconnect();
  });

  it('lets only signed-in members send typing indicators, to the others in the room', async () => {
    const visitor = await connectLive(server.url);
    await visitor.socket.emitWithAck('subscribe', commitment());
    expect(await visitor.socket.emitWithAck('typing', commitment())).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });

    const { token } = await client.login('cso@example.org');
    const member = await connectLive(server.url, token);
    await member.socket.emitWithAck('subscribe', commitment());
    const typing = new Promise((resolve) => visitor.socket.once('typing', resolve));
    expect(await member.socket.emitWithAck('typing', commitment())).toEqual({ ok: true, data: null });
    expect(await typing).toMatchObject({ user: { displayName: 'Open Net member' } });
    visitor.socket.disconnect();
    member.socket.disconnect();
  });

  it('tells everyone in the room who is viewing', async () => {
    const { token } = await client.login('mois@example.org');
    const member = await connectLive(server.url, token);
    const presence = new Promise<any>((resolve) => member.socket.on('presence', (event) => event.viewers.length && resolve(event)));
    await member.socket.emitWithAck('subscribe', commitment());
    expect((await presence).viewers).toEqual([expect.objectContaining({ displayName: 'MOIS contact' })]);
    member.socket.disconnect();
  });

  it('warns a connection when its token runs out and keeps it when a fresh token is handed over', async () => {
    const { token } = await client.login('cso@example.org');
    const claims = jwt.decode(token) as jwt.JwtPayload;
    const shortLived = jwt.sign({ sub: claims.sub, sid: claims.sid, role: claims.role, exp: Math.floor(Date.now() / 1000) + 2 }, TEST_JWT_SECRET, { algorithm: 'HS256' });
    const live = await connectLive(server.url, shortLived);
    await new Promise<void>((resolve) => live.socket.once('auth:expired', () => resolve()));
    const fresh = (await client.login('cso@example.org')).token;
    expect(await live.socket.emitWithAck('authenticate', { token: fresh })).toEqual({ ok: true, data: null });
    // Another member's token cannot take over the connection.
    const other = (await client.login('cso2@example.org')).token;
    expect(await live.socket.emitWithAck('authenticate', { token: other })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(live.socket.connected).toBe(true);
    live.socket.disconnect();
  });

  it('answers malformed requests with BAD_USER_INPUT naming the field, never INTERNAL, and logs a line without a stack', async () => {
    const logged = jest.spyOn(Logger.prototype, 'log');
    const failed = jest.spyOn(Logger.prototype, 'error');
    const { socket } = await connectLive(server.url);
    const cases: [unknown, string][] = [
      [{ ...commitment(), afterSeq: 1e300 }, 'afterSeq'],
      [{ ...commitment(), afterSeq: 2 ** 53 }, 'afterSeq'],
      [{ ...commitment(), afterSeq: 2 ** 31 }, 'afterSeq'],
      [{ ...commitment(), afterSeq: -1 }, 'afterSeq'],
      [{ ...commitment(), afterSeq: 1.5 }, 'afterSeq'],
      [{ ...commitment(), afterSeq: 'NaN' }, 'afterSeq'],
      [{ ...commitment(), afterSeq: '12' }, 'afterSeq'],
      [{ ...commitment(), subjectId: 'not-a-uuid' }, 'subjectId'],
      [{ ...commitment(), subjectId: `${subjectId}\u0000` }, 'subjectId'],
      [{ ...commitment(), subjectId: 42 }, 'subjectId'],
      [{ ...commitment(), subjectType: 'NONSENSE' }, 'subjectType'],
      [{ ...commitment(), subjectType: 'COMMITMENT\n' }, 'subjectType'],
      [null, 'object'],
      ['COMMITMENT', 'object'],
      [[commitment()], 'object'],
    ];
    for (const [request, field] of cases) {
      const ack = await socket.emitWithAck('subscribe', request as never);
      expect({ request, ack }).toEqual({ request, ack: { ok: false, code: 'BAD_USER_INPUT', message: expect.stringContaining(field) } });
    }
    expect(await socket.emitWithAck('unsubscribe', { subjectType: 'COMMITMENT', subjectId: '../etc' } as never)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(await socket.emitWithAck('typing', { subjectType: 'X\u0007' } as never)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await socket.emitWithAck('authenticate', { token: 42 } as never)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', message: expect.stringContaining('token') });
    // A token with control characters is simply not a valid token.
    expect(await socket.emitWithAck('authenticate', { token: 'a.b\u0000.c' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    // An id in capitals is still the id: the socket joins the room the events go to.
    expect(await socket.emitWithAck('subscribe', { ...commitment(), subjectId: subjectId.toUpperCase() })).toMatchObject({ ok: true });

    expect(failed).not.toHaveBeenCalled();
    const lines = logged.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('refused'));
    expect(lines.length).toBeGreaterThanOrEqual(cases.length);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    logged.mockRestore();
    failed.mockRestore();
    socket.disconnect();
  });
});

describe('comments', () => {
  it('stores a retried post once: the same idempotency key gives back the same comment', async () => {
    const { token } = await client.login('citizen@example.org');
    const input = { subjectType: 'COMMITMENT', subjectId, body: 'Is the 2018 list of universities published?', idempotencyKey: 'retry-key-0001' };
    const [one, two] = await Promise.all([client.call(POST, { input }, { token }), client.call(POST, { input }, { token })]);
    expect(one.body.data.postComment.id).toBe(two.body.data.postComment.id);
    const count = await server.dataSource.query(`SELECT count(*)::int AS n FROM comments WHERE idempotency_key = 'retry-key-0001'`);
    expect(count[0].n).toBe(1);
  });

  it('refuses an empty or oversize body with BAD_USER_INPUT and stores nothing', async () => {
    const { token } = await client.login('citizen@example.org');
    const before = (await server.dataSource.query('SELECT count(*)::int AS n FROM comments'))[0].n;
    for (const body of ['   ', 'x'.repeat(10_001)]) {
      const answer = await client.call(POST, { input: { subjectType: 'COMMITMENT', subjectId, body } }, { token });
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    }
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM comments'))[0].n).toBe(before);
  });

  it('keeps replies one level deep, edits with visible history by the author only, and hides with a reason', async () => {
    const author = await client.login('cso@example.org');
    const other = await client.login('cso2@example.org');
    const admin = await client.login('admin@example.org');
    const top = (await client.call(POST, { input: { subjectType: 'COMMITMENT', subjectId, body: 'First' } }, { token: author.token })).body.data.postComment;
    const reply = (await client.call(POST, { input: { subjectType: 'COMMITMENT', subjectId, body: 'Reply', parentId: top.id } }, { token: other.token })).body.data.postComment;
    const deeper = await client.call(POST, { input: { subjectType: 'COMMITMENT', subjectId, body: 'Too deep', parentId: reply.id } }, { token: author.token });
    expect(deeper.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });

    const EDIT = 'mutation($input: EditCommentInput!) { editComment(input: $input) { body editedAt history { body } } }';
    expect(errorCode(await client.call(EDIT, { input: { id: top.id, body: 'Not mine' } }, { token: other.token }))).toBe('FORBIDDEN');
    const edited = await client.call(EDIT, { input: { id: top.id, body: 'First, corrected' } }, { token: author.token });
    expect(edited.body.data.editComment).toMatchObject({ body: 'First, corrected', history: [{ body: 'First' }] });
    const anyone = await client.call('query($id: ID!) { comment(id: $id) { body history { body replacedAt } } }', { id: top.id });
    expect(anyone.body.data.comment).toMatchObject({ body: 'First, corrected', history: [{ body: 'First' }] });

    const HIDE = 'mutation($input: HideCommentInput!) { hideComment(input: $input) { body hidden hiddenReason } }';
    expect(errorCode(await client.call(HIDE, { input: { id: top.id, reason: 'Personal data' } }, { token: author.token }))).toBe('FORBIDDEN');
    const hidden = await client.call(HIDE, { input: { id: top.id, reason: 'Personal data' } }, { token: admin.token });
    expect(hidden.body.data.hideComment).toEqual({ body: null, hidden: true, hiddenReason: 'Personal data' });

    const viewer = await connectLive(server.url);
    await viewer.socket.emitWithAck('subscribe', commitment());
    await eventually(() => viewer.received.some((event) => event.id === top.id && event.type === 'comment:hidden'));
    // Every replayed copy of the hidden comment, even its creation, carries no text.
    expect(viewer.received.filter((event) => event.id === top.id).every((event) => event.comment!.body === null)).toBe(true);
    viewer.socket.disconnect();
  });

  it('notifies a mentioned member live, and counts it unread until read', async () => {
    const mentioned = await client.login('opgc@example.org');
    const me = (await client.call('{ me { id } }', {}, { token: mentioned.token })).body.data.me.id;
    const live = await connectLive(server.url, mentioned.token);
    const notified = new Promise<{ unreadCount: number }>((resolve) => live.socket.once('notification', resolve));

    const author = await client.login('cso@example.org');
    await client.call(POST, { input: { subjectType: 'COMMITMENT', subjectId, body: `What do you think, @[OPGC contact](${me})?` } }, { token: author.token });
    expect((await notified).unreadCount).toBe(1);
    const list = await client.call('{ notifications { edges { node { kind excerpt readAt } } } }', {}, { token: mentioned.token });
    expect(list.body.data.notifications.edges[0].node).toMatchObject({ kind: 'MENTION', excerpt: 'What do you think, @OPGC contact?', readAt: null });
    expect((await client.call('mutation { markNotificationsRead }', {}, { token: mentioned.token })).body.data.markNotificationsRead).toBe(0);
    live.socket.disconnect();
  });
});

describe('progress updates', () => {
  const UPDATE = 'mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id completion milestoneChanges { milestoneId title from to } } }';

  it('lets the leading ministry report, changes milestones and completion, audits it, and notifies followers live', async () => {
    const follower = await client.login('cso2@example.org');
    await client.call('mutation($id: ID!) { follow(subjectType: COMMITMENT, subjectId: $id) }', { id: subjectId }, { token: follower.token });
    const live = await connectLive(server.url, follower.token);
    await live.socket.emitWithAck('subscribe', commitment());
    const notified = new Promise<{ unreadCount: number }>((resolve) => live.socket.once('notification', resolve));

    const milestones = (await client.call('query($id: ID!) { commitment(id: $id) { milestones { id completion } } }', { id: subjectId })).body.data.commitment.milestones;
    const ministry = await client.login('mois@example.org');
    const posted = await client.call(
      UPDATE,
      { input: { commitmentId: subjectId, body: 'Six universities remain; we wrote to each.', completion: 'SUBSTANTIAL', evidenceLinks: ['https://www.open.go.kr'], milestones: [{ milestoneId: milestones[0].id, completion: 'SUBSTANTIAL' }] } },
      { token: ministry.token },
    );
    expect(posted.body.errors).toBeUndefined();
    expect(posted.body.data.postProgressUpdate.milestoneChanges).toEqual([expect.objectContaining({ from: 'COMPLETED', to: 'SUBSTANTIAL' })]);
    await eventually(() => live.received.some((event) => event.type === 'update:posted' && event.id === posted.body.data.postProgressUpdate.id));
    expect((await notified).unreadCount).toBeGreaterThanOrEqual(1);

    const after = (await client.call('query($id: ID!) { commitment(id: $id) { completion progressUpdates { completion } } }', { id: subjectId })).body.data.commitment;
    expect(after.completion).toBe('SUBSTANTIAL');
    expect(after.progressUpdates.map((u: any) => u.completion)).toEqual(['SUBSTANTIAL', 'COMPLETED']);
    const admin = await client.login('admin@example.org');
    const audit = await client.call('query($id: ID!) { auditEvents(entityId: $id) { edges { node { action before after } } } }', { id: subjectId }, { token: admin.token });
    expect(audit.body.data.auditEvents.edges[0].node).toMatchObject({ action: 'commitment.progress_reported', before: { completion: 'COMPLETED' }, after: { completion: 'SUBSTANTIAL' } });
    live.socket.disconnect();
  });

  it('refuses another ministry and changes nothing', async () => {
    const other = await client.login('acrc@example.org');
    const answer = await client.call(UPDATE, { input: { commitmentId: subjectId, body: 'Not ours', completion: 'LIMITED' } }, { token: other.token });
    expect(errorCode(answer)).toBe('FORBIDDEN');
    expect((await client.call('query($id: ID!) { commitment(id: $id) { completion } }', { id: subjectId })).body.data.commitment.completion).toBe('SUBSTANTIAL');
  });
});
