import type { Page } from 'playwright-core';
import { apiToken, callApi, describeInBrowser, openStoryPage, pageOverflow, PHONE, signInAtLoginPage, storyServerAndBrowser } from './browser.js';

/**
 * The moderation queue as people use it: a member flags a comment with a reason, the secretariat finds it in the queue
 * (linked from the admin menu) and hides it with a reason, and the author reads in their notifications why.
 */
describeInBrowser('moderation queue', () => {
  const story = storyServerAndBrowser();
  let commitment: { id: string; title: string; title_ko: string };

  beforeAll(async () => {
    [commitment] = await story.server.dataSource.query(`SELECT id, title, title_ko FROM commitments WHERE code = '2-b'`);
  });

  async function postAsCso(body: string): Promise<string> {
    const token = await apiToken(story.server, 'cso@example.org');
    const { postComment } = await callApi<{ postComment: { id: string } }>(
      story.server,
      'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
      { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body } },
      token,
    );
    return postComment.id;
  }

  async function flag(page: Page, commentId: string, labels: { flag: string; reason: string; send: string; done: string }, reason: string) {
    await page.goto(`${story.server.url}/commitments/${commitment.id}`);
    const comment = page.getByTestId(`comment-${commentId}`);
    await comment.getByRole('button', { name: labels.flag, exact: true }).click();
    await comment.getByLabel(labels.reason).fill(reason);
    await comment.getByRole('button', { name: labels.send }).click();
    await comment.getByRole('status').filter({ hasText: labels.done }).waitFor();
  }

  it('a member flags a comment, the secretariat hides it from the queue, and the author is told why', async () => {
    const commentId = await postAsCso('Buy cheap watches at example dot com, best prices!');

    const member = await openStoryPage(story.browser);
    await signInAtLoginPage(member.page, story.server, 'citizen@example.org');
    await flag(member.page, commentId, { flag: 'Flag', reason: 'Why should the secretariat look at this comment?', send: 'Send flag', done: 'Flagged.' }, 'Advertising');

    const secretariat = await openStoryPage(story.browser);
    await signInAtLoginPage(secretariat.page, story.server, 'admin@example.org');
    await secretariat.page.getByRole('link', { name: 'Moderation', exact: true }).click();
    await secretariat.page.getByRole('heading', { name: 'Moderation queue', level: 1 }).waitFor();
    expect(await secretariat.page.title()).toContain('Moderation queue');
    const card = secretariat.page.locator(`[data-flagged-comment="${commentId}"]`);
    expect(await card.innerText()).toContain('Buy cheap watches');
    expect(await card.innerText()).toContain('Advertising');
    await card.getByLabel('Reason for hiding (shown in the thread and to the author)').fill('Advertising is not allowed');
    await card.getByRole('button', { name: 'Hide comment' }).click();
    await secretariat.page.getByText('No flagged comments. The queue is empty.').waitFor();

    const author = await openStoryPage(story.browser);
    await signInAtLoginPage(author.page, story.server, 'cso@example.org');
    await author.page.goto(`${story.server.url}/notifications`);
    const notice = author.page.getByRole('link', { name: `hid your comment on “2-b ${commitment.title}”` });
    await notice.waitFor();
    expect(await author.page.locator('li.card', { has: notice }).innerText()).toContain('Reason: Advertising is not allowed');
    await notice.click();
    await author.page.getByTestId(`comment-${commentId}`).getByText('Hidden by moderator: Advertising is not allowed').waitFor();

    for (const story of [member, secretariat, author]) expect(story.errors).toEqual([]);
  });

  it('works in Korean on a phone without sideways scrolling', async () => {
    const commentId = await postAsCso('광고: 값싼 시계를 팝니다.');

    const member = await openStoryPage(story.browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(member.page, story.server, 'citizen@example.org', 'ko');
    await flag(member.page, commentId, { flag: '신고', reason: '사무국이 이 댓글을 확인해야 하는 이유는 무엇인가요?', send: '신고하기', done: '신고했습니다.' }, '광고입니다');
    expect(await pageOverflow(member.page)).toBe(0);

    const secretariat = await openStoryPage(story.browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(secretariat.page, story.server, 'admin@example.org', 'ko');
    await secretariat.page.goto(`${story.server.url}/admin/moderation`);
    await secretariat.page.reload();
    await secretariat.page.getByRole('heading', { name: '신고된 댓글 관리', level: 1 }).waitFor();
    expect(await secretariat.page.title()).toContain('신고된 댓글 관리');
    const card = secretariat.page.locator(`[data-flagged-comment="${commentId}"]`);
    expect(await card.innerText()).toContain('광고입니다');
    expect(await pageOverflow(secretariat.page)).toBe(0);
    await card.getByLabel('숨기는 이유 (토론과 작성자에게 표시됩니다)').fill('광고는 허용되지 않습니다');
    await card.getByRole('button', { name: '댓글 숨기기' }).click();
    await secretariat.page.getByText('신고된 댓글이 없습니다.').waitFor();
    expect(await pageOverflow(secretariat.page)).toBe(0);

    const author = await openStoryPage(story.browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(author.page, story.server, 'cso@example.org', 'ko');
    await author.page.goto(`${story.server.url}/notifications`);
    // The newest first: the comment hidden in the English story comes after this one.
    const notice = author.page.getByRole('link', { name: `‘2-b ${commitment.title_ko}’에 쓰신 댓글을 숨겼습니다` }).first();
    await notice.waitFor();
    expect(await author.page.locator('li.card').first().innerText()).toContain('이유: 광고는 허용되지 않습니다');
    expect(await pageOverflow(author.page)).toBe(0);

    for (const story of [member, secretariat, author]) expect(story.errors).toEqual([]);
  });
});
