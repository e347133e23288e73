import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signIn } from './browser.js';

describeInBrowser("the forum's basic rules (OGP 1.1)", () => {
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

  it('a visitor finds them from the footer, reads the seeded version in English and Korean, and its history', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'en-US' });
    await page.goto(`${server.url}/open-data`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Basic rules' }).click();
    await page.waitForURL(`${server.url}/forum/rules`);
    await page.getByRole('heading', { level: 1, name: 'Basic rules of the forum' }).waitFor();
    await expect(page.title()).resolves.toBe('Basic rules of the forum · OGP Forum');
    await page.getByText('This version was loaded when the platform was installed').waitFor();
    await page.locator('.forum-rules-text').getByText('The forum holds regular monthly meetings, as well as workshops and special meetings.').waitFor();
    const history = page.getByRole('region', { name: 'Earlier versions' });
    await history.getByText(/Version 1 · .* · loaded from the seed document/).waitFor();

    await page.getByRole('button', { name: 'Korean text (한국어)' }).click();
    await page.locator('.forum-rules-text').getByText('포럼은 정기 월례 회의와 함께 워크숍과 특별 회의를 엽니다.').waitFor();
    // Visitors do not see the editor.
    await expect(page.getByRole('button', { name: 'Save as a new version' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('the secretariat saves a new version; the page says who and when, the history keeps both, the repository links it', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/forum/rules`);
    await signIn(page, 'admin@example.org');
    await page.goto(`${server.url}/forum/rules`);
    const editor = page.getByLabel('The rules in English (Markdown)');
    await editor.fill('# Basic rules\n\nThe forum meets on the third Thursday of every month.');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByRole('status').getByText('Saved').waitFor();
    await page.getByText(/^Version 2 · updated .* · by /).waitFor();
    await page.locator('.forum-rules-text').getByText('The forum meets on the third Thursday of every month.').waitFor();
    const history = page.getByRole('region', { name: 'Earlier versions' });
    await history.getByText(/^Version 2 · /).waitFor();
    await history.getByText(/^Version 1 · .* · loaded from the seed document/).click();
    await history.getByText('The forum holds regular monthly meetings, as well as workshops and special meetings.').waitFor();

    await page.goto(`${server.url}/plans/${planId}/repository`);
    const rules = page.getByRole('region', { name: "The forum's basic rules" });
    await rules.getByRole('link', { name: 'Basic rules of the forum' }).waitFor();
    await rules.getByText(/^version of /).waitFor();
  });

  it('in Korean on a phone, by its address and after a reload, nothing wider than the screen', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${server.url}/forum/rules`), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: '포럼 기본 운영규칙' }).waitFor();
      await page.getByRole('heading', { name: '이전 버전' }).waitFor();
      expect(await pageOverflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
