import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, pageOverflow, PHONE } from './browser.js';

describeInBrowser('the OGP minimum-requirements panel of the 3rd National Action Plan', () => {
  let server: RunningServer;
  let browser: Browser;
  let planId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [{ id: planId }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openPanel(locale: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await (await browser.newContext({ locale, viewport })).newPage();
    await page.goto(`${server.url}/plans/${planId}/compliance`);
    return page;
  }

  it('a visitor opens the panel by its address: one row per requirement with its status in words, evidence links and the day it is judged at', async () => {
    const page = await openPanel('en-US');
    await page.getByRole('heading', { level: 1, name: 'OGP minimum requirements' }).waitFor();
    await expect(page.title()).resolves.toBe('OGP minimum requirements — 3rd National Action Plan (2016–2018) · OGP Forum');
    await page.getByText('The plan is closed: judged as of the end of its term, Jun 30, 2018.').waitFor();
    const rows = page.locator('table.compliance tbody tr');
    await expect(rows.count()).resolves.toBe(6);
    const forum = page.locator('tr[data-requirement="1.1"]');
    await expect(forum.getByRole('rowheader').innerText()).resolves.toContain('The forum meets at least every six months');
    await expect(forum.locator('.badge').innerText()).resolves.toBe('Met');
    await expect(forum.getByRole('link', { name: 'Meeting: Monthly meeting — June 2018' }).getAttribute('href')).resolves.toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
    await expect(page.locator('tr[data-requirement="3.1"] .badge').innerText()).resolves.toBe('Not applicable');
    await expect(page.locator('tr[data-requirement="4.1"]').getByRole('link', { name: 'Reasoned-response register' }).getAttribute('href')).resolves.toBe(`/plans/${planId}/register`);

    // The link from the plan's page leads here.
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('link', { name: 'OGP minimum requirements' }).click();
    await page.getByRole('heading', { level: 1, name: 'OGP minimum requirements' }).waitFor();
  });

  it('in Korean on a phone: the texts, statuses and dates are Korean and the table fits the screen', async () => {
    const page = await openPanel('ko-KR', PHONE);
    for (const arrived of [false, true]) {
      if (arrived) await page.reload();
      await page.getByRole('heading', { level: 1, name: 'OGP 최소 요건' }).waitFor();
      await page.locator('tr[data-requirement="4.1"]').getByText('모든 제안에 대한 이유를 밝힌 답변').waitFor();
      await expect(page.locator('tr[data-requirement="1.1"] .badge').innerText()).resolves.toBe('충족');
      await expect(page.locator('tr[data-requirement="5.1"] .badge').innerText()).resolves.toBe('충족');
      await page.getByText('종료된 계획입니다: 기간 종료일(2018년 6월 30일) 기준으로 판단합니다.').waitFor();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    }
  });
});
