import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE } from './browser.js';

/**
 * A meeting the chair closed early leaves "Upcoming" at once, and the past list tells what it left: how many came,
 * from which sector, and whether its minutes are public.
 */
describeInBrowser('past meetings', () => {
  let server: RunningServer;
  let browser: Browser;
  const title = 'Extraordinary session on the open call';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const admin = await apiToken(server, 'admin@example.org');
    const graphql = <T>(query: string, variables: Record<string, unknown>) => callApi<T>(server, query, variables, admin);
    // It started an hour ago and was due to end in two hours; the chair closes it now.
    const { createMeeting } = await graphql<{ createMeeting: { id: string } }>('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input: { title, startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 7_200_000), place: 'Seoul' },
    });
    const id = createMeeting.id;
    await graphql('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id });
    const people: { id: string }[] = await server.dataSource.query(`SELECT id FROM users WHERE email IN ('mois@example.org', 'cso@example.org', 'cso2@example.org')`);
    for (const person of people) await graphql('mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, present: true) { id } }', { m: id, u: person.id });
    await graphql('mutation($id: ID!) { endMeeting(id: $id) { id } }', { id });
    await graphql('mutation($id: ID!) { publishMinutes(meetingId: $id) { id } }', { id });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const card = (page: Page) => page.locator('li.card', { has: page.getByRole('link', { name: title }) });

  it('lists a meeting closed early under Past, with attendance by sector and its minutes published, by address and by reload', async () => {
    const { page, errors } = await openStoryPage(browser);
    await page.goto(`${server.url}/meetings`);
    await page.getByRole('tab', { name: 'Upcoming', selected: true }).waitFor();
    await page.getByRole('tabpanel').locator('li.card, .state').first().waitFor();
    expect(await card(page).count()).toBe(0);

    for (const arrive of [() => Promise.resolve(), () => page.reload().then(() => undefined)]) {
      await arrive();
      await page.getByRole('tab', { name: 'Past' }).click();
      await card(page).waitFor();
      const text = await card(page).innerText();
      expect(text).toContain('Present: 3 (government 1 · civil society 2 · other 0 · secretariat 0)');
      expect(text).toContain('Minutes published');
      expect(text).not.toContain('Attending:');
    }
    expect(errors).toEqual([]);
  });

  it('reads in Korean on a phone without sideways scrolling', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    await page.goto(`${server.url}/meetings`);
    await page.getByRole('tab', { name: '지난 회의' }).click();
    await page.waitForURL(/\/meetings\?when=past$/);
    // The tab is in the address: the list chosen stays after a reload, and a link to it opens it.
    for (const arrive of [() => page.reload(), () => page.goto(`${server.url}/meetings?when=past`)]) {
      await arrive();
      expect(await page.getByRole('tab', { name: '지난 회의' }).getAttribute('aria-selected')).toBe('true');
      await card(page).waitFor();
      const text = await card(page).innerText();
      expect(text).toContain('참석 3명 (정부 1 · 시민사회 2 · 기타 0 · 사무국 0)');
      expect(text).toContain('회의록 공개됨');
      expect(await pageOverflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
