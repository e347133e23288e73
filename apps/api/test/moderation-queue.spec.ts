import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

/**
 * The moderation queue: members flag comments with a reason (once each), the secretariat sees every flagged comment in
 * one place, a page at a time, and hides it (the author is told why) or dismisses the flags.
 */

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let subjectId: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  subjectId = (await server.dataSource.query(`SELECT id FROM commitments WHERE code = '3-a'`))[0].id;
  for (const email of ['admin@example.org', 'cso@example.org', 'cso2@example.org', 'citizen@example.org', 'acrc@example.org']) {
    tokens[email.split('@')[0]] = (await client.login(email)).token;
  }
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
const FLAG = 'mutation($input: FlagCommentInput!) { flagComment(input: $input) { id reason outcome } }';
const QUEUE = 'query($after: String, $first: Int) { flaggedComments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { url subjectTitle comment { id body author { displayName } } firstFlaggedAt flags { reason flaggedBy { displayName } } } } } }';
const HIDE = 'mutation($input: HideCommentInput!) { hideComment(input: $input) { id hidden } }';
const DISMISS = 'mutation($id: ID!) { dismissCommentFlags(commentId: $id) }';

const post = async (body: string, token = tokens.cso) => (await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId, body } }, token)).postComment.id as string;
const queueIds = async () => (await ok(QUEUE, {}, tokens.admin)).flaggedComments.edges.map((edge: any) => edge.node.comment.id);

it('starts empty', async () => {
  expect((await ok(QUEUE, {}, tokens.admin)).flaggedComments).toMatchObject({ totalCount: 0, edges: [] });
});

it('puts a flagged comment in the queue with every reason; hiding it there tells the author why and empties the queue', async () => {
  const id = await post('Everyone should look at this irrelevant advert for shoes.');
  expect((await ok(FLAG, { input: { id, reason: 'Advertising' } }, tokens.citizen)).flagComment).toMatchObject({ reason: 'Advertising', outcome: null });
  await ok(FLAG, { input: { id, reason: '  Spam, off topic  ' } }, tokens.acrc);

  const queue = (await ok(QUEUE, {}, tokens.admin)).flaggedComments;
  expect(queue.totalCount).toBe(1);
  expect(queue.edges[0].node.comment.body).toContain('advert for shoes');
  expect(queue.edges[0].node.flags.map((flag: any) => flag.reason)).toEqual(['Advertising', 'Spam, off topic']);
  expect(queue.edges[0].node.flags[0].flaggedBy.displayName).toBeTruthy();
  expect(queue.edges[0].node.url).toBe(`/commitments/${subjectId}#comment-${id}`);
  expect(queue.edges[0].node.subjectTitle).toMatch(/^3-a /);

  await ok(HIDE, { input: { id, reason: 'Advertising is not allowed here' } }, tokens.admin);
  expect(await queueIds()).toEqual([]);
  const [{ outcomes }] = await server.dataSource.query(`SELECT array_agg(outcome::text) AS outcomes FROM comment_flags WHERE comment_id = $1`, [id]);
  expect(outcomes).toEqual(['HIDDEN', 'HIDDEN']);

  const notifications = await ok('{ notifications { edges { node { kind excerpt commentId url } } } unreadNotificationCount }', {}, tokens.cso);
  const hidden = notifications.notifications.edges.map((edge: any) => edge.node).find((node: any) => node.kind === 'COMMENT_HIDDEN');
  expect(hidden).toMatchObject({ excerpt: 'Advertising is not allowed here', commentId: id, url: `/commitments/${subjectId}#comment-${id}` });
  expect(notifications.unreadNotificationCount).toBeGreaterThan(0);
  // Nobody else is told.
  const others = await ok('{ notifications { edges { node { kind } } } }', {}, tokens.citizen);
  expect(others.notifications.edges.map((edge: any) => edge.node.kind)).not.toContain('COMMENT_HIDDEN');

  // A hidden comment cannot be flagged any more.
  expect(errorCode(await client.call(FLAG, { input: { id, reason: 'Still spam' } }, { token: tokens.cso2 }))).toBe('CONFLICT');
});

it('refuses a second flag by the same member, one on your own comment, a bad reason and an unknown comment, writing nothing', async () => {
  const id = await post('A heated but fair remark.');
  await ok(FLAG, { input: { id, reason: 'Rude' } }, tokens.citizen);
  expect(errorCode(await client.call(FLAG, { input: { id, reason: 'Rude again' } }, { token: tokens.citizen }))).toBe('CONFLICT');
  expect((await client.call(FLAG, { input: { id, reason: 'Mine' } }, { token: tokens.cso })).body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  expect(errorCode(await client.call(FLAG, { input: { id, reason: '' } }, { token: tokens.acrc }))).toBe('BAD_USER_INPUT');
  expect(errorCode(await client.call(FLAG, { input: { id: '00000000-0000-4000-8000-000000000000', reason: 'Spam' } }, { token: tokens.acrc }))).toBe('NOT_FOUND');
  expect(errorCode(await client.call(FLAG, { input: { id, reason: 'Spam' } }))).toBe('UNAUTHENTICATED');
  const [{ count }] = await server.dataSource.query(`SELECT count(*)::int AS count FROM comment_flags WHERE comment_id = $1`, [id]);
  expect(count).toBe(1);

  // Dismissed: the comment stays as it is and leaves the queue; the same member cannot flag it again.
  expect(await queueIds()).toContain(id);
  expect((await ok(DISMISS, { id }, tokens.admin)).dismissCommentFlags).toBe(1);
  expect(await queueIds()).not.toContain(id);
  expect((await ok('query($id: ID!) { comment(id: $id) { hidden body } }', { id })).comment).toEqual({ hidden: false, body: 'A heated but fair remark.' });
  expect(errorCode(await client.call(DISMISS, { id }, { token: tokens.admin }))).toBe('CONFLICT');
  expect(errorCode(await client.call(DISMISS, { id: '00000000-0000-4000-8000-000000000000' }, { token: tokens.admin }))).toBe('NOT_FOUND');
  expect(errorCode(await client.call(FLAG, { input: { id, reason: 'Rude' } }, { token: tokens.citizen }))).toBe('CONFLICT');
  // Someone else may still flag it, and it comes back.
  await ok(FLAG, { input: { id, reason: 'Insulting' } }, tokens.acrc);
  expect(await queueIds()).toContain(id);
  await ok(DISMISS, { id }, tokens.admin);
});

it('pages the queue, the longest waiting first, without repeating or skipping a comment', async () => {
  const ids: string[] = [];
  for (let n = 1; n <= 5; n += 1) {
    const id = await post(`Queue paging ${n}`);
    await ok(FLAG, { input: { id, reason: `Reason ${n}` } }, tokens.citizen);
    ids.push(id);
  }
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await ok(QUEUE, { first: 2, after }, tokens.admin)).flaggedComments;
    expect(page.totalCount).toBe(5);
    expect(page.edges.length).toBeLessThanOrEqual(2);
    seen.push(...page.edges.map((edge: any) => edge.node.comment.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(ids);
  expect(errorCode(await client.call(QUEUE, { after: 'bm90LWEtY3Vyc29y' }, { token: tokens.admin }))).toBe('BAD_USER_INPUT');
  expect(errorCode(await client.call(QUEUE, { first: 0 }, { token: tokens.admin }))).toBe('BAD_USER_INPUT');
});
