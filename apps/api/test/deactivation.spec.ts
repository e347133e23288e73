import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive, eventually } from './live-process.js';

/**
 * Members who leave: the secretariat deactivates them; their sessions, refresh tokens and open live connections end at
 * once, sign-in is refused with a typed reason, their name stays on what they wrote; reactivation lets them back in.
 */

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  admin = (await client.login('admin@example.org')).token;
});
afterAll(() => server.stop());

const DEACTIVATE = 'mutation($id: ID!) { deactivateMember(id: $id) { id displayName status } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateMember(id: $id) { id status } }';
const REFRESH = 'mutation { refreshSession { accessToken } }';

async function commitmentId(code: string): Promise<string> {
  const { body } = await client.call('{ actionPlans { themes { commitments { id code } } } }');
  return body.data.actionPlans.flatMap((plan: any) => plan.themes).flatMap((theme: any) => theme.commitments).find((c: any) => c.code === code).id;
}

it('ends open sockets, sessions and refresh tokens at once, refuses sign-in, and keeps the name on what they wrote', async () => {
  const signedIn = await client.login('cso2@example.org');
  const otherDevice = await client.login('cso2@example.org');
  const memberId = signedIn.body.data.login.user.id;
  const subjectId = await commitmentId('1-a');
  const posted = await client.call(
    'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
    { input: { subjectType: 'COMMITMENT', subjectId, body: 'Written before leaving the forum' } },
    { token: signedIn.token },
  );
  expect(posted.body.errors).toBeUndefined();

  const live = await connectLive(server.url, signedIn.token);
  const otherLive = await connectLive(server.url, otherDevice.token);
  expect(await live.socket.emitWithAck('subscribe', { subjectType: 'COMMITMENT', subjectId } as any)).toMatchObject({ ok: true });
  expect(live.socket.connected && otherLive.socket.connected).toBe(true);

  const deactivated = await client.call(DEACTIVATE, { id: memberId }, { token: admin });
  expect(deactivated.body.errors).toBeUndefined();
  expect(deactivated.body.data.deactivateMember.status).toBe('DEACTIVATED');

  // The server closes both connections itself (reconnection is off in the test client).
  await eventually(() => !live.socket.connected && !otherLive.socket.connected, 3000);
  expect(errorCode(await client.call(REFRESH, {}, { cookie: signedIn.cookie }))).toBe('UNAUTHENTICATED');
  expect(errorCode(await client.call(REFRESH, {}, { cookie: otherDevice.cookie }))).toBe('UNAUTHENTICATED');
  expect(errorCode(await client.call('{ me { id } }', {}, { token: signedIn.token }))).toBe('UNAUTHENTICATED');
  await expect(connectLive(server.url, signedIn.token)).rejects.toThrow('UNAUTHENTICATED');

  const refused = await client.login('cso2@example.org');
  expect(refused.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DEACTIVATED' });
  // A wrong password learns nothing about the account.
  expect((await client.login('cso2@example.org', 'not-the-password-1')).body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

  const thread = await client.call(
    'query($id: ID!) { comments(subjectType: COMMITMENT, subjectId: $id) { edges { node { id author { displayName } } } } }',
    { id: subjectId },
  );
  const comment = thread.body.data.comments.edges.find((edge: any) => edge.node.id === posted.body.data.postComment.id);
  expect(comment.node.author.displayName).toBe(deactivated.body.data.deactivateMember.displayName);

  const audit = await client.call('query($id: ID!) { auditEvents(entityId: $id) { edges { node { action } } } }', { id: memberId }, { token: admin });
  expect(audit.body.data.auditEvents.edges.map((edge: any) => edge.node.action)).toContain('member.deactivated');

  expect(errorCode(await client.call(DEACTIVATE, { id: memberId }, { token: admin }))).toBe('CONFLICT');
  const back = await client.call(REACTIVATE, { id: memberId }, { token: admin });
  expect(back.body.data.reactivateMember.status).toBe('ACTIVE');
  expect((await client.login('cso2@example.org')).token).toBeTruthy();
  const auditAfter = await client.call('query($id: ID!) { auditEvents(entityId: $id) { edges { node { action } } } }', { id: memberId }, { token: admin });
  expect(auditAfter.body.data.auditEvents.edges.map((edge: any) => edge.node.action)).toContain('member.reactivated');
});

it('refuses to deactivate yourself, an unknown member, or to reactivate an active one', async () => {
  const me = await client.call('{ me { id } }', {}, { token: admin });
  expect((await client.call(DEACTIVATE, { id: me.body.data.me.id }, { token: admin })).body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  expect(errorCode(await client.call(DEACTIVATE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin }))).toBe('NOT_FOUND');
  expect(errorCode(await client.call(REACTIVATE, { id: me.body.data.me.id }, { token: admin }))).toBe('CONFLICT');
  // The admin's own session is untouched.
  expect((await client.call('{ me { id } }', {}, { token: admin })).body.data.me.id).toBe(me.body.data.me.id);
});
