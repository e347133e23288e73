import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { clientFor } from '../../api/test/client.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, signIn } from './browser.js';

const XSS = [
  '<img src=x onerror="window.__xss = 1">',
  '<script>window.__xss = 2</script>',
  '[a link](javascript:window.__xss=3)',
  '<a href="javascript:window.__xss=4">raw link</a>',
  '**bold** and [the portal](https://www.open.go.kr)',
].join('\n\n');

describeInBrowser('a live commitment thread', () => {
  let server: RunningServer;
  let browser: Browser;
  let commitmentUrl: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { rows } = await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-c'`).then((r: any) => ({ rows: r }));
    commitmentUrl = `${server.url}/commitments/${rows[0].id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(commitmentUrl);
    await page.getByRole('heading', { name: 'Discussion and progress' }).waitFor();
    // The report's progress update is replayed into the thread.
    await page.getByRole('article', { name: /Progress update by/ }).first().waitFor();
    return page;
  }

  it('shows a comment posted in one browser in the other without reloading, behind "1 new comment"', async () => {
    const reader = await open();
    const writer = await open();
    await signIn(writer, 'cso@example.org');
    await writer.getByRole('heading', { name: 'Discussion and progress' }).waitFor();
    // The reader sees who is viewing.
    await reader.getByLabel('Open Net member').waitFor();

    await writer.getByPlaceholder('Write a comment').fill('When will the **2018** inspection results be published?');
    await writer.getByRole('button', { name: 'Preview' }).click();
    await writer.locator('.composer-preview strong').filter({ hasText: '2018' }).waitFor();
    await writer.getByRole('button', { name: 'Write' }).click();
    await writer.getByRole('button', { name: 'Post comment' }).click();
    await writer.getByRole('article', { name: 'Comment by Open Net member' }).waitFor();

    await reader.getByRole('button', { name: '1 new comment' }).click();
    const arrived = reader.getByRole('article', { name: 'Comment by Open Net member' });
    await arrived.waitFor();
    expect(await arrived.innerText()).toContain('When will the 2018 inspection results be published?');
    expect(await reader.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    // The author corrects it; the reader sees the new text live and can open the earlier one.
    const mine = writer.getByRole('article', { name: 'Comment by Open Net member' });
    await mine.getByRole('button', { name: 'Edit' }).click();
    await mine.getByRole('textbox').fill('When will the **2018** inspection results be published online?');
    await mine.getByRole('button', { name: 'Save' }).click();
    await arrived.getByText('published online?').waitFor();
    await arrived.getByRole('button', { name: 'edited' }).click();
    await arrived.getByRole('list', { name: 'Earlier versions' }).getByText('When will the 2018 inspection results be published?').waitFor();
  });

  it('renders script-bearing comments inert: nothing runs, nothing dangerous reaches the page', async () => {
    const writer = await open();
    await signIn(writer, 'cso2@example.org');
    const reader = await open();
    await writer.getByPlaceholder('Write a comment').fill(XSS);
    await writer.getByRole('button', { name: 'Post comment' }).click();
    const own = writer.getByRole('article', { name: 'Comment by CFIT member' });
    await own.waitFor();

    await reader.getByRole('button', { name: /new comment/ }).click();
    const comment = reader.getByRole('article', { name: 'Comment by CFIT member' });
    await comment.waitFor();
    for (const page of [writer, reader]) {
      const article = page.getByRole('article', { name: 'Comment by CFIT member' });
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await article.locator('img, script, iframe').count()).toBe(0);
      const hrefs = await article.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.some((href) => href.toLowerCase().startsWith('javascript:'))).toBe(false);
      const portal = article.getByRole('link', { name: 'the portal' });
      expect(await portal.getAttribute('rel')).toContain('nofollow');
      expect(await portal.getAttribute('rel')).toContain('noopener');
      // The markup is shown as text, not run.
      expect(await article.innerText()).toContain('<img src=x onerror="window.__xss = 1">');
    }
    // Clicking the neutralised link runs nothing either.
    await comment.getByRole('link', { name: 'a link' }).click().catch(() => undefined);
    expect(await reader.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('mentions a member picked with the keyboard: the text reads their name, the comment shows it, their count rises live', async () => {
    const mentioned = await open();
    await signIn(mentioned, 'opgc@example.org');
    const writer = await open();
    await signIn(writer, 'mois@example.org');

    const composer = writer.getByPlaceholder('Write a comment');
    await composer.fill('Could ');
    await composer.pressSequentially('@contact');
    const picker = writer.getByRole('listbox', { name: 'Members to mention' });
    await picker.getByRole('option', { name: 'OPGC contact' }).waitFor();
    expect(await picker.getByRole('option').allInnerTexts()).toEqual(['ACRC contact', 'MOIS contact', 'OPGC contact']);
    // The arrow keys move through the list, round its ends, and the textbox names the option they are on; Enter picks it.
    await composer.press('ArrowUp');
    const opgc = picker.getByRole('option', { name: 'OPGC contact', selected: true });
    await opgc.waitFor();
    for (const name of ['ACRC contact', 'MOIS contact', 'OPGC contact']) {
      await composer.press('ArrowDown');
      await picker.getByRole('option', { name, selected: true }).waitFor();
    }
    expect(await composer.getAttribute('aria-activedescendant')).toBe(await opgc.getAttribute('id'));
    await composer.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await composer.pressSequentially('check the ODA figures?');
    expect(await composer.inputValue()).toBe('Could @OPGC contact check the ODA figures?');
    await writer.getByRole('button', { name: 'Preview' }).click();
    await writer.locator('.composer-preview').getByText('@OPGC contact', { exact: true }).waitFor();
    await writer.getByRole('button', { name: 'Write' }).click();
    await writer.getByRole('button', { name: 'Post comment' }).click();

    // The comment shows the name on its own, and no link: members have no page, so none may lead to "not found".
    const posted = writer.getByRole('article', { name: 'Comment by MOIS contact' });
    await posted.getByText('@OPGC contact', { exact: true }).waitFor();
    expect(await posted.locator('.markdown').innerText()).toBe('Could @OPGC contact check the ODA figures?');
    expect(await posted.locator('.markdown').getByRole('link').count()).toBe(0);

    await mentioned.getByLabel('1 unread').waitFor();
    await mentioned.getByRole('link', { name: /Notifications/ }).click();
    // The notice says who did what where, and quotes the comment.
    await mentioned.getByRole('link', { name: /^MOIS contact mentioned you on “1-c / }).waitFor();
    await mentioned.getByText('Could @OPGC contact check the ODA figures?').waitFor();

    // Edited, the comment reads as it was written, and the mention survives the edit.
    await posted.getByRole('button', { name: 'Edit' }).click();
    const editor = posted.getByRole('textbox');
    expect(await editor.inputValue()).toBe('Could @OPGC contact check the ODA figures?');
    await editor.fill('Could @OPGC contact check the aid figures?');
    await posted.getByRole('button', { name: 'Save' }).click();
    await posted.getByText('check the aid figures?').waitFor();
    await posted.getByText('@OPGC contact', { exact: true }).waitFor();
  });

  it('keeps following the thread, as a visitor, after signing out (which closes the signed-in connection)', async () => {
    const reader = await open();
    await signIn(reader, 'acrc@example.org');
    await reader.getByRole('heading', { name: 'Discussion and progress' }).waitFor();
    await reader.getByRole('button', { name: 'Sign out' }).click();
    await reader.getByRole('link', { name: 'Sign in' }).waitFor();
    // Signing out mounts the page afresh for the visitor: wait until its thread has been replayed (what it shows then is
    // shown at once), so that the comment below arrives after it, live.
    await reader.getByText('Sign in to comment.').waitFor();
    await reader.locator('.thread-list > li').or(reader.getByText('No comments yet. Start the discussion.')).first().waitFor();

    const client = clientFor(server);
    const { token } = await client.login('mois@example.org');
    const input = { subjectType: 'COMMITMENT', subjectId: commitmentUrl.split('/').at(-1), body: 'The inspection results are due in March.' };
    const posted = await client.call('mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', { input }, { token });
    expect(posted.body.errors).toBeUndefined();
    await reader.getByRole('button', { name: /new comment/ }).click();
    await reader.getByRole('article', { name: 'Comment by MOIS contact' }).getByText('due in March').waitFor();
  });

  it('lists delayed milestones on the dashboard', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'What needs attention' }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: /4-a Improving environment for e-government service use/ }).waitFor();
    expect(await table.getByText('Not completed by its end date').count()).toBeGreaterThan(0);
  });
});
