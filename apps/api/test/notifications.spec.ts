import type { RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let cso: string;
let cso2: string;
let mois: string;
let planId: string;
let moisOrganization: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [admin, cso, cso2, mois] = await Promise.all(['admin@example.org', 'cso@example.org', 'cso2@example.org', 'mois@example.org'].map(async (email) => (await client.login(email)).token));
  // The 3rd plan as if still being implemented, so that its ministry reports progress; and a 4th in co-creation.
  await server.dataSource.query(`UPDATE action_plans SET status = 'IMPLEMENTATION' WHERE number = 3`);
  planId = (
    await ok(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2018–2020)', periodStart: '2018-09-01', periodEnd: '2020-08-31' } },
      admin,
    )
  ).createActionPlan.id;
  moisOrganization = (await server.dataSource.query(`SELECT id FROM organizations WHERE key = 'mois'`))[0].id;
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const NOTIFICATIONS = `query($locale: Locale) { notifications(first: 50) { edges { node {
  id kind subjectType subjectId commentId excerpt commentHidden readAt url subjectTitle(locale: $locale) actor { displayName }
} } } }`;
type Row = { id: string; kind: string; subjectId: string; commentId: string | null; excerpt: string; commentHidden: boolean; readAt: string | null; url: string | null; subjectTitle: string | null; actor: { displayName: string } | null };
async function notifications(token: string, locale?: 'en' | 'ko'): Promise<Row[]> {
  return (await ok(NOTIFICATIONS, { locale }, token)).notifications.edges.map((edge: { node: Row }) => edge.node);
}
const me = async (token: string): Promise<{ id: string; displayName: string }> => (await ok('{ me { id displayName } }', {}, token)).me;
const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';

async function commitment(code: string): Promise<{ id: string; title: string; title_ko: string }> {
  return (await server.dataSource.query('SELECT id, title, title_ko FROM commitments WHERE code = $1', [code]))[0];
}

describe('notifications say who did what where', () => {
  it('names the actor and the subject in the reader\'s language, links to the comment itself, and opening one marks only it read', async () => {
    const target = await commitment('1-a');
    const moisUser = await me(mois);
    const csoUser = await me(cso);
    const { postComment } = await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, body: `@[${moisUser.displayName}](${moisUser.id}) when is the next release?` } }, cso);
    await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, body: `@[${moisUser.displayName}](${moisUser.id}) and a second question` } }, cso);

    const [second, first] = (await notifications(mois)).filter((row) => row.kind === 'MENTION' && row.subjectId === target.id);
    expect(first).toMatchObject({
      actor: { displayName: csoUser.displayName },
      subjectTitle: `1-a ${target.title}`,
      commentId: postComment.id,
      url: `/commitments/${target.id}#comment-${postComment.id}`,
      readAt: null,
      commentHidden: false,
    });
    expect(first.excerpt).toContain('when is the next release?');
    // A Korean reader reads the Korean title, from the same stored notification.
    expect(target.title_ko).toBeTruthy();
    const korean = (await notifications(mois, 'ko')).find((row) => row.id === first.id)!;
    expect(korean.subjectTitle).toBe(`1-a ${target.title_ko}`);

    // Opening one marks that one read, not the other.
    expect(typeof (await ok('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [first.id] }, mois)).markNotificationsRead).toBe('number');
    const after = await notifications(mois);
    expect(after.find((row) => row.id === first.id)!.readAt).not.toBeNull();
    expect(after.find((row) => row.id === second.id)!.readAt).toBeNull();
  });

  it('says a hidden comment is hidden and keeps its text out of the excerpt', async () => {
    const target = await commitment('2-a');
    const moisUser = await me(mois);
    const { postComment } = await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, body: `@[${moisUser.displayName}](${moisUser.id}) something rude` } }, cso2);
    await ok('mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }', { input: { id: postComment.id, reason: 'Personal attack' } }, admin);
    const row = (await notifications(mois)).find((r) => r.commentId === postComment.id)!;
    expect(row).toMatchObject({ excerpt: '', commentHidden: true });
  });

  it('links an agenda item\'s comment to its meeting, with the item\'s thread opened', async () => {
    const start = new Date(Date.UTC(2031, 5, 1, 6));
    const { createMeeting } = await ok(
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { title: 'June forum meeting', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7200_000).toISOString() } },
      admin,
    );
    const { addAgendaItem } = await ok('mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }', { input: { meetingId: createMeeting.id, title: 'Progress of 1-a' } }, admin);
    const moisUser = await me(mois);
    const { postComment } = await ok(POST, { input: { subjectType: 'AGENDA_ITEM', subjectId: addAgendaItem.id, body: `@[${moisUser.displayName}](${moisUser.id}) please report` } }, cso);
    const row = (await notifications(mois)).find((r) => r.commentId === postComment.id)!;
    expect(row.url).toBe(`/meetings/${createMeeting.id}#comment-${postComment.id}`);
    expect(row.subjectTitle).toBe('June forum meeting · Progress of 1-a');
  });
});

