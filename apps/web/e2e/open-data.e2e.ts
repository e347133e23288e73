import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE } from './browser.js';

describeInBrowser('the open-data page', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a visitor finds it from the footer and downloads the whole forum\'s archive', async () => {
    const page = await (await browser.newContext({ locale: 'en-US', acceptDownloads: true })).newPage();
    await page.goto(`${server.url}/plans`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    await expect(page.title()).resolves.toBe('Open data · OGP Forum');
    await page.getByRole('link', { name: '3rd National Action Plan (2016–2018) (.zip)' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'The whole forum (.zip)' }).click()]);
    expect(download.suggestedFilename()).toBe('ogp-forum.zip');
    const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.md', 'LICENSE.md', 'schema.json', 'commitments.csv', 'commitments.json']));
    expect(strFromU8(files['commitments.csv'])).toContain('Increasing the number of organizations disclosing information online');
  });

  it('reads in Korean on a phone', async () => {
    const { page } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${server.url}/open-data`), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: '공공데이터' }).waitFor();
      await page.getByRole('link', { name: '포럼 전체 (.zip)' }).waitFor();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    }
  });
});
