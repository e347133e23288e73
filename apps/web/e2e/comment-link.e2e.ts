import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE } from './browser.js';

const COMMENT = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';

/** Whether the comment is on the screen, highlighted and focused: what a reader who followed its link must see. */
async function linkedCommentShown(page: Page, commentId: string): Promise<void> {
  await page.waitForFunction((id) => {
    const element = document.getElementById(`comment-${id}`);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight && element.classList.contains('entry-linked') && document.activeElement === element;
  }, commentId);
  // The page did scroll: the comment is far below its top.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
}

describeInBrowser('a link to one comment', () => {
  let server: RunningServer;
  let browser: Browser;
  let commitmentId: string;
  const comments: string[] = [];
  let meetingId: string;
  let agendaComment: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [{ id: commitmentId }] = await server.dataSource.query(`SELECT id FROM commitments WHERE code = '3-a'`);
    const [citizen, cso, admin] = await Promise.all([apiToken(server, 'citizen@example.org'), apiToken(server, 'cso@example.org'), apiToken(server, 'admin@example.org')]);
    // More comments than one page of the api's comments (50): the one linked to is among the last.
    for (let n = 1; n <= 60; n++) {
      const body = `Comment number ${n} on the citizen design group: ${'more detail. '.repeat(n % 3 ? 2 : 12)}`;
      const { postComment } = await callApi<{ postComment: { id: string } }>(server, COMMENT, { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body } }, n % 2 ? citizen : cso);
      comments.push(postComment.id);
    }

    // A meeting whose agenda item was discussed: its thread is folded on the meeting page.
    const start = new Date(Date.UTC(2031, 2, 3, 6));
    ({ createMeeting: { id: meetingId } } = await callApi<{ createMeeting: { id: string } }>(
      server,
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { title: 'Forum meeting, March 2031', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), place: 'Government Complex Seoul' } },
      admin,
    ));
    const items: string[] = [];
    for (const title of ['Welcome', 'Progress of 2-a', 'Progress of 3-a', 'Any other business']) {
      items.push((await callApi<{ addAgendaItem: { id: string } }>(server, 'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }', { input: { meetingId, title } }, admin)).addAgendaItem.id);
    }
    await callApi(server, 'mutation($id: ID!) { startMeeting(id: $id) { status } }', { id: meetingId }, admin);
    for (const [index, item] of items.entries()) {
      for (let n = 1; n <= 4; n++) {
        const { postComment } = await callApi<{ postComment: { id: string } }>(server, COMMENT, { input: { subjectType: 'AGENDA_ITEM', subjectId: item, body: `On item ${index + 1}, remark ${n}.` } }, cso);
        if (index === 3 && n === 4) agendaComment = postComment.id;
      }
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('in English on a desktop: opened by address and after a reload it scrolls to the comment and highlights it; its time and "Copy link" give its address', async () => {
    const { page, errors } = await openStoryPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const target = comments[56];
    for (const arrive of [() => page.goto(`${server.url}/commitments/${commitmentId}#comment-${target}`), () => page.reload()]) {
      await arrive();
      await linkedCommentShown(page, target);
      await expect(page.locator('.entry-linked').count()).resolves.toBe(1);
    }

    // Another comment's time is its link: following it moves the highlight there.
    const other = page.getByTestId(`comment-${comments[20]}`);
    await other.getByRole('link', { name: /\d/ }).click();
    expect(new URL(page.url()).hash).toBe(`#comment-${comments[20]}`);
    await page.waitForFunction((id) => document.getElementById(`comment-${id}`)?.classList.contains('entry-linked'), comments[20]);
    await expect(page.getByTestId(`comment-${target}`).getAttribute('class')).resolves.toBe('entry');

    await other.getByRole('button', { name: 'Copy link' }).click();
    await other.getByText('Link copied.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${server.url}/commitments/${commitmentId}#comment-${comments[20]}`);
    expect(errors).toEqual([]);
  });

  it('in Korean on a phone: a comment in a folded agenda-item discussion opens its fold, by address and after a reload', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${server.url}/meetings/${meetingId}#comment-${agendaComment}`), () => page.reload()]) {
      await arrive();
      await page.waitForFunction((id) => document.getElementById(`comment-${id}`)?.closest('details')?.open === true, agendaComment);
      await page.waitForFunction((id) => {
        const element = document.getElementById(`comment-${id}`)!;
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && element.classList.contains('entry-linked');
      }, agendaComment);
      // Only the fold holding the comment opened.
      await expect(page.locator('details.item-discussion[open]').count()).resolves.toBe(1);
      await page.getByTestId(`comment-${agendaComment}`).getByRole('button', { name: '링크 복사' }).waitFor();
      expect(await pageOverflow(page)).toBe(0);
    }
    const [commitmentPage] = [await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE })];
    await commitmentPage.page.goto(`${server.url}/commitments/${commitmentId}#comment-${comments[58]}`);
    await linkedCommentShown(commitmentPage.page, comments[58]);
    expect(await pageOverflow(commitmentPage.page)).toBe(0);
    expect([...errors, ...commitmentPage.errors]).toEqual([]);
  });
});
