import { Action, can, Role } from '@ogp-forum/domain';
import type { RunningServer } from '../src/server.js';
import { clientFor, DEMO_PASSWORD, type GraphqlAnswer } from './client.js';
import { startTestServer } from './harness.js';
import { resolverMethods, schemaOperations } from './operations.js';

/**
 * Every operation × every kind of caller gets exactly what the permission matrix of libs/domain says: the guard lets
 * it through, or refuses with FORBIDDEN (signed in) / UNAUTHENTICATED (anonymous) naming the action. An operation
 * added to the schema without a sample here fails the first test, so no cell goes untested.
 */

interface Caller {
  name: string;
  email: string | null;
  role: Role | null;
}

const CALLERS: Caller[] = [
  { name: 'anonymous', email: null, role: null },
  { name: 'CITIZEN', email: 'citizen@example.org', role: Role.CITIZEN },
  { name: 'CSO', email: 'cso@example.org', role: Role.CSO },
  // The ministry that leads a commitment and one that does not: the same until an operation checks ownership.
  { name: 'GOVERNMENT (own ministry)', email: 'mois@example.org', role: Role.GOVERNMENT },
  { name: 'GOVERNMENT (other ministry)', email: 'acrc@example.org', role: Role.GOVERNMENT },
  { name: 'ADMIN', email: 'admin@example.org', role: Role.ADMIN },
];

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

interface Sample {
  query: string;
  variables?: (caller: Caller) => Record<string, unknown>;
  /** For operations with an ownership rule on top of the matrix: whether this caller owns the sample's subject. */
  owns?: (caller: Caller) => boolean;
}

