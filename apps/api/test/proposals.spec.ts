import { SubjectType } from '@ogp-forum/domain';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive } from './live-process.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let nextPlan: string;
let closedPlan: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  const [{ id }] = await server.dataSource.query(
    `INSERT INTO action_plans (number, title, period_start, period_end, status) VALUES (4, '4th National Action Plan', '2018-09-01', '2020-08-31', 'CO_CREATION') RETURNING id`,
  );
  nextPlan = id;
  closedPlan = (await server.dataSource.query(`SELECT id FROM action_plans WHERE number = 3`))[0].id;
});
afterAll(() => server.stop());

const CREATE = 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id status organization { key } } }';
const READ = 'query($id: ID!) { proposal(id: $id) { id title status } }';
const draftInput = (planId: string) => ({
  planId,
  title: 'Open the budget of every ODA project',
  problem: 'Citizens cannot see what each aid project costs.',
  proposedAction: 'Publish the budget lines of all ODA projects in IATI format.',
  expectedResults: 'All ODA projects have published budgets by the end of 2019.',
  ogpValues: ['ACCESS_TO_INFORMATION'],
});

describe('proposal drafts and their threads', () => {
  it('keeps a draft and its live room to the author\'s organisation until it is submitted', async () => {
    const author = await client.login('cso@example.org');
    const outsider = await client.login('cso2@example.org');
    const created = await client.call(CREATE, { input: draftInput(nextPlan) }, { token: author.token });
    expect(created.body.data.createProposal).toMatchObject({ status: 'DRAFT', organization: { key: 'open-net' } });
    const id = created.body.data.createProposal.id;
    const subject = { subjectType: SubjectType.PROPOSAL, subjectId: id };

    expect((await client.call(READ, { id }, { token: author.token })).body.data.proposal.status).toBe('DRAFT');
    expect(errorCode(await client.call(READ, { id }, { token: outsider.token }))).toBe('NOT_FOUND');
    expect(errorCode(await client.call(READ, { id }))).toBe('NOT_FOUND');

    // The outsider cannot join the draft's room, read its thread or comment on it.
    const outsiderLive = await connectLive(server.url, outsider.token);
    expect(await outsiderLive.socket.emitWithAck('subscribe', subject)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const visitorLive = await connectLive(server.url);
    expect(await visitorLive.socket.emitWithAck('subscribe', subject)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const COMMENT = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
    expect(errorCode(await client.call(COMMENT, { input: { ...subject, body: 'Let me in' } }, { token: outsider.token }))).toBe('NOT_FOUND');
    expect(errorCode(await client.call(`{ comments(subjectType: PROPOSAL, subjectId: "${id}") { totalCount } }`, {}, { token: outsider.token }))).toBe('NOT_FOUND');

    // The author's organisation works on it live.
    const authorLive = await connectLive(server.url, author.token);
    expect(await authorLive.socket.emitWithAck('subscribe', subject)).toMatchObject({ ok: true });
    expect((await client.call(COMMENT, { input: { ...subject, body: 'First draft, comments welcome' } }, { token: author.token })).body.errors).toBeUndefined();

    // Submitted, it is public, and so is its thread from the first comment on.
    const submitted = await client.call('mutation($id: ID!) { submitProposal(id: $id) { status } }', { id }, { token: author.token });
    expect(submitted.body.data.submitProposal.status).toBe('SUBMITTED');
    expect((await client.call(READ, { id })).body.data.proposal.status).toBe('SUBMITTED');
    const replay = await outsiderLive.socket.emitWithAck('subscribe', subject);
    expect(replay).toEqual({ ok: true, data: { replayed: 1, lastSeq: 1, more: false } });
    expect(outsiderLive.received.map((event) => event.comment?.body)).toEqual(['First draft, comments welcome']);

    for (const live of [outsiderLive, visitorLive, authorLive]) live.socket.disconnect();
  });

  it('takes proposals only for a plan in co-creation, and only the author submits', async () => {
    const author = await client.login('cso@example.org');
    expect(errorCode(await client.call(CREATE, { input: draftInput(closedPlan) }, { token: author.token }))).toBe('CONFLICT');
    const created = await client.call(CREATE, { input: draftInput(nextPlan) }, { token: author.token });
    const admin = await client.login('admin@example.org');
    expect(errorCode(await client.call('mutation($id: ID!) { submitProposal(id: $id) { status } }', { id: created.body.data.createProposal.id }, { token: admin.token }))).toBe('NOT_FOUND');
  });
});
