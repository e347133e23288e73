import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

/** The secretariat convenes and decides; it is neither government nor civil society, wherever sectors are counted. */
let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let cso: string;
let cso2: string;
let planId: string;
let secretariat: { id: string; kind: string };

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [admin, cso, cso2] = await Promise.all(['admin@example.org', 'cso@example.org', 'cso2@example.org'].map(async (email) => (await client.login(email)).token));
  planId = (
    await ok(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2018–2020)', periodStart: '2018-09-01', periodEnd: '2020-08-31' } },
      admin,
    )
  ).createActionPlan.id;
  secretariat = (await ok('{ me { organization { id kind } } }', {}, admin)).me.organization;
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

async function submittedProposal(title: string): Promise<string> {
  const { createProposal } = await ok(
    'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
    {
      input: {
        planId,
        title,
        problem: 'Citizens cannot see what each aid project costs.',
        proposedAction: 'Publish the budget lines of all ODA projects.',
        expectedResults: 'All ODA projects have published budgets.',
        suggestedLeadAgency: 'Korea International Cooperation Agency',
        ogpValues: ['ACCESS_TO_INFORMATION'],
      },
    },
    cso,
  );
  await ok('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, cso);
  return createProposal.id;
}

describe('the secretariat is not civil society', () => {
  it('has a kind of its own', () => {
    expect(secretariat.kind).toBe('SECRETARIAT');
  });

  it('is not offered co-sponsoring and is refused it', async () => {
    const id = await submittedProposal('Open aid budgets');
    const answer = await client.call('mutation($id: ID!) { coSponsorProposal(id: $id) { id } }', { id }, { token: admin });
    expect(errorCode(answer)).toBe('FORBIDDEN');
    // A civil-society member still co-sponsors.
    expect((await ok('mutation($id: ID!) { coSponsorProposal(id: $id) { coSponsors { key } } }', { id }, cso2)).coSponsorProposal.coSponsors).toEqual([{ key: 'cfits' }]);
  });

  it('scores in a row of its own, not in civil society\'s averages', async () => {
    const id = await submittedProposal('Open aid budgets, scored');
    await ok('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id }, admin);
    const scores = { feasibility: 5, specificity: 5, urgency: 5, relevance: 5, note: 'Scored by the secretariat' };
    await ok('mutation($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { feasibility } }', { input: { proposalId: id, ...scores } }, admin);
    const summary = (await ok('query($id: ID!) { proposal(id: $id) { evaluationSummary { bySector { sector evaluators feasibility } } } }', { id }, admin)).proposal.evaluationSummary;
    const row = (sector: string) => summary.bySector.find((s: { sector: string }) => s.sector === sector);
    expect(row('SECRETARIAT')).toMatchObject({ evaluators: 1, feasibility: 5 });
    expect(row('CIVIL_SOCIETY')).toMatchObject({ evaluators: 0, feasibility: null });
  });

  it('is not a CSO co-lead, and the agency a proposal suggests can be added and chosen as lead', async () => {
    const id = await submittedProposal('Open aid budgets, selected');
    await ok('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id }, admin);
    const { createOrganization } = await ok(
      'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id kind } }',
      { input: { name: 'Korea International Cooperation Agency', kind: 'GOVERNMENT' } },
      admin,
    );
    const DECIDE = 'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { status draftCommitment { id } } }';
    const input = { proposalId: id, outcome: 'SELECTED', rationale: 'Feasible with the existing ODA portal, concrete.', leadOrganizationId: createOrganization.id };
    const refused = await client.call(DECIDE, { input: { ...input, coLeadOrganizationId: secretariat.id } }, { token: admin });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0].extensions?.field).toBe('coLeadOrganizationId');
    const draft = (await ok(DECIDE, { input }, admin)).decideProposal.draftCommitment;
    const { draftCommitment } = await ok('query($id: ID!) { draftCommitment(id: $id) { leadOrganization { name } coLeadOrganizations { kind } } }', { id: draft.id }, admin);
    expect(draftCommitment.leadOrganization.name).toBe('Korea International Cooperation Agency');
    expect(draftCommitment.coLeadOrganizations.map((o: { kind: string }) => o.kind)).toEqual(['CIVIL_SOCIETY']);
  });

  it('is counted apart in a meeting\'s attendance', async () => {
    const start = new Date(Date.now() - 3600_000);
    const { createMeeting } = await ok(
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { title: 'Forum meeting', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7200_000).toISOString() } },
      admin,
    );
    await ok('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id: createMeeting.id }, admin);
    const people = await server.dataSource.query(`SELECT id FROM users WHERE email IN ('admin@example.org', 'cso@example.org')`);
    for (const person of people) await ok('mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, present: true) { id } }', { m: createMeeting.id, u: person.id }, admin);
    const { meeting } = await ok('query($id: ID!) { meeting(id: $id) { attendance { bySector { government civilSociety other secretariat total } } } }', { id: createMeeting.id });
    expect(meeting.attendance.bySector).toEqual({ government: 0, civilSociety: 1, other: 0, secretariat: 1, total: 2 });
  });
});
