import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser } from './browser.js';

describeInBrowser('a visitor reading the 3rd National Action Plan', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds the plan, sees all 14 commitments by theme, reads it in Korean and back, and opens a commitment', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'National Action Plans' }).waitFor();
    await page.getByRole('link', { name: '3rd National Action Plan (2016–2018)' }).click();

    await page.getByRole('heading', { level: 1, name: '3rd National Action Plan (2016–2018)' }).waitFor();
    const table = page.getByRole('table', { name: 'Commitments by theme and completion' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(14);
    await expect(table.getByRole('rowheader').allInnerTexts()).resolves.toEqual([
      '1. Proactive disclosure of public information',
      '2. Public open data disclosure',
      '3. Citizen participation',
      '4. Improved accessibility to public services through technology and innovation',
      '5. Anti-corruption and public service ethics',
      '6. Improved financial transparency',
    ]);
    await expect(page.getByTestId('commitment-row-4-a').innerText()).resolves.toContain('Substantially completed');
    await expect(page.getByTestId('commitment-row-4-c').innerText()).resolves.toContain('Incorporated into 4-b');
    await expect(page.locator('.count-completed dd').innerText()).resolves.toBe('12');

    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('heading', { level: 2, name: '이행 현황' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('제3차 국가실행계획 (2016–2018)');
    await expect(page.getByTestId('commitment-row-4-a').innerText()).resolves.toContain('상당 부분 완료');
    await expect(page.getByRole('button', { name: '한국어' }).getAttribute('aria-pressed')).resolves.toBe('true');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Implementation status' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

    await page.getByRole('link', { name: /5-a Reinforcing research and evaluation on public sector corruption/ }).click();
    await page.getByRole('heading', { level: 1, name: /5-a Reinforcing research/ }).waitFor();
    await expect(page.getByText('Anti-Corruption and Civil Rights Commission').first().isVisible()).resolves.toBe(true);
    const milestones = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Milestone' }) });
    await expect(milestones.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('heading', { level: 2, name: 'Discussion and progress' }).waitFor();
    await page.getByRole('article', { name: /Progress update by/ }).getByText('improper solicitation').first().waitFor();
  });

  it('keeps the chosen language on the next visit and answers an unknown commitment with a clear page', async () => {
    await page.getByRole('button', { name: '한국어' }).click();
    await page.goto(`${server.url}/commitments/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다.' }).waitFor();
    await page.getByRole('link', { name: '실행계획 목록으로' }).click();
    await page.getByRole('heading', { level: 1, name: '국가실행계획' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('can be used with the keyboard alone: skip link first, then the navigation', async () => {
    await page.goto(`${server.url}/plans`);
    await page.getByRole('heading', { level: 1, name: 'National Action Plans' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
  });
});
