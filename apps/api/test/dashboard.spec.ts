import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer, TestClock } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
const tokens: Record<string, string> = {};
const clock = new TestClock();

beforeAll(async () => {
  server = await startTestServer({}, clock);
  client = clientFor(server);
  for (const name of ['admin', 'cso', 'mois', 'acrc', 'cso2', 'citizen']) tokens[name] = (await client.login(`${name}@example.org`)).token;
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const DASHBOARD = `query($planId: ID!) { planDashboard(planId: $planId) {
  planId asOf
  completionByTheme { theme { position } counts { notStarted limited substantial completed withdrawn incorporated total } }
  completionHistory { updateCount points { date counts { notStarted limited substantial completed withdrawn incorporated total } } }
  milestones { commitmentCode position title start end completion delayed daysDelayed }
  freshness { organization { key } commitments lastUpdateAt daysSinceLastUpdate staleCommitments }
  attendance { meeting { title startsAt } bySector { government civilSociety other total } }
  proposalsByStatus { status count }
} }`;

const dashboard = async (planId: string) => (await ok(DASHBOARD, { planId })).planDashboard;

/** Counts with zeroes left out, as a reader of a stacked bar sees them. */
const shown = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

async function userId(email: string): Promise<string> {
  return (await server.dataSource.query('SELECT id FROM users WHERE email = $1', [email]))[0].id;
}

describe('the dashboard of the 3rd National Action Plan, as seeded', () => {
  let planId: string;
  beforeAll(async () => {
    [{ id: planId }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
    clock.set('2018-09-01T09:00:00Z');
  });

  it('counts the 14 commitments by theme as the self-assessment does: 12 completed, 4-a substantial, 4-c incorporated into 4-b', async () => {
    const { completionByTheme } = await dashboard(planId);
    expect(completionByTheme.map((row: { theme: { position: number }; counts: Record<string, number> }) => [row.theme.position, shown(row.counts)])).toEqual([
      [1, { completed: 3, total: 3 }],
      [2, { completed: 4, total: 4 }],
      [3, { completed: 1, total: 1 }],
      [4, { substantial: 1, completed: 1, incorporated: 1, total: 3 }],
      [5, { completed: 1, total: 1 }],
      [6, { completed: 2, total: 2 }],
    ]);
    // The plan page's summary counts the same.
    const plan = (await ok('query($id: ID!) { actionPlan(id: $id) { completionCounts { completed substantial incorporated total } } }', { id: planId })).actionPlan;
    expect(plan.completionCounts).toEqual({ completed: 12, substantial: 1, incorporated: 1, total: 14 });
  });

  it('reconstructs completion over time from the only updates it has, the end-of-term report of 30 June 2018', async () => {
    const { completionHistory } = await dashboard(planId);
    expect(completionHistory.updateCount).toBe(14);
    expect(completionHistory.points.map((point: { date: string; counts: Record<string, number> }) => [point.date, shown(point.counts)])).toEqual([
      ['2016-10-01', { notStarted: 13, incorporated: 1, total: 14 }],
      ['2018-06-30', { completed: 12, substantial: 1, incorporated: 1, total: 14 }],
    ]);
  });

  it('puts the 22 milestones on the timeline; 2-d\'s first and 4-a\'s are past their end unfinished', async () => {
    const { milestones, asOf } = await dashboard(planId);
    expect(asOf).toBe('2018-09-01T09:00:00.000Z');
    expect(milestones).toHaveLength(22);
    expect(milestones.filter((m: { delayed: boolean }) => m.delayed)).toEqual([
      expect.objectContaining({ commitmentCode: '2-d', position: 1, end: '2017-12-31', completion: 'SUBSTANTIAL', daysDelayed: 244 }),
      expect.objectContaining({ commitmentCode: '4-a', position: 1, end: '2018-06-30', completion: 'SUBSTANTIAL', daysDelayed: 63 }),
    ]);
    const starts = milestones.map((m: { start: string }) => m.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('gives each lead ministry its last report, 63 days ago, and nothing stale in a closed plan', async () => {
    const { freshness } = await dashboard(planId);
    expect(freshness).toEqual([
      { organization: { key: 'mois' }, commitments: 11, lastUpdateAt: '2018-06-30T09:00:00.000Z', daysSinceLastUpdate: 63, staleCommitments: 0 },
      { organization: { key: 'acrc' }, commitments: 1, lastUpdateAt: '2018-06-30T09:00:00.000Z', daysSinceLastUpdate: 63, staleCommitments: 0 },
      { organization: { key: 'opgc' }, commitments: 2, lastUpdateAt: '2018-06-30T09:00:00.000Z', daysSinceLastUpdate: 63, staleCommitments: 0 },
    ]);
  });

  it('lists the ten sample meetings of the term, by sector as the chair recorded who came', async () => {
    const before = (await dashboard(planId)).attendance;
    expect(before).toHaveLength(10);
    expect(before.every((row: { bySector: { total: number } }) => row.bySector.total === 0)).toBe(true);

    const [march] = await server.dataSource.query(`SELECT id FROM meetings WHERE title = 'Monthly meeting — March 2018'`);
    // Its minutes are published, which locks the attendance: the roll call as the chair took it at the time, in the table.
    for (const email of ['mois@example.org', 'acrc@example.org', 'cso@example.org', 'cso2@example.org', 'citizen@example.org']) {
      await server.dataSource.query('INSERT INTO meeting_attendance (meeting_id, user_id) VALUES ($1, $2)', [march.id, await userId(email)]);
    }
    const after = (await dashboard(planId)).attendance;
    expect(after.map((row: { meeting: { title: string } }) => row.meeting.title)).toEqual(before.map((row: { meeting: { title: string } }) => row.meeting.title));
    expect(after.find((row: { meeting: { title: string } }) => row.meeting.title === 'Monthly meeting — March 2018').bySector).toEqual({
      government: 2,
      civilSociety: 2,
      other: 1,
      total: 5,
    });
  });

  it('counts the four selected CSO proposals', async () => {
    const { proposalsByStatus } = await dashboard(planId);
    expect(proposalsByStatus.filter((row: { count: number }) => row.count > 0)).toEqual([{ status: 'SELECTED', count: 4 }]);
  });

  it('is public, and names a plan that does not exist or an id that is not one', async () => {
    expect(errorCode(await client.call(DASHBOARD, { planId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.call(DASHBOARD, { planId: 'plan-3' }))).toBe('BAD_USER_INPUT');
  });
});

describe('the dashboard of a plan adopted and monitored in the test', () => {
  let planId: string;
  const organization = async (key: string) => (await server.dataSource.query('SELECT id FROM organizations WHERE key = $1', [key]))[0].id;

  /** A proposal by Open Net, selected, co-drafted with dated milestones and signed off by the lead ministry and Open Net. */
  async function signedOffDraft(title: string, lead: 'mois' | 'acrc', milestones: string): Promise<string> {
    const input = {
      planId,
      title,
      problem: 'Citizens cannot follow what is spent.',
      proposedAction: 'Publish the data on the portal.',
      expectedResults: 'All of it is published by mid-2028.',
      milestones: [{ title: 'First step', dueDate: '2027-03-31' }],
      suggestedLeadAgency: lead,
      ogpValues: ['ACCESS_TO_INFORMATION'],
    };
    const { id } = (await ok('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input }, tokens.cso)).createProposal;
    await ok('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id }, tokens.cso);
    await ok('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id }, tokens.admin);
    const draftId = (
      await ok(
        'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { draftCommitment { id } } }',
        { input: { proposalId: id, outcome: 'SELECTED', rationale: 'Specific, feasible and asked for by many.', leadOrganizationId: await organization(lead) } },
        tokens.admin,
      )
    ).decideProposal.draftCommitment.id;
    const DRAFT = 'query($id: ID!) { draftCommitment(id: $id) { revision sections { id key version } } }';
    const section = (await ok(DRAFT, { id: draftId })).draftCommitment.sections.find((s: { key: string }) => s.key === 'MILESTONES');
    await ok('mutation($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { version } }', { input: { sectionId: section.id, text: milestones, baseVersion: section.version } }, tokens[lead]);
    const { revision } = (await ok(DRAFT, { id: draftId })).draftCommitment;
    for (const side of [tokens[lead], tokens.cso]) {
      await ok('mutation($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { frozen } }', { id: draftId, revision }, side);
    }
    return draftId;
  }

  async function report(commitmentId: string, completion: string, at: string, token: string) {
    clock.set(at);
    await ok('mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id } }', { input: { commitmentId, body: `Now ${completion}.`, completion } }, token);
  }

  beforeAll(async () => {
    clock.set('2026-11-30T03:00:00Z');
    planId = (
      await ok(
        'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
        { input: { number: 4, title: '4th National Action Plan (2026–2028)', periodStart: '2026-09-01', periodEnd: '2028-08-31' } },
        tokens.admin,
      )
    ).createActionPlan.id;
    const oda = await signedOffDraft('Open the budget of every ODA project', 'mois', '- IATI budget standard adopted (2027-03-31)\n- Budgets published (2027-04-01 – 2028-06-30)\n');
    const whistle = await signedOffDraft('Protect whistleblowers in procurement', 'acrc', '- Guideline issued (2027-06-30)\n');
    // A draft that never reached the forum is no one's business but its authors': the dashboard does not count it.
    await ok('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input: { planId, title: 'An idea still being written' } }, tokens.cso2);
    await ok(
      'mutation($planId: ID!, $input: AdoptActionPlanInput!) { adoptActionPlan(planId: $planId, input: $input) { status } }',
      {
        planId,
        input: {
          themes: [{ position: 1, title: 'Open budgets' }, { position: 2, title: 'Integrity' }],
          commitments: [{ draftCommitmentId: oda, themePosition: 1 }, { draftCommitmentId: whistle, themePosition: 2 }],
        },
      },
      tokens.admin,
    );
  });

  it('starts with every commitment not started and nothing to report on yet', async () => {
    const board = await dashboard(planId);
    expect(board.completionByTheme.map((row: { counts: Record<string, number> }) => shown(row.counts))).toEqual([
      { notStarted: 1, total: 1 },
      { notStarted: 1, total: 1 },
    ]);
    expect(board.completionHistory).toEqual({ updateCount: 0, points: [{ date: '2026-09-01', counts: expect.objectContaining({ notStarted: 2, total: 2 }) }] });
    expect(board.proposalsByStatus.filter((row: { count: number }) => row.count > 0)).toEqual([{ status: 'SELECTED', count: 2 }]);
    expect(board.attendance).toEqual([]);
  });

  it('follows the progress updates, sees a milestone fall behind and a ministry go quiet', async () => {
    const [oda, whistle] = (await ok('query($id: ID!) { actionPlan(id: $id) { themes { commitments { id code } } } }', { id: planId })).actionPlan.themes.map(
      (theme: { commitments: { id: string }[] }) => theme.commitments[0].id,
    );
    await report(oda, 'LIMITED', '2026-12-01T03:00:00Z', tokens.mois);
    await report(oda, 'SUBSTANTIAL', '2027-02-01T03:00:00Z', tokens.mois);
    await report(whistle, 'LIMITED', '2027-02-01T05:00:00Z', tokens.acrc);
    // Reported again at the same level: fresher news, no new point on the chart.
    await report(oda, 'SUBSTANTIAL', '2027-04-10T03:00:00Z', tokens.mois);

    // A meeting of the term, held, with its roll call; the sample meetings of 2017–18 lie outside the plan's period.
    const meeting = (
      await ok(
        'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
        { input: { title: 'Forum meeting, April 2027', startsAt: '2027-04-13T06:00:00Z', endsAt: '2027-04-13T08:00:00Z', place: 'Seoul' } },
        tokens.admin,
      )
    ).createMeeting;
    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id: meeting.id }, tokens.admin);
    for (const email of ['mois@example.org', 'cso@example.org', 'cso2@example.org']) {
      await ok('mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, present: true) { id } }', { m: meeting.id, u: await userId(email) }, tokens.admin);
    }
    await ok('mutation($id: ID!) { endMeeting(id: $id) { status } }', { id: meeting.id }, tokens.admin);

    clock.set('2027-04-15T03:00:00Z');
    const board = await dashboard(planId);
    expect(board.completionByTheme.map((row: { counts: Record<string, number> }) => shown(row.counts))).toEqual([
      { substantial: 1, total: 1 },
      { limited: 1, total: 1 },
    ]);
    expect(board.completionHistory.updateCount).toBe(4);
    expect(board.completionHistory.points.map((point: { date: string; counts: Record<string, number> }) => [point.date, shown(point.counts)])).toEqual([
      ['2026-09-01', { notStarted: 2, total: 2 }],
      ['2026-12-01', { notStarted: 1, limited: 1, total: 2 }],
      ['2027-02-01', { limited: 1, substantial: 1, total: 2 }],
    ]);
    expect(board.milestones).toEqual([
      { commitmentCode: '1-a', position: 1, title: 'IATI budget standard adopted', start: '2026-09-01', end: '2027-03-31', completion: 'NOT_STARTED', delayed: true, daysDelayed: 15 },
      { commitmentCode: '2-a', position: 1, title: 'Guideline issued', start: '2026-09-01', end: '2027-06-30', completion: 'NOT_STARTED', delayed: false, daysDelayed: 0 },
      { commitmentCode: '1-a', position: 2, title: 'Budgets published', start: '2027-04-01', end: '2028-06-30', completion: 'NOT_STARTED', delayed: false, daysDelayed: 0 },
    ]);
    expect(board.freshness).toEqual([
      { organization: { key: 'acrc' }, commitments: 1, lastUpdateAt: '2027-02-01T05:00:00.000Z', daysSinceLastUpdate: 72, staleCommitments: 1 },
      { organization: { key: 'mois' }, commitments: 1, lastUpdateAt: '2027-04-10T03:00:00.000Z', daysSinceLastUpdate: 5, staleCommitments: 0 },
    ]);
    expect(board.attendance).toEqual([
      { meeting: { title: 'Forum meeting, April 2027', startsAt: '2027-04-13T06:00:00.000Z' }, bySector: { government: 1, civilSociety: 2, other: 0, total: 3 } },
    ]);
  });
});
