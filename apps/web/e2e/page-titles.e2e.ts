import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE } from './browser.js';

describeInBrowser('every page has its own title, and a plan its feed', () => {
  let server: RunningServer;
  let browser: Browser;
  let plan: { id: string; title: string; title_ko: string };
  let commitment: { id: string; code: string; title: string; title_ko: string };
  let meeting: { id: string; title: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [plan] = await server.dataSource.query('SELECT id, title, title_ko FROM action_plans WHERE number = 3');
    [commitment] = await server.dataSource.query(`SELECT id, code, title, title_ko FROM commitments WHERE code = '2-a'`);
    [meeting] = await server.dataSource.query('SELECT id, title FROM meetings ORDER BY starts_at LIMIT 1');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('in English on a desktop, by address and after a reload: the tab names the plan, the commitment and the meeting', async () => {
    const { page, errors } = await openStoryPage(browser);
    const pages = [
      { path: `/plans/${plan.id}`, title: `${plan.title} · OGP Forum` },
      { path: `/commitments/${commitment.id}`, title: `${commitment.code} ${commitment.title} · OGP Forum` },
      { path: `/meetings/${meeting.id}`, title: `${meeting.title} · OGP Forum` },
      { path: '/meetings', title: 'Forum meetings · OGP Forum' },
      { path: `/plans/${plan.id}/register`, title: `Reasoned-response register · ${plan.title} · OGP Forum` },
    ];
    for (const { path, title } of pages) {
      for (const arrive of [() => page.goto(`${server.url}${path}`), () => page.reload()]) {
        await arrive();
        await page.waitForFunction((expected) => document.title === expected, title);
        // The server's own tags stay: one title, one description.
        await expect(page.locator('meta[name="description"]').count()).resolves.toBe(1);
      }
    }
    expect(errors).toEqual([]);
  });

  it('the plan page links its Atom feed and announces it to feed readers', async () => {
    const { page } = await openStoryPage(browser);
    await page.goto(`${server.url}/plans/${plan.id}`);
    const feed = page.getByRole('link', { name: 'Feed of progress updates and minutes (Atom)' });
    await expect(feed.getAttribute('href')).resolves.toBe(`/feeds/plans/${plan.id}.atom`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').count()).resolves.toBe(1);
    const answer = await page.request.get(`${server.url}/feeds/plans/${plan.id}.atom`);
    expect(answer.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await answer.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    // Moving to another page in the app takes the announcement away.
    await page.getByRole('link', { name: new RegExp(`^${commitment.code} `) }).click();
    await page.waitForFunction((code) => document.title.startsWith(code), commitment.code);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').count()).resolves.toBe(0);
  });

  it('in Korean on a phone, by address and after a reload: Korean titles, the Korean feed, nothing wider than the screen', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${server.url}/commitments/${commitment.id}`), () => page.reload()]) {
      await arrive();
      await page.waitForFunction((expected) => document.title === expected, `${commitment.code} ${commitment.title_ko} · OGP 포럼`);
      expect(await pageOverflow(page)).toBe(0);
    }
    for (const arrive of [() => page.goto(`${server.url}/plans/${plan.id}`), () => page.reload()]) {
      await arrive();
      await page.waitForFunction((expected) => document.title === expected, `${plan.title_ko} · OGP 포럼`);
      await expect(page.getByRole('link', { name: '이행 현황·회의록 피드 (Atom)' }).getAttribute('href')).resolves.toBe(`/feeds/plans/${plan.id}.atom?lang=ko`);
      expect(await pageOverflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
