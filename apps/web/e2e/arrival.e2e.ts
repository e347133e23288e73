import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser } from './browser.js';

/**
 * Members arrive as everyone does: by a bookmark, a shared link, or F5. A cold load restores the session from the
 * refresh cookie; every page must then show what this member may do, not what a visitor sees.
 */
describeInBrowser('a signed-in member arriving by address or by reload', () => {
  let server: RunningServer;
  let browser: Browser;
  let commitmentUrl: string;
  let draftUrl: string;
  let meetingUrl: string;

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) => callApi<T>(server, query, variables, token);

  const login = (email: string) => apiToken(server, email);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // 1-a is led by the Ministry of the Interior and Safety, whose contact reports its progress.
    const [commitment] = await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`);
    commitmentUrl = `${server.url}/commitments/${commitment.id}`;

    // A draft commitment awaiting sign-off: Open Net's proposal, selected with the ministry as lead agency.
    const [admin, cso] = [await login('admin@example.org'), await login('cso@example.org')];
    const { createActionPlan } = await graphql<{ createActionPlan: { id: string } }>(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2027–2029)', periodStart: '2027-09-01', periodEnd: '2029-08-31' } },
      admin,
    );
    const { createProposal } = await graphql<{ createProposal: { id: string } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      { input: { planId: createActionPlan.id, title: 'Open data on public procurement', problem: 'Contracts are hard to find.', proposedAction: 'Publish all contracts as open data.' } },
      cso,
    );
    await graphql('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, cso);
    await graphql('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id: createProposal.id }, admin);
    const { organizations } = await graphql<{ organizations: { id: string; name: string }[] }>('{ organizations { id name } }', {});
    const ministry = organizations.find((organization) => organization.name === 'Ministry of the Interior and Safety')!;
    await graphql(
      'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { id } }',
      { input: { proposalId: createProposal.id, outcome: 'SELECTED', rationale: 'Specific, and backed by both sectors.', leadOrganizationId: ministry.id } },
      admin,
    );
    const { proposal } = await graphql<{ proposal: { draftCommitment: { id: string } } }>('query($id: ID!) { proposal(id: $id) { draftCommitment { id } } }', { id: createProposal.id }, admin);
    draftUrl = `${server.url}/draft-commitments/${proposal.draftCommitment.id}`;

    // A meeting next week with an online link, which only members see.
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const { createMeeting } = await graphql<{ createMeeting: { id: string } }>(
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { title: 'Monthly forum meeting', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), onlineUrl: 'https://meet.example.org/forum' } },
      admin,
    );
    meetingUrl = `${server.url}/meetings/${createMeeting.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A browser of its own, signed in at /login; console errors and uncaught exceptions are kept. */
  async function signedIn(email: string): Promise<{ page: Page; errors: string[] }> {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('demo-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return { page, errors };
  }

  it('the ministry contact finds "Report progress" on its commitment, and what it follows stays followed', async () => {
    const { page, errors } = await signedIn('mois@example.org');
    await page.goto(commitmentUrl);
    await page.getByRole('button', { name: 'Report progress' }).waitFor();
    await page.getByRole('button', { name: 'Follow', exact: true, pressed: false }).click();
    await page.getByRole('button', { name: 'Following', pressed: true }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Report progress' }).waitFor();
    await page.getByRole('button', { name: 'Following', pressed: true }).waitFor();

    // Signed out, the page is a visitor's again: nothing fetched for the ministry stays on it.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Sign in to comment.').waitFor();
    expect(await page.getByRole('button', { name: 'Report progress' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Follow/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the government lead and the civil-society co-lead find "Sign off" on the draft commitment', async () => {
    const ministry = await signedIn('mois@example.org');
    await ministry.page.goto(draftUrl);
    await ministry.page.getByRole('button', { name: 'Sign off' }).waitFor();
    await ministry.page.reload();
    await ministry.page.getByRole('button', { name: 'Sign off' }).waitFor();

    const coLead = await signedIn('cso@example.org');
    await coLead.page.goto(draftUrl);
    await coLead.page.getByRole('button', { name: 'Sign off' }).waitFor();
    expect([...ministry.errors, ...coLead.errors]).toEqual([]);
  });

  it('a member finds the online link and their answer on a meeting; the secretariat its pages and controls', async () => {
    const member = await signedIn('cso@example.org');
    await member.page.goto(meetingUrl);
    await member.page.getByRole('link', { name: 'https://meet.example.org/forum' }).waitFor();
    await member.page.getByRole('group', { name: 'Will you attend?' }).getByRole('button', { name: 'Yes' }).click();
    await member.page.getByRole('button', { name: 'Yes', pressed: true }).waitFor();
    await member.page.reload();
    await member.page.getByRole('link', { name: 'https://meet.example.org/forum' }).waitFor();
    await member.page.getByRole('button', { name: 'Yes', pressed: true }).waitFor();

    const chair = await signedIn('admin@example.org');
    await chair.page.goto(meetingUrl);
    await chair.page.getByRole('button', { name: 'Start meeting' }).waitFor();
    await chair.page.goto(`${server.url}/admin/members`);
    await chair.page.getByRole('cell', { name: 'MOIS contact', exact: true }).waitFor();
    await chair.page.reload();
    await chair.page.getByRole('cell', { name: 'MOIS contact', exact: true }).waitFor();
    expect([...member.errors, ...chair.errors]).toEqual([]);
  });
});
