import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signInAtLoginPage } from './browser.js';

describeInBrowser('the secretariat manages plans', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('in English on a desktop: opens a second plan while one is in co-creation, corrects its title, and the Co-creation menu asks which plan', async () => {
    const admin = await apiToken(server, 'admin@example.org');
    await callApi(server, 'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }', { input: { number: 4, title: '4th National Action Plan', periodStart: '2027-09-01', periodEnd: '2029-08-31' } }, admin);
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'admin@example.org');
    await page.goto(`${server.url}/plans`);
    await page.getByText('Open co-creation of the next plan').click();
    await page.getByLabel('Plan number').fill('5');
    await page.getByLabel('Title', { exact: true }).fill('5th Natonal Action Plan');
    await page.getByLabel('Implementation starts').fill('2029-09-01');
    await page.getByLabel('Implementation ends').fill('2031-08-31');
    await page.getByRole('button', { name: 'Open co-creation' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}\/co-creation$/);
    const planId = page.url().split('/')[4];

    // A typo in the title, corrected on the plan's page; the page and its tab say the new title, after a reload too.
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByText("Edit the plan's details").click();
    await page.getByLabel('Title', { exact: true }).fill('5th National Action Plan (2029–2031)');
    await page.getByLabel('Title in Korean (optional)').fill('제5차 국가실행계획 (2029–2031)');
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.getByRole('status').getByText('Details saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: '5th National Action Plan (2029–2031)' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '5th National Action Plan (2029–2031)' }).waitFor();
    await page.waitForFunction(() => document.title === '5th National Action Plan (2029–2031) · OGP Forum');

    await page.goto(`${server.url}/co-creation`);
    await page.getByRole('heading', { level: 1, name: 'Co-creation: choose the plan' }).waitFor();
    await page.getByRole('link', { name: 'Co-creation of National Action Plan 5' }).click();
    await page.waitForURL(`${server.url}/plans/${planId}/co-creation`);
    expect(errors).toEqual([]);
  });

  it('in Korean on a phone: the choice of plan by address and after a reload, nothing wider than the screen', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${server.url}/co-creation`), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: '공동 수립: 계획 선택' }).waitFor();
      await page.getByRole('link', { name: '제4차 실행계획 공동 수립' }).waitFor();
      await page.getByRole('link', { name: '제5차 실행계획 공동 수립' }).waitFor();
      expect(await pageOverflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
