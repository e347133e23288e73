import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signInAtLoginPage } from './browser.js';

/**
 * Co-drafting a selected proposal: the OGP values by name, the milestones in a form of their own, and the sign-offs
 * — each side sees its own as signed, and the other side's page changes live when it signs.
 */
describeInBrowser('a draft commitment', () => {
  let server: RunningServer;
  let browser: Browser;
  let draftUrl: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const [admin, cso] = [await apiToken(server, 'admin@example.org'), await apiToken(server, 'cso@example.org')];
    const graphql = <T>(query: string, variables: Record<string, unknown>, token: string) => callApi<T>(server, query, variables, token);
    const { createActionPlan } = await graphql<{ createActionPlan: { id: string } }>(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2027–2029)', periodStart: '2027-09-01', periodEnd: '2029-08-31' } },
      admin,
    );
    const { createProposal } = await graphql<{ createProposal: { id: string } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      {
        input: {
          planId: createActionPlan.id,
          title: 'Open data on public procurement',
          problem: 'Contracts are hard to find.',
          proposedAction: 'Publish all contracts as open data.',
          milestones: [{ title: 'Contract data standard agreed', dueDate: '2028-03-31' }],
          ogpValues: ['ACCESS_TO_INFORMATION'],
        },
      },
      cso,
    );
    await graphql('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, cso);
    await graphql('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id: createProposal.id }, admin);
    const [ministry] = await server.dataSource.query(`SELECT id FROM organizations WHERE key = 'mois'`);
    const { decideProposal } = await graphql<{ decideProposal: { draftCommitment: { id: string } } }>(
      'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { draftCommitment { id } } }',
      { input: { proposalId: createProposal.id, outcome: 'SELECTED', rationale: 'Specific, and backed by both sectors.', leadOrganizationId: ministry.id } },
      admin,
    );
    draftUrl = `${server.url}/draft-commitments/${decideProposal.draftCommitment.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const section = (page: Page, key: string) => page.locator(`section[data-section="${key}"]`);

  it('shows the OGP values by name and edits the milestones in a form, by address and after a reload', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'cso@example.org');
    await page.goto(draftUrl);
    const relevance = section(page, 'OGP_RELEVANCE').getByRole('textbox');
    await relevance.waitFor();
    expect(await relevance.inputValue()).toContain('Access to information');
    expect(await relevance.inputValue()).not.toContain('ACCESS_TO_INFORMATION');

    const milestones = section(page, 'MILESTONES');
    expect(await milestones.getByLabel('Milestone 1', { exact: true }).inputValue()).toBe('Contract data standard agreed');
    expect(await milestones.getByLabel('Start of milestone 1').inputValue()).toBe('2027-09-01');
    expect(await milestones.getByLabel('End of milestone 1').inputValue()).toBe('2028-03-31');
    // The title field is the widest of the row.
    const widths = await Promise.all(['Milestone 1', 'Start of milestone 1'].map((label) => milestones.getByLabel(label, { exact: true }).evaluate((e) => e.getBoundingClientRect().width)));
    expect(widths[0]).toBeGreaterThan(widths[1] * 1.5);

    await milestones.getByRole('button', { name: 'Add a milestone' }).click();
    await milestones.getByLabel('Milestone 2', { exact: true }).fill('All contracts published on the portal');
    await milestones.getByLabel('Start of milestone 2').fill('2028-04-01');
    await milestones.getByLabel('End of milestone 2').fill('2028-12-31');
    await milestones.getByRole('button', { name: 'Save milestones' }).click();
    await milestones.getByText('Saved as version 2.').waitFor();

    await page.reload();
    await section(page, 'MILESTONES').getByLabel('Milestone 2', { exact: true }).waitFor();
    expect(await section(page, 'MILESTONES').getByLabel('End of milestone 2').inputValue()).toBe('2028-12-31');
    expect(errors).toEqual([]);
  });

  it('shows a side its own sign-off instead of the button, and the other side sees it live', async () => {
    const coLead = await openStoryPage(browser);
    await signInAtLoginPage(coLead.page, server, 'cso@example.org');
    const ministry = await openStoryPage(browser);
    await signInAtLoginPage(ministry.page, server, 'mois@example.org');
    await ministry.page.goto(draftUrl);
    const governmentSignOff = ministry.page.locator('dl.facts div', { hasText: 'Civil-society co-lead sign-off' }).locator('dd');
    await ministry.page.getByRole('button', { name: 'Sign off' }).waitFor();
    expect(await governmentSignOff.innerText()).toBe('Not yet signed off');

    await coLead.page.goto(draftUrl);
    await coLead.page.getByRole('button', { name: 'Sign off' }).click();
    await coLead.page.getByTestId('my-sign-off').waitFor();
    expect(await coLead.page.getByRole('button', { name: 'Sign off' }).count()).toBe(0);
    // The ministry's page, open all along, changes without a reload.
    await ministry.page.waitForFunction(() => document.querySelector('dl.facts')?.textContent?.includes('Signed off on'));
    expect(await governmentSignOff.innerText()).toMatch(/^Signed off on/);
    expect(await ministry.page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    // After a reload, the co-lead still sees its side as signed.
    await coLead.page.reload();
    await coLead.page.getByTestId('my-sign-off').waitFor();
    expect(await coLead.page.getByRole('button', { name: 'Sign off' }).count()).toBe(0);
    expect([...coLead.errors, ...ministry.errors]).toEqual([]);
  });

  it('reads in Korean on a phone without sideways scrolling', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(page, server, 'mois@example.org', 'ko');
    await page.goto(draftUrl);
    await section(page, 'MILESTONES').getByLabel('세부 이행 목표 1', { exact: true }).waitFor();
    expect(await section(page, 'OGP_RELEVANCE').getByRole('textbox').inputValue()).toContain('Access to information');
    expect(await pageOverflow(page)).toBe(0);
    await page.goto(`${server.url}/`);
    expect(errors).toEqual([]);
  });
});