/** One harmless request per operation: it passes GraphQL validation, so only the guard (or ownership) can refuse it. */
const SAMPLES: Record<string, Sample> = {
  'Query.actionPlans': { query: '{ actionPlans { id } }' },
  'Query.actionPlan': { query: `{ actionPlan(id: "${NO_SUCH_ID}") { id } }` },
  'Query.commitment': { query: `{ commitment(id: "${NO_SUCH_ID}") { id } }` },
  'Query.commitments': { query: `{ commitments(planId: "${NO_SUCH_ID}") { totalCount } }` },
  'Query.organizations': { query: '{ organizations { id } }' },
  'Query.me': { query: '{ me { id } }' },
  'Query.mySessions': { query: '{ mySessions { id } }' },
  'Query.members': { query: '{ members { totalCount } }' },
  'Query.auditEvents': { query: '{ auditEvents { totalCount } }' },
  'Query.invitation': { query: '{ invitation(token: "no-such-token") { email } }' },
  'Query.signUpOpen': { query: '{ signUpOpen }' },
  'Mutation.signUp': {
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) }',
    variables: () => ({ input: { email: 'matrix.sign.up@example.org', displayName: 'Matrix', password: 'a long walk by the han river', locale: 'en' } }),
  },
  'Mutation.verifyEmail': { query: 'mutation { verifyEmail(token: "no-such-token") { accessToken } }' },
  'Mutation.updateMyAccount': { query: 'mutation { updateMyAccount(input: {}) { id } }' },
  'Mutation.login': {
    query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    variables: (caller) => ({ email: caller.email ?? 'citizen@example.org', password: DEMO_PASSWORD }),
  },
  'Mutation.refreshSession': { query: 'mutation { refreshSession { accessToken } }' },
  'Mutation.logout': { query: 'mutation { logout }' },
  'Mutation.revokeSession': { query: `mutation { revokeSession(id: "${NO_SUCH_ID}") }` },
  'Mutation.changePassword': {
    query: 'mutation { changePassword(input: { currentPassword: "not-my-password", newPassword: "a-fine-new-passphrase" }) }',
  },
  'Mutation.acceptInvitation': { query: 'mutation { acceptInvitation(token: "no-such-token", password: "a-fine-new-passphrase") { accessToken } }' },
  'Mutation.inviteMember': {
    query: 'mutation { inviteMember(input: { email: "cso@example.org", displayName: "Existing", role: CITIZEN }) { expiresAt } }',
  },
  'Mutation.updateMember': { query: `mutation { updateMember(id: "${NO_SUCH_ID}", input: { displayName: "Nobody" }) { id } }` },
  'Mutation.deactivateMember': { query: `mutation { deactivateMember(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.reactivateMember': { query: `mutation { reactivateMember(id: "${NO_SUCH_ID}") { id } }` },
  'Query.myCalendarFeed': { query: '{ myCalendarFeed { createdAt } }' },
  'Query.notificationPreferences': { query: '{ notificationPreferences { topic delivery } }' },
  'Mutation.setNotificationPreference': { query: 'mutation { setNotificationPreference(topic: MENTIONS, delivery: EMAIL) { topic } }' },
  'Mutation.renewCalendarFeed': { query: 'mutation { renewCalendarFeed { url } }' },
  'Mutation.revokeCalendarFeed': { query: 'mutation { revokeCalendarFeed }' },
  'Mutation.createOrganization': { query: 'mutation { createOrganization(input: { name: "", kind: CIVIL_SOCIETY }) { id } }' },
  'Mutation.flagComment': { query: `mutation { flagComment(input: { id: "${NO_SUCH_ID}", reason: "Off topic" }) { id } }` },
  'Query.flaggedComments': { query: '{ flaggedComments { totalCount } }' },
  'Mutation.dismissCommentFlags': { query: `mutation { dismissCommentFlags(commentId: "${NO_SUCH_ID}") }` },
  'Query.comment': { query: `{ comment(id: "${NO_SUCH_ID}") { id } }` },
  'Query.comments': { query: `{ comments(subjectType: COMMITMENT, subjectId: "${NO_SUCH_ID}") { totalCount } }` },
  'Mutation.postComment': { query: `mutation { postComment(input: { subjectType: COMMITMENT, subjectId: "${NO_SUCH_ID}", body: "Hello" }) { id } }` },
  'Mutation.editComment': { query: `mutation { editComment(input: { id: "${NO_SUCH_ID}", body: "Hello" }) { id } }` },
  'Mutation.hideComment': { query: `mutation { hideComment(input: { id: "${NO_SUCH_ID}", reason: "Off topic" }) { id } }` },
  'Mutation.postProgressUpdate': {
    // Commitment 1-a is led by the Ministry of the Interior and Safety: only that ministry's member may report on it.
    query: 'mutation($id: ID!) { postProgressUpdate(input: { commitmentId: $id, body: "Progress", completion: COMPLETED }) { id } }',
    variables: () => ({ id: commitment1a }),
    owns: (caller) => caller.email === 'mois@example.org',
  },
  'Query.mentionableMembers': { query: '{ mentionableMembers(search: "Open") { id } }' },
  'Mutation.deleteAttachment': { query: `mutation { deleteAttachment(id: "${NO_SUCH_ID}") }` },
  'Query.planRepository': { query: `{ planRepository(planId: "${NO_SUCH_ID}") { lastUpdatedAt } }` },
  'Query.proposal': { query: `{ proposal(id: "${NO_SUCH_ID}") { id } }` },
  'Query.proposals': { query: `{ proposals(planId: "${NO_SUCH_ID}") { id } }` },
  'Mutation.createProposal': { query: `mutation { createProposal(input: { planId: "${NO_SUCH_ID}", title: "A proposal" }) { id } }` },
  'Mutation.submitProposal': { query: `mutation { submitProposal(id: "${NO_SUCH_ID}") { id } }` },
  'Query.reasonedResponses': { query: `{ reasonedResponses(planId: "${NO_SUCH_ID}") { id } }` },
  'Query.checkSpecificity': { query: '{ checkSpecificity(input: { proposedAction: "Publish a dataset" }) { score } }' },
  'Mutation.updateProposal': { query: `mutation { updateProposal(id: "${NO_SUCH_ID}", input: { title: "A proposal" }) { id } }` },
  'Mutation.withdrawProposal': { query: `mutation { withdrawProposal(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.coSponsorProposal': { query: `mutation { coSponsorProposal(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.openProposalReview': { query: `mutation { openProposalReview(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.evaluateProposal': {
    query: `mutation { evaluateProposal(input: { proposalId: "${NO_SUCH_ID}", feasibility: 3, specificity: 3, urgency: 3, relevance: 3 }) { note } }`,
  },
  'Mutation.decideProposal': {
    query: `mutation { decideProposal(input: { proposalId: "${NO_SUCH_ID}", outcome: DECLINED, rationale: "Out of the plan's scope, as discussed." }) { id } }`,
  },
  'Query.draftCommitment': { query: `{ draftCommitment(id: "${NO_SUCH_ID}") { id } }` },
  'Query.draftCommitments': { query: `{ draftCommitments(planId: "${NO_SUCH_ID}") { id } }` },
  'Query.draftSectionDiff': { query: `{ draftSectionDiff(sectionId: "${NO_SUCH_ID}", fromVersion: 1, toVersion: 2) { text } }` },
  'Mutation.saveDraftSection': { query: `mutation { saveDraftSection(input: { sectionId: "${NO_SUCH_ID}", text: "Text", baseVersion: 1 }) { id } }` },
  'Mutation.saveDraftMilestones': {
    query: `mutation { saveDraftMilestones(input: { sectionId: "${NO_SUCH_ID}", baseVersion: 1, milestones: [{ title: "Pilot", start: "2019-01-01", end: "2019-06-30" }] }) { id } }`,
  },
  'Mutation.signOffDraftCommitment': { query: `mutation { signOffDraftCommitment(id: "${NO_SUCH_ID}", revision: 7) { id } }` },
  'Query.workingGroups': { query: `{ workingGroups(planId: "${NO_SUCH_ID}") { id } }` },
  'Query.workingGroup': { query: `{ workingGroup(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.createWorkingGroup': { query: `mutation { createWorkingGroup(input: { planId: "${NO_SUCH_ID}", name: "Beneficial ownership" }) { id } }` },
  'Mutation.setWorkingGroupMember': { query: `mutation { setWorkingGroupMember(groupId: "${NO_SUCH_ID}", userId: "${NO_SUCH_ID}", member: true) { id } }` },
  'Mutation.adoptActionPlan': {
    query: `mutation { adoptActionPlan(planId: "${NO_SUCH_ID}", input: { themes: [{ position: 1, title: "A theme" }], commitments: [] }) { id } }`,
  },
  'Mutation.closeActionPlan': { query: `mutation { closeActionPlan(planId: "${NO_SUCH_ID}") { id } }` },
  'Mutation.updateActionPlan': { query: `mutation { updateActionPlan(id: "${NO_SUCH_ID}", input: { title: "5th National Action Plan", periodStart: "2030-09-01", periodEnd: "2032-08-31" }) { id } }` },
  'Mutation.updateCoCreationCalendar': { query: `mutation { updateCoCreationCalendar(id: "${NO_SUCH_ID}", input: { callClosesOn: "2030-05-31" }) { id } }` },
  'Mutation.createActionPlan': {
    query: 'mutation { createActionPlan(input: { number: 9, title: "Backwards plan", periodStart: "2030-09-01", periodEnd: "2029-08-31" }) { id } }',
  },
  'Query.notifications': { query: '{ notifications { totalCount } }' },
  'Query.unreadNotificationCount': { query: '{ unreadNotificationCount }' },
  'Mutation.markNotificationsRead': { query: 'mutation { markNotificationsRead }' },
  'Mutation.follow': { query: `mutation { follow(subjectType: COMMITMENT, subjectId: "${NO_SUCH_ID}") }` },
  'Query.forumSettings': { query: '{ forumSettings { timeZone } }' },
  'Query.planDashboard': { query: `{ planDashboard(planId: "${NO_SUCH_ID}") { planId } }` },
  'Query.meetings': { query: '{ meetings { totalCount } }' },
  'Query.meeting': { query: `{ meeting(id: "${NO_SUCH_ID}") { id } }` },
  'Query.suggestAgenda': { query: `{ suggestAgenda(meetingId: "${NO_SUCH_ID}") { reason } }` },
  'Query.meetingCompliance': { query: '{ meetingCompliance { compliant } }' },
  'Query.ogpCompliance': { query: `{ ogpCompliance(planId: "${NO_SUCH_ID}") { asOf } }` },
  'Query.search': { query: '{ search(query: "budget") { totalCount } }' },
  'Query.myActionItems': { query: '{ myActionItems { id } }' },
  'Mutation.createMeeting': { query: 'mutation { createMeeting(input: { title: "", startsAt: "2030-01-01T06:00:00Z", endsAt: "2030-01-01T08:00:00Z" }) { id } }' },
  'Mutation.createMeetingSeries': {
    query: 'mutation { createMeetingSeries(count: 0, input: { title: "Monthly", startsAt: "2030-01-01T06:00:00Z", endsAt: "2030-01-01T08:00:00Z" }) { id } }',
  },
  'Mutation.updateMeeting': {
    query: `mutation { updateMeeting(id: "${NO_SUCH_ID}", input: { title: "Moved", startsAt: "2030-01-01T06:00:00Z", endsAt: "2030-01-01T08:00:00Z" }) { id } }`,
  },
  'Mutation.cancelMeeting': { query: `mutation { cancelMeeting(id: "${NO_SUCH_ID}", reason: "No quorum") { id } }` },
  'Mutation.rsvp': { query: `mutation { rsvp(meetingId: "${NO_SUCH_ID}", answer: YES) { answer } }` },
  'Mutation.addAgendaItem': { query: `mutation { addAgendaItem(input: { meetingId: "${NO_SUCH_ID}", title: "Item" }) { id } }` },
  'Mutation.updateAgendaItem': { query: `mutation { updateAgendaItem(id: "${NO_SUCH_ID}", input: { title: "Item" }) { id } }` },
  'Mutation.removeAgendaItem': { query: `mutation { removeAgendaItem(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.moveAgendaItem': { query: `mutation { moveAgendaItem(id: "${NO_SUCH_ID}", position: 1) { id } }` },
  'Mutation.startMeeting': { query: `mutation { startMeeting(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.openAgendaItem': { query: `mutation { openAgendaItem(meetingId: "${NO_SUCH_ID}", agendaItemId: "${NO_SUCH_ID}") { id } }` },
  'Mutation.endMeeting': { query: `mutation { endMeeting(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.recordAttendance': { query: `mutation { recordAttendance(meetingId: "${NO_SUCH_ID}", userId: "${NO_SUCH_ID}", present: true) { id } }` },
  'Mutation.saveMinutes': { query: `mutation { saveMinutes(input: { meetingId: "${NO_SUCH_ID}", text: "Notes", baseVersion: 1 }) { id } }` },
  'Mutation.addDecision': { query: `mutation { addDecision(input: { meetingId: "${NO_SUCH_ID}", text: "Agreed" }) { id } }` },
  'Mutation.removeDecision': { query: `mutation { removeDecision(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.addActionItem': {
    query: `mutation { addActionItem(input: { meetingId: "${NO_SUCH_ID}", title: "Send data", assigneeId: "${NO_SUCH_ID}", dueDate: "2030-01-31" }) { id } }`,
  },
  'Mutation.removeActionItem': { query: `mutation { removeActionItem(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.completeActionItem': { query: `mutation { completeActionItem(id: "${NO_SUCH_ID}") { id } }` },
  'Mutation.publishMinutes': { query: `mutation { publishMinutes(meetingId: "${NO_SUCH_ID}") { id } }` },
  'Mutation.amendMinutes': { query: `mutation { amendMinutes(input: { meetingId: "${NO_SUCH_ID}", body: "Correction", reason: "Typo" }) { id } }` },
  'Query.reportNarratives': { query: `{ reportNarratives(planId: "${NO_SUCH_ID}", kind: END_OF_TERM, locale: en) { version } }` },
  'Query.reportNarrativeVersions': {
    query: `{ reportNarrativeVersions(section: { planId: "${NO_SUCH_ID}", kind: END_OF_TERM, key: INTRODUCTION, locale: en }) { version } }`,
  },
  'Mutation.saveReportNarrative': {
    query: `mutation { saveReportNarrative(input: { planId: "${NO_SUCH_ID}", kind: END_OF_TERM, key: INTRODUCTION, locale: en, text: "Intro", baseVersion: 0 }) { version } }`,
  },
  'Query.reportConsultation': { query: `{ reportConsultation(planId: "${NO_SUCH_ID}", kind: END_OF_TERM) { id } }` },
  'Mutation.openReportConsultation': {
    query: `mutation { openReportConsultation(input: { planId: "${NO_SUCH_ID}", kind: END_OF_TERM, opensOn: "2030-01-01", closesOn: "2030-01-31" }) { id } }`,
  },
  'Query.forumRules': { query: '{ forumRules { locale version } }' },
  'Query.forumRulesVersions': { query: '{ forumRulesVersions(locale: en) { version } }' },
  // From version 0 while the seeded version 1 exists: the secretariat gets a CONFLICT, and nothing is saved.
  'Mutation.saveForumRules': { query: 'mutation { saveForumRules(input: { locale: en, text: "Rules", baseVersion: 0 }) { version } }' },
  'Mutation.updateOrganization': { query: `mutation { updateOrganization(id: "${NO_SUCH_ID}", input: { name: "X", kind: CIVIL_SOCIETY }) { id } }` },
};

let server: RunningServer;
/** The action each operation declares, read once from the running app. */
let declared: Map<string, Action>;
let commitment1a: string;
let call: ReturnType<typeof clientFor>['call'];
const tokens = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  const client = clientFor(server);
  call = client.call;
  declared = new Map(resolverMethods(server).map((method) => [method.operation, method.action!]));
  const { body } = await call('{ actionPlans { themes { commitments { id code } } } }');
  commitment1a = body.data.actionPlans[0].themes[0].commitments.find((c: { code: string }) => c.code === '1-a').id;
  for (const caller of CALLERS) {
    if (caller.email) tokens.set(caller.name, (await client.login(caller.email)).token);
  }
});
afterAll(() => server.stop());

it('has a sample request for every operation in the schema', () => {
  expect(Object.keys(SAMPLES).sort()).toEqual(schemaOperations(server));
});

// logout ends the caller's session, so it comes after every other operation (sort is stable: the rest keep their order).
const operations = Object.keys(SAMPLES).sort((a, b) => Number(a === 'Mutation.logout') - Number(b === 'Mutation.logout'));
const cells = operations.flatMap((operation) => CALLERS.map((caller) => ({ operation, caller: caller.name, who: caller })));

/** The guard's refusal carries the action; errors from the operation itself (NOT_FOUND, BAD_USER_INPUT …) do not. */
function refusal(answer: GraphqlAnswer) {
  return answer.body.errors?.find((error) => error.extensions?.action);
}

it.each(cells)('$operation for $caller', async ({ operation, who }) => {
  const action = declared.get(operation)!;
  const sample = SAMPLES[operation];
  const answer = await call(sample.query, sample.variables?.(who) ?? {}, { token: tokens.get(who.name) });
  const refused = refusal(answer);
  const allowedByMatrix = can(who.role ? { role: who.role } : null, action);
  if (!allowedByMatrix) {
    expect(refused?.extensions).toEqual({ code: who.role ? 'FORBIDDEN' : 'UNAUTHENTICATED', action });
  } else if (sample.owns && !sample.owns(who)) {
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  } else {
    expect(refused).toBeUndefined();
    expect(answer.body.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('FORBIDDEN');
  }
});

it('keeps the matrix of the test in step with the one in libs/domain', () => {
  // Spot checks written out by hand, so that a change to the shared matrix must also be a change here.
  expect(declared.get('Query.members')).toBe(Action.MANAGE_MEMBERS);
  expect(declared.get('Query.auditEvents')).toBe(Action.READ_AUDIT_LOG);
  expect(declared.get('Query.mySessions')).toBe(Action.MANAGE_OWN_ACCOUNT);
  expect(declared.get('Query.actionPlan')).toBe(Action.READ_PUBLIC);
  expect(declared.get('Mutation.saveReportNarrative')).toBe(Action.WRITE_REPORT);
  expect(declared.get('Mutation.openReportConsultation')).toBe(Action.OPEN_REPORT_CONSULTATION);
  expect(declared.get('Mutation.saveForumRules')).toBe(Action.EDIT_FORUM_RULES);
  expect(declared.get('Query.forumRules')).toBe(Action.READ_PUBLIC);
});