describe('who hears of what', () => {
  it('makes a commenter follow the commitment, so they hear of its next progress update', async () => {
    // The last commitment the Ministry of the Interior and Safety leads, so that its contact reports on it.
    const target: { id: string; code: string; title: string } = (
      await server.dataSource.query(`SELECT c.id, c.code, c.title FROM commitments c JOIN organizations o ON o.id = c.lead_organization_id WHERE o.key = 'mois' ORDER BY c.code DESC LIMIT 1`)
    )[0];
    const FOLLOWING = 'query($id: ID!) { commitment(id: $id) { following } }';
    expect((await ok(FOLLOWING, { id: target.id }, cso2)).commitment.following).toBe(false);
    await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, body: 'Is the portal updated yet?' } }, cso2);
    expect((await ok(FOLLOWING, { id: target.id }, cso2)).commitment.following).toBe(true);

    await ok('mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id } }', { input: { commitmentId: target.id, body: 'The portal is updated.', completion: 'COMPLETED' } }, mois);
    const update = (await notifications(cso2)).find((row) => row.kind === 'FOLLOWED_UPDATE' && row.subjectId === target.id);
    expect(update).toMatchObject({ subjectTitle: `${target.code} ${target.title}`, url: `/commitments/${target.id}`, excerpt: 'The portal is updated.' });
  });

  it('tells the author of a comment of a reply to it, once, also when the reply mentions them', async () => {
    const target = await commitment('1-b');
    const { postComment: first } = await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, body: 'Which agencies report first?' } }, cso);
    await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, parentId: first.id, body: 'The central ministries, in March.' } }, mois);
    const replies = (await notifications(cso)).filter((row) => row.kind === 'REPLY' && row.subjectId === target.id);
    expect(replies).toEqual([expect.objectContaining({ excerpt: 'The central ministries, in March.', actor: { displayName: 'MOIS contact' }, url: expect.stringContaining(`/commitments/${target.id}`) })]);

    // A reply that also mentions the author is one notice, the mention.
    const author = await me(cso);
    await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, parentId: first.id, body: `@[${author.displayName}](${author.id}) and the local ones in June.` } }, mois);
    const about = (await notifications(cso)).filter((row) => row.subjectId === target.id && ['REPLY', 'MENTION'].includes(row.kind));
    expect(about.map((row) => row.kind).sort()).toEqual(['MENTION', 'REPLY']);
    // Replying to yourself tells nobody.
    await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target.id, parentId: first.id, body: 'Thank you.' } }, cso);
    expect((await notifications(cso)).filter((row) => row.subjectId === target.id)).toHaveLength(2);
  });

  it('tells the secretariat of each submission and the lead ministry of a proposal selected with it as lead', async () => {
    const { createProposal } = await ok(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      {
        input: {
          planId,
          title: 'Open the budget of every ODA project',
          problem: 'Citizens cannot see what each aid project costs.',
          proposedAction: 'Publish the budget lines of all ODA projects.',
          expectedResults: 'All ODA projects have published budgets.',
          ogpValues: ['ACCESS_TO_INFORMATION'],
        },
      },
      cso,
    );
    // A draft is the author's organisation's business: nobody else hears of it.
    expect((await notifications(admin)).some((row) => row.subjectId === createProposal.id)).toBe(false);
    await ok('mutation($id: ID!) { submitProposal(id: $id) { status } }', { id: createProposal.id }, cso);
    const csoUser = await me(cso);
    expect((await notifications(admin)).find((row) => row.subjectId === createProposal.id)).toMatchObject({
      kind: 'PROPOSAL_SUBMITTED',
      actor: { displayName: csoUser.displayName },
      subjectTitle: 'Open the budget of every ODA project',
      url: `/proposals/${createProposal.id}`,
    });
    expect((await notifications(mois)).some((row) => row.subjectId === createProposal.id)).toBe(false);

    await ok('mutation($id: ID!) { openProposalReview(id: $id) { status } }', { id: createProposal.id }, admin);
    const rationale = 'Feasible with the existing ODA portal, concrete and urgent.';
    await ok(
      'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { status } }',
      { input: { proposalId: createProposal.id, outcome: 'SELECTED', rationale, leadOrganizationId: moisOrganization } },
      admin,
    );
    const adminUser = await me(admin);
    expect((await notifications(mois)).find((row) => row.subjectId === createProposal.id)).toMatchObject({
      kind: 'PROPOSAL_SELECTED_AS_LEAD',
      actor: { displayName: adminUser.displayName },
      excerpt: rationale,
    });
    // The proposer hears of the decision; its title is not baked into the excerpt.
    expect((await notifications(cso)).find((row) => row.subjectId === createProposal.id)).toMatchObject({ kind: 'PROPOSAL_DECIDED', excerpt: rationale });
    // Another ministry does not.
    const acrc = (await client.login('acrc@example.org')).token;
    expect((await notifications(acrc)).some((row) => row.subjectId === createProposal.id)).toBe(false);
  });
});
