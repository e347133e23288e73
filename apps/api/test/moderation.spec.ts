import { SubjectType } from '@ogp-forum/domain';
import type { RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive, eventually } from './live-process.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let subjectId: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  subjectId = (await server.dataSource.query(`SELECT id FROM commitments WHERE code = '2-a'`))[0].id;
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const SECRET = 'Call 010-1234-5678, the home number of';

describe('a comment hidden by a moderator', () => {
  it('leaves no text of it anywhere a reader reaches: mentions, thread, history, live replay', async () => {
    const [author, opgc, acrc, admin] = await Promise.all(['cso@example.org', 'opgc@example.org', 'acrc@example.org', 'admin@example.org'].map((email) => client.login(email)));
    const idOf = async (token: string) => (await ok('{ me { id } }', {}, token)).me.id as string;
    const [opgcId, acrcId] = await Promise.all([idOf(opgc.token), idOf(acrc.token)]);

    // A mention when posted, another added by an edit: two notifications quoting the comment.
    const posted = await ok(
      'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
      { input: { subjectType: 'COMMITMENT', subjectId, body: `${SECRET} @[OPGC contact](${opgcId}).` } },
      author.token,
    );
    const id = posted.postComment.id;
    await ok('mutation($input: EditCommentInput!) { editComment(input: $input) { id } }', { input: { id, body: `${SECRET} @[OPGC contact](${opgcId}) and @[ACRC contact](${acrcId}).` } }, author.token);
    const EXCERPTS = '{ notifications { edges { node { kind subjectId excerpt } } } }';
    expect((await ok(EXCERPTS, {}, acrc.token)).notifications.edges[0].node.excerpt).toContain('010-1234-5678');

    await ok('mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }', { input: { id, reason: 'Personal data' } }, admin.token);

    // The mentioned members still learn that they were mentioned, and where, but not what was said.
    for (const reader of [opgc, acrc]) {
      const mentions = (await ok(EXCERPTS, {}, reader.token)).notifications.edges.map((edge: { node: unknown }) => edge.node);
      expect(mentions).toContainEqual({ kind: 'MENTION', subjectId, excerpt: '' });
      expect(JSON.stringify(mentions)).not.toContain('010-1234-5678');
    }
    const thread = await ok(
      'query($subjectId: ID!, $id: ID!) { comments(subjectType: COMMITMENT, subjectId: $subjectId) { edges { node { id body } } } comment(id: $id) { body hidden hiddenReason history { body } } }',
      { subjectId, id },
      opgc.token,
    );
    expect(thread.comment).toEqual({ body: null, hidden: true, hiddenReason: 'Personal data', history: [] });
    expect(JSON.stringify(thread.comments)).not.toContain('010-1234-5678');

    const viewer = await connectLive(server.url, opgc.token);
    await viewer.socket.emitWithAck('subscribe', { subjectType: SubjectType.COMMITMENT, subjectId });
    await eventually(() => viewer.received.some((event) => event.id === id && event.type === 'comment:hidden'));
    expect(JSON.stringify(viewer.received)).not.toContain('010-1234-5678');
    viewer.socket.disconnect();

    // The audit log, which the secretariat reads, does not quote comments either.
    expect(JSON.stringify(await ok('{ auditEvents(first: 100) { edges { node { before after } } } }', {}, admin.token))).not.toContain('010-1234-5678');
  });
});
