import { SubjectType } from '@ogp-forum/domain';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive, eventually } from './live-process.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let cso: string;
let cso2: string;
let mois: string;
let acrc: string;
let citizen: string;
let planId: string;
let moisOrganization: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [admin, cso, cso2, mois, acrc, citizen] = await Promise.all(
    ['admin@example.org', 'cso@example.org', 'cso2@example.org', 'mois@example.org', 'acrc@example.org', 'citizen@example.org'].map(async (email) => (await client.login(email)).token),
  );
  const plan = await ok(
    'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id status dueOn coCreationPhase } }',
    { input: { number: 4, title: '4th National Action Plan (2018–2020)', periodStart: '2018-09-01', periodEnd: '2020-08-31' } },
    admin,
  );
  expect(plan.createActionPlan).toMatchObject({ status: 'CO_CREATION', dueOn: '2018-08-31', coCreationPhase: 'OPEN_CALL' });
  planId = plan.createActionPlan.id;
  moisOrganization = (await server.dataSource.query(`SELECT id FROM organizations WHERE key = 'mois'`))[0].id;
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const specificInput = () => ({
  planId,
  title: 'Open the budget of every ODA project',
  problem: 'Citizens cannot see what each aid project costs.',
  proposedAction: 'Publish the budget lines of all ODA projects in IATI format on the ODA portal.',
  expectedResults: 'All 1,200 ODA projects have published budgets by the end of 2019.',
  milestones: [
    { title: 'IATI budget standard adopted', dueDate: '2019-03-31' },
    { title: 'Budgets published on the ODA portal', dueDate: '2019-12-31' },
  ],
  suggestedLeadAgency: 'Office for Government Policy Coordination',
  ogpValues: ['ACCESS_TO_INFORMATION'],
});

const CREATE = 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id status } }';
const DECIDE = 'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { id status rationale draftCommitment { id } } }';
const EVALUATE = 'mutation($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { feasibility } }';
const scores = (proposalId: string, score: number) => ({ proposalId, feasibility: score, specificity: score, urgency: score, relevance: score, note: `Scored ${score}` });

