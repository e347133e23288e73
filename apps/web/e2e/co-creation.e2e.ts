import { buildClientSchema, getIntrospectionQuery, validate, type DocumentNode, type IntrospectionQuery } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import * as documents from '../src/features/co-creation/co-creation-documents.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, signIn } from './browser.js';

const VAGUE_RULES = ['MEASURABLE_TARGET', 'DATED_MILESTONES', 'LEAD_AGENCY', 'OGP_VALUE', 'VERIFIABLE_DELIVERABLE'];

describeInBrowser('co-creation of the next action plan', () => {
  let server: RunningServer;
  let browser: Browser;
  let planId: string;

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) => callApi<T>(server, query, variables, token);

  const login = (email: string) => apiToken(server, email);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // The secretariat opens the 4th plan with no calendar yet: the call for proposals is open.
    const { createActionPlan } = await graphql<{ createActionPlan: { id: string } }>(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2027–2029)', periodStart: '2027-09-01', periodEnd: '2029-08-31' } },
      await login('admin@example.org'),
    );
    planId = createActionPlan.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page in its own browser context that accepts confirmations, with every console error and uncaught exception kept. */
  const openPage = (options?: { locale?: string; viewport?: { width: number; height: number } }) => openStoryPage(browser, options);

  const rule = (page: Page, name: string) => page.getByTestId('specificity').locator(`[data-rule="${name}"]`);

  it('sends only operations the api\'s schema accepts, including those the stories below do not reach', async () => {
    const schema = buildClientSchema(await graphql<IntrospectionQuery>(getIntrospectionQuery(), {}));
    const operations: [string, DocumentNode][] = Object.entries(documents).flatMap(([name, value]): [string, DocumentNode][] => {
      if (typeof value === 'function') return [[name, value([planId])]];
      // A fragment on its own (CoCreationPlanFields) is checked inside the operations that spread it.
      const isOperation = value && typeof value === 'object' && 'kind' in value && (value as DocumentNode).definitions.some((definition) => definition.kind === 'OperationDefinition');
      return isOperation ? [[name, value as DocumentNode]] : [];
    });
    expect(operations.length).toBeGreaterThan(20);
    for (const [name, operation] of operations) expect([name, validate(schema, operation).map((error) => error.message)]).toEqual([name, []]);
  });

  it('a CSO member writes a vague proposal, sees what the check finds missing, fixes it, and submits', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/plans/${planId}/co-creation`);
    await signIn(page, 'cso@example.org');
    await page.getByRole('link', { name: 'New proposal' }).click();
    await page.getByRole('heading', { level: 1, name: 'New proposal' }).waitFor();

    await page.getByLabel('Title', { exact: true }).fill('Improve transparency of aid');
    await page.getByLabel('Proposed action').fill('Improve transparency of aid');
    await page.getByLabel('Expected results').fill('More trust');

    // The check answers in the browser as the text is typed: every rule is missing, each with how to fix it.
    const panel = page.getByTestId('specificity');
    expect(await panel.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await panel.locator('[aria-live="polite"]').count()).toBe(1);
    for (const name of VAGUE_RULES) expect(await rule(page, name).getAttribute('data-met')).toBe('false');
    expect(await page.getByRole('meter', { name: 'Specificity score' }).getAttribute('aria-valuenow')).toBe('0');
    expect(await rule(page, 'MEASURABLE_TARGET').innerText()).toContain('Put a figure in the expected results');
    expect(await rule(page, 'DATED_MILESTONES').innerText()).toContain('give each one the date it will be finished');
    expect(await rule(page, 'LEAD_AGENCY').innerText()).toContain('Name the ministry or agency');

    // Fix one rule at a time and watch it turn met.
    await page.getByLabel('Expected results').fill('More trust: budgets and results of 100% of aid projects open to anyone');
    await rule(page, 'MEASURABLE_TARGET').and(page.locator('[data-met="true"]')).waitFor();
    expect(await rule(page, 'MEASURABLE_TARGET').innerText()).not.toContain('Put a figure');

    await page.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByLabel('Milestone 1', { exact: true }).fill('Aid data standard agreed with the ministries');
    await page.getByLabel('Milestone 1 due date').fill('2028-03-31');
    await page.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByLabel('Milestone 2', { exact: true }).fill('Every aid project published on the open data portal');
    await page.getByLabel('Milestone 2 due date').fill('2028-12-31');
    await rule(page, 'DATED_MILESTONES').and(page.locator('[data-met="true"]')).waitFor();

    await page.getByLabel('Suggested lead agency').fill('Ministry of Foreign Affairs');
    await rule(page, 'LEAD_AGENCY').and(page.locator('[data-met="true"]')).waitFor();
    await page.getByLabel('Access to information').check();
    await rule(page, 'OGP_VALUE').and(page.locator('[data-met="true"]')).waitFor();
    await page.getByLabel('Proposed action').fill("Publish every aid project's budget, contracts and results as open data.");
    await rule(page, 'VERIFIABLE_DELIVERABLE').and(page.locator('[data-met="true"]')).waitFor();

    for (const name of VAGUE_RULES) expect(await rule(page, name).getAttribute('data-met')).toBe('true');
    expect(await page.getByRole('meter', { name: 'Specificity score' }).getAttribute('aria-valuenow')).toBe('100');
    await panel.getByText('100% of the rules met').waitFor();

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/proposals\/[\w-]+\/edit$/);
    // The draft's own address is a new page: focus is back on the button pressed, and the status is said after it.
    await page.getByRole('button', { name: 'Save draft' }).and(page.locator(':focus')).waitFor();
    await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();
    // The saved draft came back from the api as it was typed.
    expect(await page.getByLabel('Milestone 2', { exact: true }).inputValue()).toBe('Every aid project published on the open data portal');

    await page.getByRole('button', { name: 'Submit proposal' }).click();
    await page.waitForURL(/\/proposals\/[\w-]+$/);
    await page.getByRole('heading', { level: 1, name: 'Improve transparency of aid' }).waitFor();
    await page.getByTestId('proposal-status').filter({ hasText: 'Submitted' }).waitFor();
    expect(await page.getByTestId('proposal-status').innerText()).toBe('Submitted');
    const proposalUrl = page.url();

    // Submitted, it is public: a visitor reads it, with the specificity report and the milestones.
    const visitor = await openPage();
    await visitor.page.goto(proposalUrl);
    await visitor.page.getByRole('heading', { level: 1, name: 'Improve transparency of aid' }).waitFor();
    expect(await visitor.page.getByTestId('proposal-status').innerText()).toBe('Submitted');
    await visitor.page.getByText('Every aid project published on the open data portal').waitFor();
    expect(await visitor.page.getByRole('meter', { name: 'Specificity score' }).getAttribute('aria-valuenow')).toBe('100');
    // The board shows it, and the visitor has no button to propose.
    await visitor.page.getByRole('link', { name: /Co-creation of National Action Plan 4/ }).click();
    await visitor.page.getByRole('region', { name: /Submitted/ }).getByRole('link', { name: 'Improve transparency of aid' }).waitFor();
    expect(await visitor.page.getByRole('link', { name: 'New proposal' }).count()).toBe(0);

    expect(errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });

  it('the secretariat selects a proposal with a reasoned response, and two co-drafters never overwrite each other', async () => {
    const cso = await login('cso@example.org');
    const { createProposal } = await graphql<{ createProposal: { id: string } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      {
        input: {
          planId,
          title: 'Open data on public procurement',
          problem: 'Procurement contracts are hard to find.',
          proposedAction: 'Publish all contracts in the Open Contracting Data Standard.',
          expectedResults: '90% of contracts published within 30 days',
          milestones: [
            { title: 'Standard adopted', dueDate: '2028-01-31' },
            { title: 'Portal launched', dueDate: '2028-06-30' },
          ],
          suggestedLeadAgency: 'Ministry of the Interior and Safety',
          ogpValues: ['ACCESS_TO_INFORMATION'],
        },
      },
      cso,
    );
    await graphql('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, cso);

    const chair = await openPage();
    await chair.page.goto(`${server.url}/proposals/${createProposal.id}`);
    await signIn(chair.page, 'admin@example.org');
    await chair.page.getByRole('button', { name: 'Open review' }).click();
    await chair.page.getByTestId('proposal-status').filter({ hasText: 'Under review' }).waitFor();
    // The button is gone with the status it changed; focus is on the new status, not on <body>.
    await chair.page.locator('.badges:focus').filter({ hasText: 'Under review' }).waitFor();

    await chair.page.getByRole('button', { name: 'Decide…' }).click();
    const dialog = chair.page.getByRole('dialog', { name: /Decide on/ });
    await dialog.getByRole('group', { name: 'Outcome' }).getByLabel(/^Selected/).check();
    await dialog.getByLabel('Lead agency (government)').selectOption({ label: 'Ministry of the Interior and Safety' });
    const rationale = dialog.getByLabel('Rationale (published as the reasoned response)');
    await rationale.fill('Too short');
    await dialog.getByText('9 characters (at least 20)').waitFor();
    await rationale.fill('Specific, dated and backed by both sectors in the evaluation.');
    await dialog.getByRole('button', { name: 'Record decision' }).click();

    // The dialog and the button that opened it are gone: focus is on the decision just recorded.
    await chair.page.getByRole('heading', { name: 'Decision: Selected' }).and(chair.page.locator(':focus')).waitFor();
    await chair.page.getByText('Specific, dated and backed by both sectors in the evaluation.').waitFor();
    await chair.page.getByRole('region', { name: 'Decision: Selected' }).getByRole('link', { name: 'Open data on public procurement' }).click();
    await chair.page.waitForURL(/\/draft-commitments\//);
    const draftUrl = chair.page.url();
    for (const heading of ['The public problem', 'Description of the commitment', 'Milestones', 'Additional information']) {
      await chair.page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }

    // The register lists the decision with its rationale for everyone.
    const visitor = await openPage();
    await visitor.page.goto(`${server.url}/plans/${planId}/register`);
    await visitor.page.getByRole('row').filter({ hasText: 'Open data on public procurement' }).filter({ hasText: 'Specific, dated and backed' }).waitFor();

    // The ministry and the CSO co-lead edit the same section; the second save meets the first.
    const ministry = await openPage();
    await ministry.page.goto(draftUrl);
    await signIn(ministry.page, 'mois@example.org');
    const member = await openPage();
    await member.page.goto(draftUrl);
    await signIn(member.page, 'cso@example.org');
    const problemOf = (page: Page) => page.getByRole('region', { name: 'The public problem' });

    await problemOf(ministry.page).getByRole('textbox').fill('Contracts are scattered across 40 portals.');
    await problemOf(member.page).getByRole('textbox').fill('Citizens cannot follow public money.');
    await problemOf(ministry.page).getByRole('button', { name: 'Save section' }).click();
    await problemOf(ministry.page).getByText('Saved.').waitFor();
    // Saved, the button has nothing more to do, yet it keeps the focus (aria-disabled, not disabled).
    expect(await ministry.page.evaluate(() => document.activeElement?.textContent)).toBe('Save section');
    // The co-lead hears of the ministry's save while still typing, before saving anything.
    await problemOf(member.page).getByRole('status').filter({ hasText: /saved version 2 of this section/ }).waitFor();
    await problemOf(member.page).getByRole('button', { name: 'Save section' }).click();

    const conflict = problemOf(member.page).getByRole('alert');
    await conflict.getByText('Someone else saved this section.').waitFor();
    expect(await conflict.locator('.their-text').innerText()).toBe('Contracts are scattered across 40 portals.');
    expect(await problemOf(member.page).getByRole('textbox').inputValue()).toBe('Citizens cannot follow public money.');

    await problemOf(member.page).getByRole('textbox').fill('Contracts are scattered across 40 portals. Citizens cannot follow public money.');
    await conflict.getByRole('button', { name: 'I have merged: save mine over theirs' }).click();
    await problemOf(member.page).getByRole('button', { name: 'Save section' }).click();
    await problemOf(member.page).getByText('Saved.').waitFor();

    // The history compares the ministry's version with the merged one, word by word.
    await problemOf(member.page).locator('summary', { hasText: 'History (3 versions)' }).click();
    await problemOf(member.page).getByLabel('From version').selectOption('2');
    await problemOf(member.page).getByLabel('To version').selectOption('3');
    await problemOf(member.page).getByRole('button', { name: 'Compare versions' }).click();
    await problemOf(member.page).locator('.diff ins').filter({ hasText: 'Citizens' }).waitFor();

    for (const { errors } of [chair, visitor, ministry, member]) expect(errors).toEqual([]);
  });
  it('a member scores and co-sponsors a proposal under review, the secretariat parks it in a new working group, and the record of plan 3 reads as before', async () => {
    const cso = await login('cso@example.org');
    const { createProposal } = await graphql<{ createProposal: { id: string } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      { input: { planId, title: 'Participatory budgeting in every province', problem: 'Few citizens take part.', proposedAction: 'Establish a participatory budget in 17 provinces.' } },
      cso,
    );
    await graphql('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, cso);
    await graphql('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id: createProposal.id }, await login('admin@example.org'));
    const proposalUrl = `${server.url}/proposals/${createProposal.id}`;

    // Another civil-society organisation scores it: others' scores appear only once it has.
    const member = await openPage();
    await member.page.goto(proposalUrl);
    await signIn(member.page, 'cso2@example.org');
    await member.page.getByText("Others' scores appear after you have scored this proposal.").waitFor();
    for (const [criterion, score] of [['Feasibility', 4], ['Specificity', 3], ['Urgency', 5], ['Relevance', 4]] as const) {
      await member.page.getByRole('group', { name: criterion }).getByRole('radio', { name: `${score} for ${criterion}` }).check();
    }
    await member.page.getByLabel('Note', { exact: true }).fill('Worth piloting first.');
    await member.page.getByRole('button', { name: 'Save my scores' }).click();
    const averages = member.page.getByRole('table', { name: 'Average scores by sector' });
    await averages.getByRole('row', { name: /Civil society/ }).filter({ hasText: '4.0' }).waitFor();
    await member.page.getByRole('table', { name: 'Every evaluation' }).getByRole('cell', { name: 'Worth piloting first.' }).waitFor();
    await member.page.getByRole('button', { name: 'Co-sponsor for my organisation' }).click();
    await member.page.getByRole('button', { name: 'Co-sponsoring (click to stop)', pressed: true }).waitFor();
    await member.page.getByText('Center for Freedom of Information').first().waitFor();

    // The secretariat parks it in a working group it creates in the dialog, then staffs the group.
    const chair = await openPage();
    await chair.page.goto(proposalUrl);
    await signIn(chair.page, 'admin@example.org');
    await chair.page.getByRole('button', { name: 'Decide…' }).click();
    const dialog = chair.page.getByRole('dialog', { name: /Decide on/ });
    await dialog.getByLabel(/^Parked/).check();
    await dialog.getByLabel('Or a new working group').fill('Participation working group');
    await dialog.getByRole('button', { name: 'Create working group' }).click();
    await dialog.getByLabel('Or a new working group').and(chair.page.locator('[value=""]')).waitFor();
    expect(await dialog.getByRole('combobox', { name: /^Working group/ }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Participation working group');
    await dialog.getByLabel('Rationale (published as the reasoned response)').fill('Promising, but it needs a pilot before it can be a commitment.');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await chair.page.getByRole('heading', { name: 'Decision: Parked' }).waitFor();
    await chair.page.getByRole('region', { name: 'Decision: Parked' }).getByRole('link', { name: 'Participation working group' }).click();
    await chair.page.getByRole('heading', { level: 1, name: 'Participation working group' }).waitFor();
    await chair.page.getByText('Promising, but it needs a pilot').waitFor();
    await chair.page.getByLabel('Add a member').selectOption({ label: 'CFIT member' });
    await chair.page.getByRole('button', { name: 'Add', exact: true }).click();
    await chair.page.getByRole('button', { name: 'Remove CFIT member' }).click();
    // The last member's button went with them: focus is on the members heading.
    await chair.page.getByRole('heading', { name: 'Members' }).and(chair.page.locator(':focus')).waitFor();
    await chair.page.getByText('No members yet.').waitFor();

    // A visitor reads the 3rd plan's register and a proposal that became a commitment, with the attribution caveat.
    const visitor = await openPage();
    await visitor.page.goto(`${server.url}/co-creation`);
    await visitor.page.waitForURL(/\/plans\/[\w-]+\/co-creation$/);
    await visitor.page.goto(`${server.url}/plans`);
    await visitor.page.getByRole('link', { name: /3rd/ }).first().click();
    await visitor.page.getByRole('link', { name: 'Reasoned-response register' }).click();
    await visitor.page.getByRole('link', { name: 'Disclosing information on international aids' }).click();
    await visitor.page.getByRole('heading', { name: 'Decision: Selected' }).waitFor();
    await visitor.page.getByText('is our reading of the self-assessment report').waitFor();
    await visitor.page.getByRole('link', { name: /^Commitment / }).waitFor();

    for (const { errors } of [member, chair, visitor]) expect(errors).toEqual([]);
  });
});
