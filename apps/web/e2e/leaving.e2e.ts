import { describeInBrowser, openStoryPage, pageOverflow, PHONE, seriousAccessibilityViolations, signInAtLoginPage, storyServerAndBrowser } from './browser.js';

/**
 * Members who leave, and a member's own calendar: the secretariat deactivates a member, whose open page turns to a
 * visitor's at once; a member subscribes a calendar app to their secret feed, and turns it off.
 */
describeInBrowser('members who leave, and a personal calendar feed', () => {
  const story = storyServerAndBrowser();
  let commitmentId: string;

  beforeAll(async () => {
    [{ id: commitmentId }] = await story.server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`);
  });

  it('the secretariat deactivates a member: their open page is signed out at once, sign-in is refused, and reactivation lets them back', async () => {
    const [{ display_name: name }] = await story.server.dataSource.query(`SELECT display_name FROM users WHERE email = 'cso2@example.org'`);
    const { page: member, errors } = await openStoryPage(story.browser);
    await signInAtLoginPage(member, story.server, 'cso2@example.org');
    await member.goto(`${story.server.url}/commitments/${commitmentId}`);
    await member.getByRole('heading', { name: 'Discussion and progress' }).waitFor();
    await member.getByRole('button', { name: 'Sign out' }).waitFor();

    const { page: admin } = await openStoryPage(story.browser);
    await signInAtLoginPage(admin, story.server, 'admin@example.org');
    await admin.goto(`${story.server.url}/admin/members`);
    await admin.getByRole('button', { name: `Deactivate ${name}` }).click(); // the confirmation is accepted
    await admin.getByRole('button', { name: `Reactivate ${name}` }).waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'cso2@example.org' });
    await row.getByText('Deactivated', { exact: true }).waitFor();
    await admin.reload();
    await admin.getByRole('row').filter({ hasText: 'cso2@example.org' }).getByText('Deactivated', { exact: true }).waitFor();

    // The member's page, untouched since, is a visitor's now: no controls left that would fail.
    await member.getByRole('link', { name: 'Sign in' }).waitFor();
    await member.getByText('Sign in to comment.').waitFor();
    await member.getByRole('link', { name: 'Sign in' }).click();
    await member.getByLabel('E-mail address').fill('cso2@example.org');
    await member.getByLabel('Password', { exact: true }).fill('demo-password-1');
    await member.getByRole('button', { name: 'Sign in' }).click();
    await member.getByRole('alert').filter({ hasText: 'deactivated by the forum secretariat' }).waitFor();

    await admin.getByRole('button', { name: `Reactivate ${name}` }).click();
    await admin.getByRole('button', { name: `Deactivate ${name}` }).waitFor();
    await member.getByRole('button', { name: 'Sign in' }).click();
    await member.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('a member, in Korean on a phone, makes a calendar feed, a calendar app reads it without signing in, and turning it off ends it', async () => {
    const { page, errors } = await openStoryPage(story.browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(page, story.server, 'cso@example.org', 'ko');
    await page.goto(`${story.server.url}/account`);
    const section = page.getByRole('region', { name: '내 캘린더 구독' });
    await section.getByRole('button', { name: '캘린더 주소 만들기' }).click();
    const url = await section.getByLabel('내 캘린더 주소 (한 번만 표시)').inputValue();
    expect(url).toMatch(/^http:\/\/.+\/calendar\/feeds\/[\w-]+\.ics$/);
    expect(await pageOverflow(page)).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A calendar app: no cookie, no token.
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VEVENT');

    // Shown once: after a reload the page says since when the feed exists, not its address.
    await page.reload();
    await section.getByText(/현재 주소는 .+에 만들어졌습니다/).waitFor();
    expect(await section.getByLabel('내 캘린더 주소 (한 번만 표시)').count()).toBe(0);
    await section.getByRole('button', { name: '구독 끄기' }).click(); // the confirmation is accepted
    await section.getByRole('status').filter({ hasText: '캘린더 구독을 껐습니다.' }).waitFor();
    expect((await fetch(url)).status).toBe(404);
    expect(errors).toEqual([]);
  });
});
