import { buildClientSchema, getIntrospectionQuery, validate, type DocumentNode, type IntrospectionQuery } from 'graphql';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import * as documents from '../src/features/plans/plan-documents.js';
import { callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signIn, signInAtLoginPage } from './browser.js';

describeInBrowser('the secretariat adopts the co-created plan', () => {
  let server: RunningServer;
  let browser: Browser;
  let planId: string;
  let tokens: Record<string, string>;

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) => callApi<T>(server, query, variables, token);

  /** A proposal by Open Net, selected with the Ministry of the Interior leading: its draft commitment's id. */
  async function selectedDraft(title: string, leadOrganizationId: string): Promise<string> {
    const input = {
      planId,
      title,
      problem: 'Citizens cannot see what each aid project costs.',
      proposedAction: 'Publish the budget lines of all ODA projects on the ODA portal.',
      expectedResults: 'All ODA projects have published budgets by 2028.',
      milestones: [{ title: 'Budget standard adopted', dueDate: '2027-03-31' }],
      suggestedLeadAgency: 'Ministry of the Interior and Safety',
      ogpValues: ['ACCESS_TO_INFORMATION'],
    };
    const { createProposal } = await graphql<{ createProposal: { id: string } }>('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input }, tokens.cso);
    await graphql('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: createProposal.id }, tokens.cso);
    await graphql('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id: createProposal.id }, tokens.admin);
    const { decideProposal } = await graphql<{ decideProposal: { draftCommitment: { id: string } } }>(
      'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { draftCommitment { id } } }',
      { input: { proposalId: createProposal.id, outcome: 'SELECTED', rationale: 'Specific and feasible on the existing portal.', leadOrganizationId } },
      tokens.admin,
    );
    return decideProposal.draftCommitment.id;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    tokens = {};
    for (const [name, email] of [['admin', 'admin@example.org'], ['cso', 'cso@example.org'], ['mois', 'mois@example.org']]) {
      const { login } = await graphql<{ login: { accessToken: string } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        { email, password: 'demo-password-1' },
      );
      tokens[name] = login.accessToken;
    }
    const { createActionPlan } = await graphql<{ createActionPlan: { id: string } }>(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2026–2028)', titleKo: '제4차 국가실행계획', periodStart: '2026-09-01', periodEnd: '2028-08-31' } },
      tokens.admin,
    );
    planId = createActionPlan.id;
    const [{ id: mois }] = await server.dataSource.query(`SELECT id FROM organizations WHERE key = 'mois'`);
    // One draft co-drafted with dated milestones and signed off by both sides; one never signed.
    const oda = await selectedDraft('Open the budget of every ODA project', mois);
    const { draftCommitment } = await graphql<{ draftCommitment: { sections: { id: string; key: string; version: number }[] } }>(
      'query($id: ID!) { draftCommitment(id: $id) { sections { id key version } } }',
      { id: oda },
    );
    const milestones = draftCommitment.sections.find((section) => section.key === 'MILESTONES')!;
    await graphql(
      'mutation($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { version } }',
      { input: { sectionId: milestones.id, text: '- Budget standard adopted (2027-03-31)\n- Budgets published (2027-04-01 – 2028-06-30)', baseVersion: milestones.version } },
      tokens.mois,
    );
    const { draftCommitment: signed } = await graphql<{ draftCommitment: { revision: number } }>('query($id: ID!) { draftCommitment(id: $id) { revision } }', { id: oda });
    for (const side of [tokens.mois, tokens.cso]) {
      await graphql('mutation($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { frozen } }', { id: oda, revision: signed.revision }, side);
    }
    await selectedDraft('Publish the contacts of lobbyists', mois);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openPage = (options?: { locale?: string; viewport?: { width: number; height: number } }) => openStoryPage(browser, options);

  it('sends only operations the api\'s schema accepts', async () => {
    const schema = buildClientSchema(await graphql<IntrospectionQuery>(getIntrospectionQuery(), {}));
    const operations = Object.entries(documents).filter((entry): entry is [string, DocumentNode] => typeof entry[1] === 'object' && entry[1] !== null && 'kind' in entry[1]);
    expect(operations.map(([name]) => name).sort()).toEqual(['AdoptActionPlanMutation', 'AdoptionQuery', 'CloseActionPlanMutation', 'UpdateActionPlanMutation']);
    for (const [name, operation] of operations) expect([name, validate(schema, operation).map((error) => error.message)]).toEqual([name, []]);
  });

  it('the adoption page, opened by its address and reloaded in Korean on a phone, shows both drafts with what each needs', async () => {
    const { page, errors } = await openPage({ locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(page, server, 'admin@example.org', 'ko');
    for (const arrive of [() => page.goto(`${server.url}/plans/${planId}/adopt`), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: '계획 채택' }).waitFor();
      const oda = page.getByRole('group', { name: /Open the budget of every ODA project/ });
      await oda.getByText('양측 서명 완료', { exact: false }).waitFor();
      expect(await oda.getByRole('radio', { name: '채택' }).isChecked()).toBe(true);
      const lobbying = page.getByRole('group', { name: /Publish the contacts of lobbyists/ });
      await lobbying.getByText('아직 서명되지 않음', { exact: false }).waitFor();
      expect(await lobbying.getByRole('radio', { name: '제외' }).isChecked()).toBe(true);
      expect(await pageOverflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it('names the draft that is not signed off, then adopts the plan with it left out, and the plan is in implementation', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/plans/${planId}/co-creation`);
    await signIn(page, 'admin@example.org');
    await page.getByRole('link', { name: 'Adopt the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adopt the plan' }).waitFor();
    expect(await page.title()).toBe('Adopt 4th National Action Plan (2026–2028) · OGP Forum');

    await page.getByLabel('Theme 1', { exact: true }).fill('Open budgets');
    await page.getByLabel('Theme 1 in Korean (optional)').fill('열린 예산');
    // The milestones the api will create are shown from the draft, by the same rule.
    const oda = page.getByRole('group', { name: /Open the budget of every ODA project/ });
    await oda.getByText('Budget standard adopted — Sep 1, 2026 – Mar 31, 2027').waitFor();
    expect(await oda.getByRole('heading', { level: 3 }).textContent()).toMatch(/^1-a /);

    // Adopting the unsigned draft too is refused, naming it.
    const lobbying = page.getByRole('group', { name: /Publish the contacts of lobbyists/ });
    await lobbying.getByRole('radio', { name: 'Adopt' }).check();
    await page.getByRole('button', { name: 'Adopt the plan and start implementation' }).click();
    await page.getByRole('alert').getByText('"Publish the contacts of lobbyists" is not signed off by both sides', { exact: false }).waitFor();

    await lobbying.getByRole('radio', { name: 'Leave out' }).check();
    await lobbying.getByLabel('Why it is left out').fill('The ministry could not commit to it within this term.');
    await page.getByRole('button', { name: 'Adopt the plan and start implementation' }).click();
    await page.getByRole('status').getByText('The plan is adopted: implementation has begun.').waitFor();
    await page.getByTestId('commitment-row-1-a').getByRole('link', { name: /Open the budget of every ODA project/ }).waitFor();
    expect(await page.getByTestId('commitment-row-1-a').textContent()).toContain('Open budgets');
    expect(await page.locator('.lead').first().textContent()).toContain('Implementation');

    // The register, opened by its address, links the proposal to the commitment it became.
    await page.goto(`${server.url}/plans/${planId}/register`);
    await page.getByRole('link', { name: 'Became commitment 1-a' }).waitFor();

    // The plan's page, opened again by its address, offers the secretariat to close the term.
    await page.goto(`${server.url}/plans/${planId}`);
    await page.reload();
    await page.getByRole('button', { name: 'Close the term' }).click();
    await page.getByRole('status').getByText('The term is closed; the completion levels are final.').waitFor();
    expect(errors).toEqual([]);
  });

  it('is in Korean and fits a phone for the secretariat who opens the adoption page by its address', async () => {
    const [{ id: plan5 }] = await server.dataSource.query(
      `INSERT INTO action_plans (number, title, title_ko, period_start, period_end, status) VALUES (5, '5th National Action Plan', '제5차 국가실행계획', '2028-09-01', '2030-08-31', 'CO_CREATION') RETURNING id`,
    );
    const { page, errors } = await openPage({ locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(page, server, 'admin@example.org', 'ko');
    await page.goto(`${server.url}/plans/${plan5}/adopt`);
    await page.getByRole('heading', { level: 1, name: '계획 채택' }).waitFor();
    await page.getByText('아직 선정된 제안이 없어 채택할 것이 없습니다.').waitFor();
    expect(await pageOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});