/** A proposal by cso@ (Open Net), submitted and under review. */
async function proposalUnderReview(title: string): Promise<string> {
  const { id } = (await ok(CREATE, { input: { ...specificInput(), title } }, cso)).createProposal;
  await ok('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id }, cso);
  await ok('mutation($id: ID!) { openProposalReview(id: $id) { status } }', { id }, admin);
  return id;
}

describe('the whole path from a CSO draft to a frozen commitment', () => {
  it('drafts, submits, scores, selects with a rationale, co-drafts with a CONFLICT, signs off and freezes', async () => {
    // A CSO drafts and submits; the specificity check finds nothing missing.
    const draft = (await ok(CREATE, { input: specificInput() }, cso)).createProposal;
    expect(draft.status).toBe('DRAFT');
    const PROPOSAL = `query($id: ID!) { proposal(id: $id) {
      status specificity { score rules { rule met } } myEvaluation { feasibility }
      evaluations { feasibility evaluator { id } } evaluationSummary { all { evaluators feasibility } bySector { sector evaluators feasibility } }
    } }`;
    expect((await ok(PROPOSAL, { id: draft.id }, cso)).proposal.specificity.score).toBe(100);
    await ok('mutation($id: ID!) { submitProposal(id: $id) { status } }', { id: draft.id }, cso);
    // A ministry co-sponsors it (and so does not score it); a co-sponsor from government does not become a CSO co-lead.
    await ok('mutation($id: ID!) { coSponsorProposal(id: $id) { id } }', { id: draft.id }, acrc);
    await ok('mutation($id: ID!) { openProposalReview(id: $id) { status } }', { id: draft.id }, admin);

    // Two evaluators score it; each sees the others' scores only once they have scored.
    await ok(EVALUATE, { input: scores(draft.id, 4) }, mois);
    const beforeScoring = (await ok(PROPOSAL, { id: draft.id }, cso2)).proposal;
    expect(beforeScoring).toMatchObject({ evaluations: null, evaluationSummary: null, myEvaluation: null });
    await ok(EVALUATE, { input: scores(draft.id, 2) }, cso2);
    const afterScoring = (await ok(PROPOSAL, { id: draft.id }, cso2)).proposal;
    expect(afterScoring.evaluations).toHaveLength(2);
    expect(afterScoring.evaluationSummary.all).toEqual({ evaluators: 2, feasibility: 3 });
    expect(afterScoring.evaluationSummary.bySector).toEqual([
      { sector: 'GOVERNMENT', evaluators: 1, feasibility: 4 },
      { sector: 'CIVIL_SOCIETY', evaluators: 1, feasibility: 2 },
      { sector: 'OTHER', evaluators: 0, feasibility: null },
      { sector: 'SECRETARIAT', evaluators: 0, feasibility: null },
    ]);
    // Nobody outside the forum's members sees scores, even later.
    expect((await ok(PROPOSAL, { id: draft.id })).proposal.evaluations).toBeNull();
    // Those who propose or back it do not grade it.
    expect(errorCode(await client.call(EVALUATE, { input: scores(draft.id, 5) }, { token: cso }))).toBe('FORBIDDEN');
    expect(errorCode(await client.call(EVALUATE, { input: scores(draft.id, 5) }, { token: acrc }))).toBe('FORBIDDEN');
    // The secretariat, who decides, sees the scores without scoring.
    expect((await ok(PROPOSAL, { id: draft.id }, admin)).proposal.evaluations).toHaveLength(2);
    // Scores stay within 1–5.
    expect(errorCode(await client.call(EVALUATE, { input: scores(draft.id, 6) }, { token: acrc }))).toBe('BAD_USER_INPUT');

    // ADMIN selects it, with the rationale and the government lead: a draft commitment exists.
    const decided = (
      await ok(DECIDE, { input: { proposalId: draft.id, outcome: 'SELECTED', rationale: 'Feasible with the existing ODA portal, concrete and urgent.', leadOrganizationId: moisOrganization } }, admin)
    ).decideProposal;
    expect(decided).toMatchObject({ status: 'SELECTED', rationale: 'Feasible with the existing ODA portal, concrete and urgent.' });
    const DRAFT = `query($id: ID!) { draftCommitment(id: $id) {
      id title frozen governmentSignedOffAt csoSignedOffAt leadOrganization { key } coLeadOrganizations { key }
      sections { id key text version history { version text } }
    } }`;
    const commitment = (await ok(DRAFT, { id: decided.draftCommitment.id })).draftCommitment;
    expect(commitment).toMatchObject({ title: 'Open the budget of every ODA project', frozen: false, leadOrganization: { key: 'mois' } });
    expect(commitment.coLeadOrganizations.map((o: { key: string }) => o.key)).toEqual(['open-net']);
    const description = commitment.sections.find((s: { key: string }) => s.key === 'COMMITMENT_DESCRIPTION');
    expect(description).toMatchObject({ version: 1, text: specificInput().proposedAction });
    expect(commitment.sections.map((s: { key: string }) => s.key)).toEqual([
      'PUBLIC_PROBLEM', 'COMMITMENT_DESCRIPTION', 'HOW_IT_SOLVES', 'OGP_RELEVANCE', 'MILESTONES', 'STAKEHOLDERS', 'ADDITIONAL_INFORMATION',
    ]);

    // Two members edit the same section from version 1: the second save is a CONFLICT carrying the first one's text.
    const SAVE = 'mutation($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { version text } }';
    const ministryText = 'Publish the budget lines of all ODA projects, project by project, on the ODA portal.';
    const csoText = 'Publish the budget and results of all ODA projects in IATI format.';
    const [first, second] = await Promise.all([
      client.call(SAVE, { input: { sectionId: description.id, text: ministryText, baseVersion: 1 } }, { token: mois }),
      client.call(SAVE, { input: { sectionId: description.id, text: csoText, baseVersion: 1 } }, { token: cso }),
    ]);
    const [saved, refused] = first.body.errors ? [second, first] : [first, second];
    expect(saved.body.data.saveDraftSection.version).toBe(2);
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, currentText: saved.body.data.saveDraftSection.text });
    // The loser merges and saves on top of version 2; both versions stay in the history, with a word diff between them.
    const merged = 'Publish the budget and results of all ODA projects, project by project, in IATI format on the ODA portal.';
    await ok(SAVE, { input: { sectionId: description.id, text: merged, baseVersion: 2 } }, refused === first ? mois : cso);
    const history = (await ok(DRAFT, { id: commitment.id })).draftCommitment.sections.find((s: { key: string }) => s.key === 'COMMITMENT_DESCRIPTION').history;
    expect(history.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    const diff = (await ok('query($s: ID!) { draftSectionDiff(sectionId: $s, fromVersion: 1, toVersion: 3) { text change } }', { s: description.id })).draftSectionDiff;
    expect(diff.filter((p: { change: string }) => p.change === 'ADDED').map((p: { text: string }) => p.text).join('')).toContain('results');
    // The parts rebuild both texts exactly: the old one without the additions, the new one without the removals.
    expect(diff.filter((p: { change: string }) => p.change !== 'ADDED').map((p: { text: string }) => p.text).join('')).toBe(specificInput().proposedAction);
    expect(diff.filter((p: { change: string }) => p.change !== 'REMOVED').map((p: { text: string }) => p.text).join('')).toBe(merged);

    // Sign-off: a ministry that does not lead it cannot; the lead and a CSO co-lead can; then it is frozen.
    // Each signs the revision they read; a stale one is a CONFLICT.
    const SIGN = 'mutation($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { frozen governmentSignedOffAt csoSignedOffAt } }';
    const { revision } = (await ok('query($id: ID!) { draftCommitment(id: $id) { revision } }', { id: commitment.id })).draftCommitment;
    expect(revision).toBe(9);
    expect(errorCode(await client.call(SIGN, { id: commitment.id, revision }, { token: acrc }))).toBe('FORBIDDEN');
    expect(errorCode(await client.call(SIGN, { id: commitment.id, revision: revision - 1 }, { token: mois }))).toBe('CONFLICT');
    expect((await ok(SIGN, { id: commitment.id, revision }, mois)).signOffDraftCommitment.frozen).toBe(false);
    expect(errorCode(await client.call(SIGN, { id: commitment.id, revision }, { token: cso2 }))).toBe('FORBIDDEN');
    expect((await ok(SIGN, { id: commitment.id, revision }, cso)).signOffDraftCommitment.frozen).toBe(true);
    const late = await client.call(SAVE, { input: { sectionId: description.id, text: 'One more change', baseVersion: 3 } }, { token: cso });
    expect(late.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', frozen: true });
    expect((await ok(DRAFT, { id: commitment.id })).draftCommitment.sections.find((s: { key: string }) => s.key === 'COMMITMENT_DESCRIPTION').text).toBe(merged);
  });

  it('withdraws a sign-off when the text changes after it', async () => {
    const id = await proposalUnderReview('Publish lobbying meetings of ministers');
    const { decideProposal } = await ok(DECIDE, { input: { proposalId: id, outcome: 'SELECTED', rationale: 'Urgent after the new conflict of interest law.', leadOrganizationId: moisOrganization } }, admin);
    const draftId = decideProposal.draftCommitment.id;
    const section = (await ok('query($id: ID!) { draftCommitment(id: $id) { sections { id version } } }', { id: draftId })).draftCommitment.sections[0];
    await ok('mutation($id: ID!) { signOffDraftCommitment(id: $id, revision: 7) { id } }', { id: draftId }, mois);
    await ok('mutation($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { version } }', { input: { sectionId: section.id, text: 'A sharper problem statement.', baseVersion: section.version } }, cso);
    expect((await ok('query($id: ID!) { draftCommitment(id: $id) { governmentSignedOffAt } }', { id: draftId })).draftCommitment.governmentSignedOffAt).toBeNull();
  });
});

describe('scores of those who back a proposal', () => {
  const SCORES = `query($id: ID!) { proposal(id: $id) {
    mayEvaluate myEvaluation { feasibility counts } evaluations { feasibility evaluator { id } } evaluationSummary { all { evaluators feasibility } }
  } }`;
  const SPONSOR = 'mutation($id: ID!, $sponsoring: Boolean!) { coSponsorProposal(id: $id, sponsoring: $sponsoring) { id } }';

  it('do not count once their organisation co-sponsors after scoring, and count again when it stops', async () => {
    const id = await proposalUnderReview('Open the procurement contracts register');
    await ok(EVALUATE, { input: scores(id, 2) }, mois);
    await ok(EVALUATE, { input: scores(id, 5) }, cso2);
    expect((await ok(SCORES, { id }, admin)).proposal.evaluationSummary.all).toEqual({ evaluators: 2, feasibility: 3.5 });

    // cso2's organisation co-sponsors: its member's score stays theirs, marked as not counting, and leaves the averages.
    await ok(SPONSOR, { id, sponsoring: true }, cso2);
    const byAdmin = (await ok(SCORES, { id }, admin)).proposal;
    expect(byAdmin.evaluationSummary.all).toEqual({ evaluators: 1, feasibility: 2 });
    expect(byAdmin.evaluations).toEqual([{ feasibility: 2, evaluator: { id: (await ok('{ me { id } }', {}, mois)).me.id } }]);
    // Nor does a score that does not count open the others' scores to its author while the review is open.
    expect((await ok(SCORES, { id }, cso2)).proposal).toEqual({ mayEvaluate: false, myEvaluation: { feasibility: 5, counts: false }, evaluations: null, evaluationSummary: null });

    await ok(SPONSOR, { id, sponsoring: false }, cso2);
    const again = (await ok(SCORES, { id }, cso2)).proposal;
    expect(again.myEvaluation).toEqual({ feasibility: 5, counts: true });
    expect(again.evaluationSummary.all).toEqual({ evaluators: 2, feasibility: 3.5 });
  });
});

describe('co-drafting live', () => {
  it('tells everyone viewing a section that a new version was saved, and by whom', async () => {
    const id = await proposalUnderReview('Open the asset declarations of senior officials');
    const { decideProposal } = await ok(DECIDE, { input: { proposalId: id, outcome: 'SELECTED', rationale: 'Asked for by the IRM and feasible this plan.', leadOrganizationId: moisOrganization } }, admin);
    const section = (await ok('query($id: ID!) { draftCommitment(id: $id) { sections { id version } } }', { id: decideProposal.draftCommitment.id })).draftCommitment.sections[1];
    const viewer = await connectLive(server.url);
    const saves: { section?: unknown; seq: number }[] = [];
    viewer.socket.on('section:saved', (event) => saves.push(event));
    expect(await viewer.socket.emitWithAck('subscribe', { subjectType: SubjectType.DRAFT_SECTION, subjectId: section.id })).toMatchObject({ ok: true });
    await ok('mutation($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { version } }', { input: { sectionId: section.id, text: 'Publish every declaration as open data.', baseVersion: 1 } }, mois);
    const ministry = (await ok('{ me { id displayName } }', {}, mois)).me;
    await eventually(() => saves.length === 1);
    expect(saves[0].section).toEqual({ version: 2, editedBy: ministry });
    viewer.socket.disconnect();
  });
});

describe('decisions', () => {
  it('selects a proposal without a civil-society proposer only with a named CSO co-lead', async () => {
    const { id } = (await ok(CREATE, { input: { ...specificInput(), title: 'A citizen\'s idea: open parliament data' } }, citizen)).createProposal;
    await ok('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id }, citizen);
    await ok('mutation($id: ID!) { openProposalReview(id: $id) { status } }', { id }, admin);
    const select = { proposalId: id, outcome: 'SELECTED', rationale: 'Feasible and asked for by many citizens.', leadOrganizationId: moisOrganization };
    const refused = await client.call(DECIDE, { input: select }, { token: admin });
    expect(refused.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'coLeadOrganizationId' });
    expect((await ok('query($id: ID!) { proposal(id: $id) { status } }', { id })).proposal.status).toBe('UNDER_REVIEW');
    const openNet = (await server.dataSource.query(`SELECT id FROM organizations WHERE key = 'open-net'`))[0].id;
    const selected = (await ok(DECIDE, { input: { ...select, coLeadOrganizationId: openNet } }, admin)).decideProposal;
    const draft = (await ok('query($id: ID!) { draftCommitment(id: $id) { coLeadOrganizations { key } } }', { id: selected.draftCommitment.id })).draftCommitment;
    expect(draft.coLeadOrganizations).toEqual([{ key: 'open-net' }]);
  });

  it('keeps a draft withdrawn before submission private, and out of the register', async () => {
    const { id } = (await ok(CREATE, { input: { ...specificInput(), title: 'A second thought' } }, cso)).createProposal;
    await ok('mutation($id: ID!) { withdrawProposal(id: $id) { status } }', { id }, cso);
    expect(errorCode(await client.call('query($id: ID!) { proposal(id: $id) { id } }', { id }))).toBe('NOT_FOUND');
    const register = (await ok('query($p: ID!) { reasonedResponses(planId: $p) { id } }', { p: planId })).reasonedResponses;
    expect(register.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it.each(['DECLINED', 'PARKED', 'SELECTED', 'MERGED'])('refuses a %s decision without a rationale, and changes nothing', async (outcome) => {
    const id = await proposalUnderReview(`Needs a reason (${outcome})`);
    for (const rationale of ['', '   ', 'Too short.', ' '.repeat(30)]) {
      const answer = await client.call(DECIDE, { input: { proposalId: id, outcome, rationale } }, { token: admin });
      expect(answer.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
    const after = (await ok('query($id: ID!) { proposal(id: $id) { status rationale decidedAt } }', { id })).proposal;
    expect(after).toEqual({ status: 'UNDER_REVIEW', rationale: null, decidedAt: null });
    const [{ count }] = await server.dataSource.query(`SELECT count(*)::int AS count FROM audit_events WHERE entity_id = $1 AND action IN ('proposal.selected', 'proposal.merged', 'proposal.parked', 'proposal.declined')`, [id]);
    expect(count).toBe(0);
  });

  it('parks a proposal in a working group whose thread only members read, and merges another into a proposal', async () => {
    const group = (await ok('mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id } }', { input: { planId, name: 'Beneficial ownership' } }, admin)).createWorkingGroup;
    const parked = await proposalUnderReview('Register of beneficial owners');
    const PARK = { proposalId: parked, outcome: 'PARKED', rationale: 'Needs more research across ministries; the working group carries it on.' };
    expect(errorCode(await client.call(DECIDE, { input: PARK }, { token: admin }))).toBe('BAD_USER_INPUT');
    await ok(DECIDE, { input: { ...PARK, workingGroupId: group.id } }, admin);
    const csoUser = (await ok('{ me { id } }', {}, cso)).me.id;
    await ok('mutation($g: ID!, $u: ID!) { setWorkingGroupMember(groupId: $g, userId: $u, member: true) { id } }', { g: group.id, u: csoUser }, admin);
    const GROUP = 'query($id: ID!) { workingGroup(id: $id) { name members { id } proposals { title status rationale } } }';
    expect((await ok(GROUP, { id: group.id })).workingGroup).toEqual({
      name: 'Beneficial ownership',
      members: null,
      proposals: [{ title: 'Register of beneficial owners', status: 'PARKED', rationale: PARK.rationale }],
    });
    expect((await ok(GROUP, { id: group.id }, mois)).workingGroup.members).toEqual([{ id: csoUser }]);
    // The group's thread is for forum members.
    const subject = { subjectType: SubjectType.WORKING_GROUP, subjectId: group.id };
    const COMMENT = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
    expect(errorCode(await client.call(COMMENT, { input: { ...subject, body: 'Let me in' } }, { token: citizen }))).toBe('NOT_FOUND');
    await ok(COMMENT, { input: { ...subject, body: 'First meeting in January?' } }, cso);
    // Mentioning someone who may not read the thread notifies nobody: the excerpt would carry members-only text.
    const citizenUser = (await ok('{ me { id displayName } }', {}, citizen)).me;
    await ok(COMMENT, { input: { ...subject, body: `@[${citizenUser.displayName}](${citizenUser.id}) may want to know` } }, cso);
    const citizenNotices = (await ok('{ notifications { edges { node { subjectType } } } }', {}, citizen)).notifications.edges;
    expect(citizenNotices.map((edge: { node: { subjectType: string } }) => edge.node.subjectType)).not.toContain('WORKING_GROUP');
    const visitor = await connectLive(server.url);
    expect(await visitor.socket.emitWithAck('subscribe', subject)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    visitor.socket.disconnect();

    const target = await proposalUnderReview('Open ODA evaluations');
    const duplicate = await proposalUnderReview('Publish ODA evaluation reports');
    await ok(DECIDE, { input: { proposalId: duplicate, outcome: 'MERGED', rationale: 'Same aim as "Open ODA evaluations"; carried on there.', mergedIntoId: target } }, admin);
    expect((await ok('query($id: ID!) { proposal(id: $id) { status mergedInto { id } } }', { id: duplicate })).proposal).toEqual({ status: 'MERGED', mergedInto: { id: target } });
    // A decided proposal is a public record: it cannot be decided again.
    expect(errorCode(await client.call(DECIDE, { input: { proposalId: duplicate, outcome: 'DECLINED', rationale: 'Changed our mind about this one.' } }, { token: admin }))).toBe('CONFLICT');
  });

  it('lets only the author edit and withdraw, and only the secretariat decide', async () => {
    const { id } = (await ok(CREATE, { input: { ...specificInput(), title: 'Editable draft' } }, cso)).createProposal;
    const UPDATE = 'mutation($id: ID!, $input: ProposalTextInput!) { updateProposal(id: $id, input: $input) { title } }';
    const { planId: _plan, ...text } = { ...specificInput(), title: 'Edited draft' };
    expect((await ok(UPDATE, { id, input: text }, cso)).updateProposal.title).toBe('Edited draft');
    await ok('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id }, cso);
    expect(errorCode(await client.call(UPDATE, { id, input: text }, { token: cso }))).toBe('CONFLICT');
    expect(errorCode(await client.call('mutation($id: ID!) { withdrawProposal(id: $id) { id } }', { id }, { token: cso2 }))).toBe('FORBIDDEN');
    expect(errorCode(await client.call('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id }, { token: mois }))).toBe('FORBIDDEN');
    expect((await ok('mutation($id: ID!) { withdrawProposal(id: $id) { status } }', { id }, cso)).withdrawProposal.status).toBe('WITHDRAWN');
  });
});

describe('the reasoned-response register', () => {
  it('lists every proposal that reached the forum with its outcome and rationale, as CSV too', async () => {
    const declined = await proposalUnderReview('A national day of open data');
    const rationale = 'A day of events does not change how government works; "open data" is covered by 2-a.';
    await ok(DECIDE, { input: { proposalId: declined, outcome: 'DECLINED', rationale } }, admin);
    const register = (await ok('query($p: ID!) { reasonedResponses(planId: $p) { title status rationale } }', { p: planId })).reasonedResponses;
    expect(register).toContainEqual({ title: 'A national day of open data', status: 'DECLINED', rationale });
    expect(register.map((p: { status: string }) => p.status)).not.toContain('DRAFT');

    const csv = await request(server.url).get(`/exports/reasoned-responses/${planId}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = parse(csv.text.replace(/^\uFEFF/, ''), { columns: true });
    expect(rows).toHaveLength(register.length);
    expect(rows.find((row) => row.title === 'A national day of open data')).toMatchObject({ outcome: 'DECLINED', rationale, proposer_organization: 'Open Net' });
    expect((await request(server.url).get('/exports/reasoned-responses/00000000-0000-4000-8000-000000000000.csv')).status).toBe(404);
  });

  it('carries the four proposals of the seed document that became commitments of the 3rd plan', async () => {
    const plan3 = (await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3'))[0].id;
    const register = (await ok('query($p: ID!) { reasonedResponses(planId: $p) { title status rationale sampleAttribution commitment { code } organization { key } } }', { p: plan3 })).reasonedResponses;
    expect(register.map((p: { commitment: { code: string } }) => p.commitment.code)).toEqual(['1-a', '4-a', '6-a', '6-b']);
    expect(register.every((p: { status: string; rationale: string }) => p.status === 'SELECTED' && p.rationale.length > 50)).toBe(true);
  });
});

describe('the call for proposals', () => {
  it('takes proposals only while the call is open', async () => {
    const closed = (
      await ok(
        'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id coCreationPhase } }',
        { input: { number: 5, title: '5th plan', periodStart: '2021-01-01', periodEnd: '2022-12-31', callOpensOn: '2020-01-01', callClosesOn: '2020-02-01' } },
        admin,
      )
    ).createActionPlan;
    expect(closed.coCreationPhase).not.toBe('OPEN_CALL');
    expect(errorCode(await client.call(CREATE, { input: { ...specificInput(), planId: closed.id } }, { token: citizen }))).toBe('CONFLICT');
    const outOfOrder = await client.call(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 6, title: '6th plan', periodStart: '2023-01-01', periodEnd: '2024-12-31', callOpensOn: '2022-05-01', callClosesOn: '2022-04-01' } },
      { token: admin },
    );
    expect(outOfOrder.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'callClosesOn' });

    // The secretariat reopens the call: proposals are taken again.
    const CALENDAR = 'mutation($id: ID!, $input: CoCreationCalendarInput!) { updateCoCreationCalendar(id: $id, input: $input) { coCreationPhase dueOn } }';
    const reopened = (await ok(CALENDAR, { id: closed.id, input: { callOpensOn: '2020-01-01', callClosesOn: '2099-06-30', dueOn: '2099-08-31' } }, admin)).updateCoCreationCalendar;
    expect(reopened).toEqual({ coCreationPhase: 'OPEN_CALL', dueOn: '2099-08-31' });
    const wrongOrder = await client.call(CALENDAR, { id: closed.id, input: { callClosesOn: '2099-06-30' } }, { token: admin });
    expect(wrongOrder.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'dueOn' });
    await ok(CREATE, { input: { ...specificInput(), planId: closed.id } }, citizen);
  });

  it('checks specificity while a proposal is written, in the writer\'s language', async () => {
    const vague = { proposedAction: 'Improve the transparency of aid.', expectedResults: 'More trust.', locale: 'ko' };
    const report = (await ok('query($input: SpecificityCheckInput!) { checkSpecificity(input: $input) { score rules { rule met requirement howToFix } } }', { input: vague })).checkSpecificity;
    expect(report.score).toBe(0);
    expect(report.rules.find((r: { rule: string }) => r.rule === 'MEASURABLE_TARGET')).toMatchObject({ met: false, requirement: '측정 가능한 목표를 제시' });
  });
});
