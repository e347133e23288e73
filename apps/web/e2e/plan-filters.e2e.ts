import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE } from './browser.js';

describeInBrowser("the plan page's filters, kept in the address", () => {
  let server: RunningServer;
  let browser: Browser;
  let planId: string;

  const codes = async (where: string, params: unknown[]) =>
    ((await server.dataSource.query(`SELECT c.code FROM commitments c JOIN themes t ON t.id = c.theme_id JOIN organizations o ON o.id = c.lead_organization_id WHERE c.plan_id = $1 AND ${where} ORDER BY c.code`, [planId, ...params])) as { code: string }[]).map((row) => row.code);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [{ id: planId }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const rowCodes = (page: import('playwright-core').Page) =>
    page.locator('table.status-table tbody tr[data-testid]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')!.replace('commitment-row-', '')));

  it('in English on a desktop: a theme, then a completion level; the view survives a reload; nothing matches, then all again', async () => {
    const { page, errors } = await openStoryPage(browser);
    await page.goto(`${server.url}/plans/${planId}`);
    const filters = page.getByRole('search', { name: 'Filter the commitments' });
    await filters.getByLabel('Theme').selectOption({ label: '2. Public open data disclosure' });
    const theme2 = await codes('t.position = 2', []);
    await page.getByRole('status').getByText(`${theme2.length} of 14 commitments match the filters.`).waitFor();
    await expect(rowCodes(page)).resolves.toEqual(theme2);
    expect(new URL(page.url()).searchParams.get('theme')).toMatch(/^[0-9a-f-]{36}$/);

    await page.reload();
    await page.getByRole('status').getByText(`${theme2.length} of 14 commitments match the filters.`).waitFor();
    await expect(rowCodes(page)).resolves.toEqual(theme2);
    await expect(filters.getByLabel('Theme').locator('option:checked').innerText()).resolves.toBe('2. Public open data disclosure');

    await filters.getByLabel('Completion').selectOption({ label: 'Withdrawn' });
    await page.getByText('No commitment of this plan matches these filters.').waitFor();
    expect(new URL(page.url()).searchParams.get('completion')).toBe('WITHDRAWN');

    await filters.getByRole('button', { name: 'Show all commitments' }).click();
    await page.waitForFunction(() => document.querySelectorAll('tr[data-testid^="commitment-row-"]').length === 14);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('in Korean on a phone: a bookmarked filter of lead organisation and completion, by address and after a reload', async () => {
    const [mois] = await server.dataSource.query(`SELECT id FROM organizations WHERE name = 'Ministry of the Interior and Safety'`);
    const expected = await codes('o.id = $2 AND c.completion = $3', [mois.id, 'COMPLETED']);
    expect(expected.length).toBeGreaterThan(0);
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${server.url}/plans/${planId}?lead=${mois.id}&completion=COMPLETED`), () => page.reload()]) {
      await arrive();
      await page.getByRole('status').getByText(`과제 14개 중 ${expected.length}개가 조건에 맞습니다.`).waitFor();
      await expect(rowCodes(page)).resolves.toEqual(expected);
      await expect(page.getByRole('search', { name: '과제 거르기' }).getByLabel('이행 수준').locator('option:checked').innerText()).resolves.toBe('완료');
      expect(await pageOverflow(page)).toBe(0);
    }
    // An old bookmark naming a theme the plan does not have shows the whole plan.
    await page.goto(`${server.url}/plans/${planId}?theme=00000000-0000-4000-8000-000000000000`);
    await page.waitForFunction(() => document.querySelectorAll('tr[data-testid^="commitment-row-"]').length === 14);
    expect(errors).toEqual([]);
  });
});
