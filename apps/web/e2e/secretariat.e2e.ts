import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signInAtLoginPage } from './browser.js';

/**
 * The secretariat decides on proposals without taking sides: it is not offered co-sponsoring nor listed as a CSO
 * co-lead, and it can name as lead the agency a proposal suggests even when that agency is not yet a forum member.
 */
describeInBrowser('the secretariat deciding a proposal', () => {
  let server: RunningServer;
  let browser: Browser;
  const proposalUrls: string[] = [];
  const agency = 'Korea International Cooperation Agency';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const [admin, cso] = [await apiToken(server, 'admin@example.org'), await apiToken(server, 'cso@example.org')];
    const { createActionPlan } = await callApi<{ createActionPlan: { id: string } }>(
      server,
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2027–2029)', periodStart: '2027-09-01', periodEnd: '2029-08-31' } },
      admin,
    );
    for (const title of ['Open the budget of every aid project', '모든 원조 사업의 예산 공개']) {
      const { createProposal } = await callApi<{ createProposal: { id: string } }>(
        server,
        'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
        { input: { planId: createActionPlan.id, title, problem: 'Aid budgets are hard to find.', proposedAction: 'Publish every aid budget as open data.', suggestedLeadAgency: agency } },
        cso,
      );
      await callApi(server, 'mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, cso);
      await callApi(server, 'mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id: createProposal.id }, admin);
      proposalUrls.push(`${server.url}/proposals/${createProposal.id}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds the suggested agency and selects it as lead; no co-sponsoring and no secretariat among the CSO co-leads', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'admin@example.org');
    await page.goto(proposalUrls[0]);
    await page.reload();
    await page.getByRole('button', { name: 'Decide…' }).waitFor();
    expect(await page.getByRole('button', { name: 'Co-sponsor for my organisation' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Decide…' }).click();
    const dialog = page.getByRole('dialog', { name: /Decide on/ });
    await dialog.getByRole('group', { name: 'Outcome' }).getByLabel(/^Selected/).check();
    const coLeads = await dialog.getByLabel('CSO co-lead (optional)').locator('option').allInnerTexts();
    expect(coLeads).toContain('Open Net');
    expect(coLeads).not.toContain('OGP Forum Korea Secretariat');
    const lead = dialog.getByLabel('Lead agency (government)');
    expect(await lead.locator('option').allInnerTexts()).not.toContain(agency);
    await dialog.getByText(`The proposal suggests: ${agency}.`).waitFor();
    await dialog.getByRole('button', { name: `Add “${agency}” as a government organisation` }).click();
    await page.waitForFunction((name) => {
      const select = [...document.querySelectorAll('dialog select')].find((s) => s.closest('label')?.textContent?.includes('Lead agency')) as HTMLSelectElement | undefined;
      return select?.selectedOptions[0]?.textContent === name;
    }, agency);
    await dialog.getByLabel('Rationale (published as the reasoned response)').fill('Concrete, feasible and backed by the agency that runs the aid projects.');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await page.locator('a[href^="/draft-commitments/"]').first().click();
    await page.getByRole('heading', { level: 1, name: 'Open the budget of every aid project' }).waitFor();
    expect(await page.locator('dl.facts').innerText()).toContain(agency);
    expect(errors).toEqual([]);
  });

  it('offers the suggested agency in Korean on a phone without sideways scrolling', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(page, server, 'admin@example.org', 'ko');
    await page.goto(proposalUrls[1]);
    await page.reload(); // the member's controls are there on a cold load too
    await page.getByRole('button', { name: '결정하기…' }).click();
    const dialog = page.getByRole('dialog');
    // The agency added on the first proposal is now a forum organisation, chosen at once.
    await dialog.getByText(`제안서가 제시한 기관: ${agency}.`).waitFor();
    expect(await dialog.getByLabel('주관 기관(정부)').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(agency);
    expect(await pageOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});
