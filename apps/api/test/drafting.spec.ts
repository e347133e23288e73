import type { ThreadEventPayload } from '@ogp-forum/domain';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive, eventually } from './live-process.js';

/** Draft commitments: OGP values by name, structured milestones, and sign-offs heard live by the other side. */
let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let cso: string;
let mois: string;
let citizen: string;
let draftId: string;

type Section = { id: string; key: string; text: string; version: number; milestones: { milestones: { title: string; start: string; end: string }[]; problems: string[] } | null };
const DRAFT = 'query($id: ID!) { draftCommitment(id: $id) { revision governmentSignedOffAt csoSignedOffAt sections { id key text version milestones { milestones { title start end } problems } } } }';
const SAVE = 'mutation($input: SaveDraftMilestonesInput!) { saveDraftMilestones(input: $input) { id version text } }';

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}
const sections = async (): Promise<Section[]> => (await ok(DRAFT, { id: draftId })).draftCommitment.sections;
const section = async (key: string) => (await sections()).find((s) => s.key === key)!;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [admin, cso, mois, citizen] = await Promise.all(['admin@example.org', 'cso@example.org', 'mois@example.org', 'citizen@example.org'].map(async (email) => (await client.login(email)).token));
  const { createActionPlan } = await ok(
    'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
    { input: { number: 4, title: '4th National Action Plan (2018–2020)', periodStart: '2018-09-01', periodEnd: '2020-08-31' } },
    admin,
  );
  const { createProposal } = await ok(
    'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
    {
      input: {
        planId: createActionPlan.id,
        title: 'Open the budget of every ODA project',
        problem: 'Citizens cannot see what each aid project costs.',
        proposedAction: 'Publish the budget lines of all ODA projects.',
        expectedResults: 'All ODA projects have published budgets.',
        milestones: [
          { title: 'IATI budget standard adopted', dueDate: '2019-03-31' },
          { title: 'Budgets published on the ODA portal', dueDate: '2019-12-31' },
        ],
        ogpValues: ['ACCESS_TO_INFORMATION', 'PUBLIC_ACCOUNTABILITY'],
      },
    },
    cso,
  );
  await ok('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, cso);
  await ok('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id: createProposal.id }, admin);
  const moisOrganization = (await server.dataSource.query(`SELECT id FROM organizations WHERE key = 'mois'`))[0].id;
  draftId = (
    await ok(
      'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { draftCommitment { id } } }',
      { input: { proposalId: createProposal.id, outcome: 'SELECTED', rationale: 'Feasible with the existing ODA portal, concrete.', leadOrganizationId: moisOrganization } },
      admin,
    )
  ).decideProposal.draftCommitment.id;
});
afterAll(() => server.stop());

describe('a draft commitment', () => {
  it('names the OGP values the proposal chose, not their codes', async () => {
    const relevance = await section('OGP_RELEVANCE');
    expect(relevance.text).toBe('- Access to information\n- Public accountability');
    expect(relevance.milestones).toBeNull();
  });

  it('reads its milestones as title, start and end, the first starting with the plan', async () => {
    expect((await section('MILESTONES')).milestones).toEqual({
      milestones: [
        { title: 'IATI budget standard adopted', start: '2018-09-01', end: '2019-03-31' },
        { title: 'Budgets published on the ODA portal', start: '2019-04-01', end: '2019-12-31' },
      ],
      problems: [],
    });
  });

  it('saves structured milestones as a new version, refusing bad dates, another section, a stale version and non-members', async () => {
    const milestones = await section('MILESTONES');
    const input = {
      sectionId: milestones.id,
      baseVersion: milestones.version,
      milestones: [
        { title: 'IATI budget standard adopted', start: '2018-10-01', end: '2019-03-31' },
        { title: 'Pilot with three ministries', start: '2019-04-01', end: '2019-08-31' },
        { title: 'Budgets published on the ODA portal', start: '2019-09-01', end: '2019-12-31' },
      ],
    };
    const backwards = await client.call(SAVE, { input: { ...input, milestones: [{ title: 'Backwards', start: '2019-05-01', end: '2019-04-30' }] } }, { token: cso });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.body.errors?.[0].extensions?.field).toBe('milestones.0.end');
    expect(errorCode(await client.call(SAVE, { input: { ...input, milestones: [{ title: 'No such day', start: '2019-02-30', end: '2019-03-31' }] } }, { token: cso }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.call(SAVE, { input: { ...input, milestones: [{ title: '   ', start: '2019-02-01', end: '2019-03-31' }] } }, { token: cso }))).toBe('BAD_USER_INPUT');
    const other = await section('PUBLIC_PROBLEM');
    const wrongSection = await client.call(SAVE, { input: { ...input, sectionId: other.id, baseVersion: other.version } }, { token: cso });
    expect(errorCode(wrongSection)).toBe('BAD_USER_INPUT');
    expect(wrongSection.body.errors?.[0].extensions?.field).toBe('sectionId');
    expect(errorCode(await client.call(SAVE, { input }, { token: citizen }))).toBe('FORBIDDEN');
    // Nothing was written by the refused saves.
    expect((await section('MILESTONES')).version).toBe(milestones.version);

    const saved = (await ok(SAVE, { input }, cso)).saveDraftMilestones;
    expect(saved.version).toBe(milestones.version + 1);
    expect((await section('MILESTONES')).milestones).toEqual({ milestones: input.milestones, problems: [] });
    const stale = await client.call(SAVE, { input }, { token: mois });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('tells the other side\'s open page of a sign-off at once', async () => {
    const first = (await sections()).find((s) => s.key === 'PUBLIC_PROBLEM')!;
    const live = await connectLive(server.url, mois);
    const signOffs: ThreadEventPayload[] = [];
    live.socket.on('draft:signed-off', (event) => signOffs.push(event));
    expect(await live.socket.emitWithAck('subscribe', { subjectType: 'DRAFT_SECTION', subjectId: first.id })).toMatchObject({ ok: true });
    const { revision } = (await ok(DRAFT, { id: draftId })).draftCommitment;
    await ok('mutation($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { id } }', { id: draftId, revision }, cso);
    await eventually(() => signOffs.length === 1);
    expect(signOffs[0]).toMatchObject({ subjectType: 'DRAFT_SECTION', subjectId: first.id, type: 'draft:signed-off' });
    expect((await ok(DRAFT, { id: draftId })).draftCommitment.csoSignedOffAt).not.toBeNull();
    live.socket.disconnect();
  });
});
