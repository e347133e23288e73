import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signInAtLoginPage } from './browser.js';

/**
 * A member hears who did what where, in their language, and a notice opens the comment itself — by a click, by the
 * address it links to and after a reload — and is read once opened.
 */
describeInBrowser('notifications', () => {
  let server: RunningServer;
  let browser: Browser;
  let commitment: { id: string; title: string; title_ko: string };
  let commentId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // 1-a, whose long description puts its thread far below the top of the page.
    [commitment] = await server.dataSource.query(`SELECT id, title, title_ko FROM commitments WHERE code = '1-a'`);
    const [cso, mois] = [await apiToken(server, 'cso@example.org'), await apiToken(server, 'mois@example.org')];
    const { me } = await callApi<{ me: { id: string } }>(server, '{ me { id } }', {}, mois);
    const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
    // Enough comments before it that the one mentioning the ministry is well below the fold.
    for (let i = 1; i <= 6; i += 1) await callApi(server, POST, { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body: `Earlier remark number ${i}.\n\nWith a second paragraph.` } }, cso);
    const { postComment } = await callApi<{ postComment: { id: string } }>(
      server,
      POST,
      { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body: `@[MOIS contact](${me.id}) when is the next release of the disclosure list?` } },
      cso,
    );
    commentId = postComment.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function expectLinkedCommentInView(page: Page) {
    const comment = page.locator(`#comment-${commentId}`);
    await comment.and(page.locator('.entry-linked')).waitFor();
    await page.waitForFunction((id) => {
      const box = document.getElementById(`comment-${id}`)!.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    }, commentId);
    expect(await comment.innerText()).toContain('when is the next release of the disclosure list?');
  }

  it('says who mentioned the member where, opens the comment itself and marks the notice read', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'mois@example.org');
    await page.goto(`${server.url}/notifications`);
    const notice = page.getByRole('link', { name: `Open Net member mentioned you on “1-a ${commitment.title}”` });
    await notice.waitFor();
    const card = page.locator('li.card', { has: notice });
    expect(await card.innerText()).toContain('new');
    await notice.click();
    await page.waitForURL(`**/commitments/${commitment.id}#comment-${commentId}`);
    await expectLinkedCommentInView(page);

    // Back on the list, the notice is read.
    await page.goto(`${server.url}/notifications`);
    await notice.waitFor();
    expect(await page.locator('li.card', { has: notice }).getAttribute('class')).not.toContain('unread');

    // The address it links to works on a cold load and after a reload.
    await page.goto(`${server.url}/commitments/${commitment.id}#comment-${commentId}`);
    await expectLinkedCommentInView(page);
    await page.reload();
    await expectLinkedCommentInView(page);
    expect(errors).toEqual([]);
  });

  it('reads in Korean, with the commitment\'s Korean title, on a phone without sideways scrolling', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(page, server, 'mois@example.org', 'ko');
    await page.goto(`${server.url}/notifications`);
    await page.getByRole('heading', { name: '알림' }).waitFor();
    await page.getByRole('link', { name: `Open Net member 님이 ‘1-a ${commitment.title_ko}’에서 회원님을 언급했습니다` }).waitFor();
    expect(await pageOverflow(page)).toBe(0);
    await page.reload();
    await page.getByRole('link', { name: new RegExp(`1-a ${commitment.title_ko.slice(0, 10)}`) }).waitFor();
    expect(await pageOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});
