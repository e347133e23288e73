import { parse } from 'csv-parse/sync';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer, TestClock } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let cso: string;
let cso2: string;
let mois: string;
let moisOrganization: string;
const clock = new TestClock();

beforeAll(async () => {
  server = await startTestServer({}, clock);
  client = clientFor(server);
  [admin, cso, cso2, mois] = await Promise.all(
    ['admin@example.org', 'cso@example.org', 'cso2@example.org', 'mois@example.org'].map(async (email) => (await client.login(email)).token),
  );
  moisOrganization = (await server.dataSource.query(`SELECT id FROM organizations WHERE key = 'mois'`))[0].id;
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const DRAFT = `query($id: ID!) { draftCommitment(id: $id) { id revision sections { id key version } } }`;
const SIGN = 'mutation($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { frozen } }';
const ADOPT = 'mutation($planId: ID!, $input: AdoptActionPlanInput!) { adoptActionPlan(planId: $planId, input: $input) { id status adoptedAt } }';
const PLAN = `query($id: ID!) { actionPlan(id: $id) {
  status adoptedAt closedAt
  themes { position title titleKo commitments { id code title start end completion leadOrganization { key } ogpValues publicProblem description
    milestones { title start end completion delayed } } }
} }`;

/** A proposal by Open Net for the plan, submitted, reviewed and selected with the Ministry of the Interior leading: its draft commitment's id. */
async function selectedDraft(planId: string, title: string): Promise<string> {
  const input = {
    planId,
    title,
    problem: 'Citizens cannot see what each aid project costs.',
    proposedAction: 'Publish the budget lines of all ODA projects in IATI format on the ODA portal.',
    expectedResults: 'All 1,200 ODA projects have published budgets by mid-2028.',
    milestones: [{ title: 'IATI budget standard adopted', dueDate: '2027-03-31' }],
    suggestedLeadAgency: 'Ministry of the Interior and Safety',
    ogpValues: ['ACCESS_TO_INFORMATION'],
  };
  const { id } = (await ok('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input }, cso)).createProposal;
  await ok('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id }, cso);
  await ok('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id }, admin);
  const decided = await ok(
    'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { draftCommitment { id } } }',
    { input: { proposalId: id, outcome: 'SELECTED', rationale: 'Specific, feasible on the existing portal, and asked for by many.', leadOrganizationId: moisOrganization } },
    admin,
  );
  return decided.decideProposal.draftCommitment.id;
}

/** Co-drafts the milestones with their dates, then both sides sign the text off. */
async function signOff(draftId: string, milestones: string) {
  const draft = (await ok(DRAFT, { id: draftId })).draftCommitment;
  const section = draft.sections.find((s: { key: string }) => s.key === 'MILESTONES');
  await ok('mutation($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { version } }', { input: { sectionId: section.id, text: milestones, baseVersion: section.version } }, mois);
  const { revision } = (await ok(DRAFT, { id: draftId })).draftCommitment;
  await ok(SIGN, { id: draftId, revision }, mois);
  expect((await ok(SIGN, { id: draftId, revision }, cso)).signOffDraftCommitment.frozen).toBe(true);
}

async function planAuditActions(planId: string): Promise<string[]> {
  const audit = await ok('query($id: ID!) { auditEvents(entityId: $id) { edges { node { action } } } }', { id: planId }, admin);
  return audit.auditEvents.edges.map((edge: { node: { action: string } }) => edge.node.action);
}

describe('the OGP cycle, from an open call to a closed plan', () => {
  it('adopts the co-created plan, monitors it, sees a milestone fall behind and closes the term', async () => {
    clock.set('2026-11-30T03:00:00Z');
    const { id: planId } = (
      await ok(
        'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
        { input: { number: 4, title: '4th National Action Plan (2026–2028)', titleKo: '제4차 국가실행계획', periodStart: '2026-09-01', periodEnd: '2028-08-31' } },
        admin,
      )
    ).createActionPlan;

    const oda = await selectedDraft(planId, 'Open the budget of every ODA project');
    await signOff(oda, 'Two steps:\n\n- IATI budget standard adopted (2027-03-31)\n- Budgets published on the ODA portal (2027-04-01 – 2028-06-30)\n');
    const lobbying = await selectedDraft(planId, 'Publish the contacts of lobbyists');

    // An unsigned draft blocks adoption, named, and nothing changes.
    const themes = [{ position: 1, title: 'Open budgets', titleKo: '열린 예산' }];
    const refused = await client.call(ADOPT, { planId, input: { themes, commitments: [{ draftCommitmentId: oda, themePosition: 1 }] } }, { token: admin });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.body.errors![0].message).toMatch(/"Publish the contacts of lobbyists" is not signed off by both sides/);
    expect(refused.body.errors![0].extensions!.problems).toHaveLength(1);
    const unchanged = (await ok(PLAN, { id: planId })).actionPlan;
    expect(unchanged).toMatchObject({ status: 'CO_CREATION', adoptedAt: null, themes: [] });
    expect(await planAuditActions(planId)).toEqual(['plan.created']);
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM commitments WHERE plan_id = $1', [planId]))[0].n).toBe(0);

    // Left out with a published reason, the plan is adopted: the signed-off draft is commitment 1-a.
    const reason = 'The ministry could not commit to it within this term; it goes to the working group on lobbying.';
    const adopted = (await ok(ADOPT, { planId, input: { themes, commitments: [{ draftCommitmentId: oda, themePosition: 1, summary: 'Every ODA project shows its budget.' }], leftOut: [{ draftCommitmentId: lobbying, reason }] } }, admin)).adoptActionPlan;
    expect(adopted).toMatchObject({ status: 'IMPLEMENTATION', adoptedAt: expect.any(String) });
    const plan = (await ok(PLAN, { id: planId })).actionPlan;
    expect(plan.themes).toHaveLength(1);
    expect(plan.themes[0]).toMatchObject({ position: 1, title: 'Open budgets', titleKo: '열린 예산' });
    const [commitment] = plan.themes[0].commitments;
    expect(commitment).toMatchObject({
      code: '1-a',
      title: 'Open the budget of every ODA project',
      start: '2026-09-01',
      end: '2028-08-31',
      completion: 'NOT_STARTED',
      leadOrganization: { key: 'mois' },
      ogpValues: ['ACCESS_TO_INFORMATION'],
      publicProblem: 'Citizens cannot see what each aid project costs.',
      description: 'Publish the budget lines of all ODA projects in IATI format on the ODA portal.',
      milestones: [
        { title: 'IATI budget standard adopted', start: '2026-09-01', end: '2027-03-31', completion: 'NOT_STARTED', delayed: false },
        { title: 'Budgets published on the ODA portal', start: '2027-04-01', end: '2028-06-30', completion: 'NOT_STARTED', delayed: false },
      ],
    });
    expect(await planAuditActions(planId)).toEqual(['plan.adopted', 'plan.created']);
    // The register links the proposal to what it became; the one left out says why, in public.
    const register = await ok('query($id: ID!) { draftCommitments(planId: $id) { id leftOutReason commitment { code } proposal { commitment { code } } } }', { id: planId });
    expect(register.draftCommitments).toEqual(
      expect.arrayContaining([
        { id: oda, leftOutReason: null, commitment: { code: '1-a' }, proposal: { commitment: { code: '1-a' } } },
        { id: lobbying, leftOutReason: reason, commitment: null, proposal: { commitment: null } },
      ]),
    );
    const csv = await request(server.url).get(`/exports/reasoned-responses/${planId}.csv`);
    const rows: Record<string, string>[] = parse(csv.text.replace(/^\uFEFF/, ''), { columns: true });
    expect(rows.map((row) => [row.title, row.outcome, row.commitment])).toEqual(
      expect.arrayContaining([
        ['Open the budget of every ODA project', 'SELECTED', '1-a'],
        ['Publish the contacts of lobbyists', 'SELECTED', ''],
      ]),
    );
    expect(errorCode(await client.call(ADOPT, { planId, input: { themes, commitments: [{ draftCommitmentId: oda, themePosition: 1 }] } }, { token: admin }))).toBe('CONFLICT');

    // Monitoring works as for the 3rd NAP: a follower hears of the lead ministry's update.
    await ok('mutation($id: ID!) { follow(subjectType: COMMITMENT, subjectId: $id) }', { id: commitment.id }, cso2);
    await ok(
      'mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id } }',
      { input: { commitmentId: commitment.id, body: 'The IATI working group met twice.', completion: 'LIMITED' } },
      mois,
    );
    const notified = (await ok('{ notifications { edges { node { kind subjectId } } } }', {}, cso2)).notifications.edges.map((e: { node: unknown }) => e.node);
    expect(notified).toContainEqual({ kind: 'FOLLOWED_UPDATE', subjectId: commitment.id });

    // Time passes: the first milestone's end goes by unfinished; it is delayed and suggested for the next meeting.
    const meeting = (
      await ok(
        'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
        { input: { title: 'Forum meeting, April 2027', startsAt: '2027-04-20T06:00:00Z', endsAt: '2027-04-20T08:00:00Z', place: 'Government Complex Seoul' } },
        admin,
      )
    ).createMeeting;
    const SUGGEST = 'query($id: ID!) { suggestAgenda(meetingId: $id) { reason commitmentId milestoneTitle days } }';
    expect((await ok(SUGGEST, { id: meeting.id }, admin)).suggestAgenda.filter((s: { commitmentId: string }) => s.commitmentId === commitment.id)).toEqual([]);
    clock.set('2027-04-15T03:00:00Z');
    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id: meeting.id }, admin);
    await ok('mutation($id: ID!) { endMeeting(id: $id) { status } }', { id: meeting.id }, admin);
    const late = (await ok(PLAN, { id: planId })).actionPlan.themes[0].commitments[0].milestones[0];
    expect(late).toMatchObject({ title: 'IATI budget standard adopted', delayed: true });
    const suggested = (await ok(SUGGEST, { id: meeting.id }, admin)).suggestAgenda.filter((s: { commitmentId: string }) => s.commitmentId === commitment.id);
    expect(suggested).toEqual([{ reason: 'DELAYED_MILESTONE', commitmentId: commitment.id, milestoneTitle: 'IATI budget standard adopted', days: 15 }]);

    // The term ends: the plan is closed and its completion levels are final.
    clock.set('2028-09-01T03:00:00Z');
    const closed = (await ok('mutation($id: ID!) { closeActionPlan(planId: $id) { status closedAt } }', { id: planId }, admin)).closeActionPlan;
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: '2028-09-01T03:00:00.000Z' });
    const regrade = await client.call(
      'mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id } }',
      { input: { commitmentId: commitment.id, body: 'Done after all.', completion: 'COMPLETED' } },
      { token: mois },
    );
    expect(errorCode(regrade)).toBe('CONFLICT');
    expect((await ok(PLAN, { id: planId })).actionPlan.themes[0].commitments[0].completion).toBe('LIMITED');
    expect(errorCode(await client.call('mutation($id: ID!) { closeActionPlan(planId: $id) { id } }', { id: planId }, { token: admin }))).toBe('CONFLICT');
    expect(await planAuditActions(planId)).toEqual(['plan.closed', 'plan.adopted', 'plan.created']);

    // The end-of-term report lists the commitment with its completion level, and the meeting held in the term.
    const report = await request(server.url).get(`/reports/plans/${planId}/self-assessment.md?kind=END_OF_TERM`);
    expect(report.status).toBe(200);
    const lines = report.text.split('\n');
    expect(lines.find((line) => line.startsWith('|') && line.includes('1-a') && line.includes('Open the budget of every ODA project'))).toMatch(/\| Limited \|/);
    expect(lines.some((line) => line.startsWith('|') && line.includes('Forum meeting, April 2027') && line.includes('2027'))).toBe(true);
  });

  it('refuses adoption to anyone but the secretariat', async () => {
    const [{ id: planId }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
    const input = { themes: [{ position: 1, title: 'A theme' }], commitments: [] };
    expect(errorCode(await client.call(ADOPT, { planId, input }, { token: mois }))).toBe('FORBIDDEN');
    expect(errorCode(await client.call(ADOPT, { planId, input }))).toBe('UNAUTHENTICATED');
  });
});
