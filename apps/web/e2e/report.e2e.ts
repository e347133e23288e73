import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signIn } from './browser.js';

describeInBrowser('the self-assessment report of the 3rd National Action Plan', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let planId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [{ id: planId }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
    const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a visitor opens the report page by its address and downloads the Word report with the summary table', async () => {
    await page.goto(`${server.url}/plans/${planId}/report`);
    await page.getByRole('heading', { level: 1, name: 'Self-assessment report' }).waitFor();
    await expect(page.title()).resolves.toBe('Self-assessment report · 3rd National Action Plan (2016–2018) · OGP Forum');
    await page.frameLocator('iframe[title="Preview of the report"]').getByRole('heading', { level: 2, name: 'IV. Implementation of National Action Plan Commitments' }).waitFor();
    // Visitors read; only the secretariat and the ministries write.
    await expect(page.getByRole('heading', { name: 'Written sections' }).count()).resolves.toBe(0);

    const link = page.getByRole('link', { name: 'Word (.docx)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    // Chromium hands downloads to its download manager, out of the page's network events: ask the link's address again.
    const answer = await page.request.get(new URL((await link.getAttribute('href'))!, server.url).toString());
    expect(answer.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(download.suggestedFilename()).toBe('nap3-end-of-term-self-assessment-en.docx');
    const file = await download.path();
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['word/document.xml']);
    const cells = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [])
      .map((table) => [...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|'))
      .find((table) => table.startsWith('Category|Commitment|Status'));
    expect(cells).toContain('4-a. Improving environment for e-government service use|Substantially completed');
    expect(cells).toContain('4-c. Developing and providing an application introducing services for citizens|(Incorporated into 4-b)');
    expect(cells?.match(/\|Completed/g)).toHaveLength(12);
  });

  it('in Korean on a phone, by its address and after a reload: Korean headings and downloads, nothing wider than the screen', async () => {
    const { page: phone, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => phone.goto(`${server.url}/plans/${planId}/report`), () => phone.reload()]) {
      await arrive();
      await phone.getByRole('heading', { level: 1, name: '자체평가 보고서' }).waitFor();
      await phone.getByRole('link', { name: '워드 (.docx)' }).waitFor();
      await phone.frameLocator('iframe[title="보고서 미리 보기"]').getByRole('heading', { level: 2 }).first().waitFor();
      expect(await pageOverflow(phone)).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it('the secretariat edits the introduction and the preview shows it', async () => {
    await signIn(page, 'admin@example.org');
    await page.goto(`${server.url}/plans/${planId}/report`);
    const introduction = page.getByLabel('I. Introduction');
    await expect(introduction.inputValue()).resolves.toContain('For countries joining the Open Government Partnership (OGP)');
    await introduction.fill('The forum wrote this introduction together in the app.');
    const editor = page.locator('.draft-editor').filter({ has: introduction });
    await editor.getByRole('button', { name: 'Save section' }).click();
    await editor.getByRole('status').getByText('Saved.', { exact: true }).waitFor();
    await expect(editor.getByText('Version 2').count()).resolves.toBe(1);
    await page.frameLocator('iframe[title="Preview of the report"]').getByText('The forum wrote this introduction together in the app.').waitFor();
  });
});
