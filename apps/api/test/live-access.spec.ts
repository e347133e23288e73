import { SubjectType, type SubjectRef } from '@ogp-forum/domain';
import jwt from 'jsonwebtoken';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive, eventually, type LiveClient } from './live-process.js';

/**
 * Rights end on open connections as soon as they end over GraphQL: a session that ends closes its connections, and a
 * member whose role or organisation changes leaves the rooms the new rights refuse. Each test proves that a comment
 * posted afterwards reaches a control connection in the same room but not the one that lost its rights.
 */

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let groupId: string;
let planId: string;
let commitmentId: string;

type Live = Awaited<ReturnType<typeof connectLive>>;

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  admin = (await client.login('admin@example.org')).token;
  const plan = await ok(
    'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
    { input: { number: 4, title: '4th National Action Plan (2018–2020)', periodStart: '2018-09-01', periodEnd: '2020-08-31' } },
    admin,
  );
  planId = plan.createActionPlan.id;
  groupId = (await ok('mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id } }', { input: { planId, name: 'Beneficial ownership' } }, admin))
    .createWorkingGroup.id;
  commitmentId = (await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`))[0].id;
});
afterAll(() => server.stop());

const group = (): SubjectRef => ({ subjectType: SubjectType.WORKING_GROUP, subjectId: groupId });
const commitment = (): SubjectRef => ({ subjectType: SubjectType.COMMITMENT, subjectId: commitmentId });
const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
const UPDATE_MEMBER = 'mutation($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }';

async function subscribed(token: string | undefined, ...subjects: SubjectRef[]): Promise<Live> {
  const live = await connectLive(server.url, token);
  for (const subject of subjects) expect(await live.socket.emitWithAck('subscribe', subject)).toMatchObject({ ok: true });
  return live;
}

/** Posts a comment and returns its id once `listener` has it. */
async function postHeardBy(subject: SubjectRef, token: string, listener: Live, body = 'Our next step on beneficial ownership'): Promise<string> {
  const id = (await ok(POST, { input: { ...subject, body } }, token)).postComment.id;
  await eventually(() => listener.received.some((event) => event.id === id));
  return id;
}

/** An acknowledged message on the same connection: whatever the server sent it before has arrived. */
const roundTrip = (socket: LiveClient) => socket.emitWithAck('unsubscribe', { subjectType: SubjectType.MEETING, subjectId: '00000000-0000-4000-8000-000000000000' });

const heard = (live: Live, id: string) => live.received.some((event) => event.id === id);
const sessionOf = (token: string) => (jwt.decode(token) as jwt.JwtPayload).sid as string;

describe('a session that ends closes its live connections', () => {
  it('on logout', async () => {
    const member = await client.login('cso@example.org');
    const live = await subscribed(member.token, group());
    const control = await subscribed(admin, group());
    expect(heard(live, await postHeardBy(group(), admin, live))).toBe(true);

    expect((await client.call('mutation { logout }', {}, { cookie: member.cookie })).body.data.logout).toBe(true);

    const after = await postHeardBy(group(), admin, control);
    expect(heard(live, after)).toBe(false);
    await eventually(() => !live.socket.connected);
    control.socket.disconnect();
  });

  it('when an admin revokes it from another of their sessions', async () => {
    const revoked = await client.login('admin@example.org');
    const other = await client.login('admin@example.org');
    const live = await subscribed(revoked.token, group());
    const control = await subscribed(other.token, group());

    const answer = await client.call('mutation($id: ID!) { revokeSession(id: $id) }', { id: sessionOf(revoked.token) }, { token: other.token });
    expect(answer.body.data.revokeSession).toBe(true);

    const after = await postHeardBy(group(), other.token, control);
    expect(heard(live, after)).toBe(false);
    await eventually(() => !live.socket.connected);
    control.socket.disconnect();
  });

  it('when its refresh token is used twice', async () => {
    const member = await client.login('opgc@example.org');
    const live = await subscribed(member.token, group());
    const control = await subscribed(admin, group());
    const REFRESH = 'mutation { refreshSession { accessToken } }';
    expect((await client.call(REFRESH, {}, { cookie: member.cookie })).body.errors).toBeUndefined();
    // Past the reuse window that forgives two tabs refreshing together, a used token presented again is taken for theft.
    await server.dataSource.query(`UPDATE refresh_tokens SET used_at = used_at - interval '31 seconds' WHERE id = $1`, [member.cookie!.split('=')[1].split('.')[0]]);
    expect(errorCode(await client.call(REFRESH, {}, { cookie: member.cookie }))).toBe('UNAUTHENTICATED');

    const after = await postHeardBy(group(), admin, control);
    expect(heard(live, after)).toBe(false);
    await eventually(() => !live.socket.connected);
    control.socket.disconnect();
  });

  it('when the password changes, for every other session of the member; the one that changed it goes on', async () => {
    const elsewhere = await client.login('mois@example.org');
    const here = await client.login('mois@example.org');
    const live = await subscribed(elsewhere.token, group());
    const control = await subscribed(here.token, group());

    await ok(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: 'demo-password-1', newPassword: 'a-much-longer-new-passphrase' } },
      here.token,
    );

    const after = await postHeardBy(group(), admin, control);
    expect(heard(live, after)).toBe(false);
    await eventually(() => !live.socket.connected);
    expect(control.socket.connected).toBe(true);
    control.socket.disconnect();
  });
});

describe('a member whose rights change leaves the rooms the new rights refuse, and only those', () => {
  it('demoted to CITIZEN: out of the working group, still on the public commitment', async () => {
    const member = await client.login('acrc@example.org');
    const live = await subscribed(member.token, group(), commitment());
    const unsubscribed: SubjectRef[] = [];
    live.socket.on('unsubscribed', (subject) => unsubscribed.push(subject));
    const control = await subscribed(admin, group());

    await ok(UPDATE_MEMBER, { id: member.body.data.login.user.id, input: { role: 'CITIZEN' } }, admin);
    // GraphQL refuses the room at once: the working group's members are no longer shown to them.
    expect((await ok('query($id: ID!) { workingGroup(id: $id) { members { id } } }', { id: groupId }, member.token)).workingGroup.members).toBeNull();
    await eventually(() => unsubscribed.length > 0);
    expect(unsubscribed).toEqual([group()]);

    const after = await postHeardBy(group(), admin, control);
    await roundTrip(live.socket);
    expect(heard(live, after)).toBe(false);
    // The connection now speaks for a citizen: the room stays closed, public threads go on.
    expect(await live.socket.emitWithAck('subscribe', group())).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // Nor can it page through the group's thread, as it could while subscribed.
    expect(await live.socket.emitWithAck('replay', { ...group(), afterSeq: 0 })).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(heard(live, await postHeardBy(commitment(), admin, live, 'Public news'))).toBe(true);
    expect(live.socket.connected).toBe(true);
    live.socket.disconnect();
    control.socket.disconnect();
  });

  it("moved to another organisation: out of the former organisation's draft proposal", async () => {
    const [openNet, cfits] = await Promise.all(
      ['open-net', 'cfits'].map(async (key) => (await server.dataSource.query('SELECT id FROM organizations WHERE key = $1', [key]))[0].id as string),
    );
    const author = await client.login('cso@example.org');
    const draft = (
      await ok(
        'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id status } }',
        {
          input: {
            planId,
            title: 'A register of beneficial owners',
            problem: 'Nobody can see who owns the companies that win public contracts.',
            proposedAction: 'Publish a register of beneficial owners of companies bidding for public contracts.',
            expectedResults: 'Every bidder in 2019 is listed with its beneficial owners.',
            milestones: [{ title: 'Register opened', dueDate: '2019-06-30' }],
            suggestedLeadAgency: 'Ministry of Justice',
            ogpValues: ['ACCESS_TO_INFORMATION'],
          },
        },
        author.token,
      )
    ).createProposal;
    expect(draft.status).toBe('DRAFT');
    const proposal = (): SubjectRef => ({ subjectType: SubjectType.PROPOSAL, subjectId: draft.id });

    // cso2 joins Open Net for a while: a colleague of the author may follow the draft.
    const colleague = await client.login('cso2@example.org');
    const colleagueId = colleague.body.data.login.user.id;
    await ok(UPDATE_MEMBER, { id: colleagueId, input: { organizationId: openNet } }, admin);
    const live = await subscribed(colleague.token, proposal());
    const unsubscribed: SubjectRef[] = [];
    live.socket.on('unsubscribed', (subject) => unsubscribed.push(subject));
    const control = await subscribed(author.token, proposal());

    await ok(UPDATE_MEMBER, { id: colleagueId, input: { organizationId: cfits } }, admin);
    expect(errorCode(await client.call('query($id: ID!) { proposal(id: $id) { id } }', { id: draft.id }, { token: colleague.token }))).toBe('NOT_FOUND');
    await eventually(() => unsubscribed.length > 0);
    expect(unsubscribed).toEqual([proposal()]);

    const after = await postHeardBy(proposal(), author.token, control, 'Only for Open Net');
    await roundTrip(live.socket);
    expect(heard(live, after)).toBe(false);
    live.socket.disconnect();
    control.socket.disconnect();
  });
});
