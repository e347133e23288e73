import { outbox } from '../../api/test/harness.js';
import { describeInBrowser, openStoryPage, pageOverflow, PHONE, seriousAccessibilityViolations, storyServerAndBrowser } from './browser.js';

describeInBrowser('a citizen joins by themselves', () => {
  const story = storyServerAndBrowser();

  it('signs up on a phone → opens the .eml link → confirms → sets Korean and a daily digest → follows a commitment; the forum and its errors speak Korean', async () => {
    const { page, errors } = await openStoryPage(story.browser, { viewport: PHONE });
    await page.goto(`${story.server.url}/login`);
    await page.getByRole('link', { name: 'Join as a citizen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Join the forum' }).waitFor();
    expect(await page.title()).toBe('Join the forum · OGP Forum');
    expect(await pageOverflow(page)).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('E-mail address').fill('minji@example.org');
    await page.getByLabel('Name', { exact: true }).fill('Minji Choi');
    await page.getByLabel('New password').fill('password1234');
    await page.getByLabel('Repeat the password').fill('password1234');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('alert').filter({ hasText: 'too common' }).waitFor();

    await page.getByLabel('New password').fill('cherry blossoms on yeouido');
    await page.getByLabel('Repeat the password').fill('cherry blossoms on yeouido');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'minji@example.org' }).waitFor();
    expect(await page.title()).toBe('Check your e-mail · OGP Forum');

    const mail = (await outbox()).find((m) => m.to === 'minji@example.org');
    expect(mail?.subject).toBe('Confirm your e-mail address for the OGP Forum / OGP 포럼 이메일 주소 확인');
    const link = /https?:\/\/\S+\/verify-email\/[\w-]+/.exec(mail!.text)![0];

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' }).waitFor();
    expect(await page.title()).toBe('Confirm your e-mail address · OGP Forum');
    expect(await pageOverflow(page)).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await page.getByText('Citizen', { exact: true }).first().waitFor();

    const settings = page.getByRole('region', { name: 'Name and language' });
    await settings.getByLabel('Language').selectOption('ko');
    await settings.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: '내 계정' }).waitFor();
    await page.getByRole('status').filter({ hasText: '저장했습니다.' }).waitFor();
    expect(await page.title()).toBe('내 계정 · OGP 포럼');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await pageOverflow(page)).toBe(0);

    // Mentions in the daily digest rather than one e-mail each: the choice is saved, and there after a reload.
    const mentions = () => page.getByRole('group', { name: '누군가 나를 언급할 때' });
    await mentions().getByLabel('일일 요약 이메일').check();
    await mentions().locator('input[value="DAILY_DIGEST"]:checked:enabled').waitFor();
    await page.reload();
    await mentions().locator('input[value="DAILY_DIGEST"]:checked').waitFor();
    expect(await page.getByRole('group', { name: '팔로우한 약속의 업데이트' }).getByLabel('일일 요약 이메일').isChecked()).toBe(true);

    // She follows a commitment, opened by its address; she still follows it after a reload.
    const [commitment] = await story.server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`);
    await page.goto(`${story.server.url}/commitments/${commitment.id}`);
    await page.getByRole('button', { name: '팔로우', exact: true }).click();
    await page.getByRole('button', { name: '팔로우 중', pressed: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: '팔로우 중', pressed: true }).waitFor();
    expect(await pageOverflow(page)).toBe(0);
    await page.goto(`${story.server.url}/account`);
    await page.getByRole('heading', { level: 1, name: '내 계정' }).waitFor();

    // An error from the api is told in the member's language.
    await page.getByLabel('현재 비밀번호').fill('not my password at all');
    await page.getByLabel('새 비밀번호').fill('a different long passphrase');
    await page.getByRole('button', { name: '비밀번호 변경' }).click();
    await page.getByRole('alert').filter({ hasText: '현재 비밀번호가 맞지 않습니다' }).waitFor();

    // Another story.browser that prefers English: after sign-in the forum follows the stored language.
    const { page: laptop, errors: laptopErrors } = await openStoryPage(story.browser, { locale: 'en-US' });
    await laptop.goto(`${story.server.url}/login`);
    await laptop.getByLabel('E-mail address').fill('minji@example.org');
    await laptop.getByLabel('Password', { exact: true }).fill('cherry blossoms on yeouido');
    await laptop.getByRole('button', { name: 'Sign in' }).click();
    await laptop.getByRole('button', { name: '로그아웃' }).first().waitFor();
    expect(await laptop.evaluate(() => document.documentElement.lang)).toBe('ko');

    expect(errors).toEqual([]);
    expect(laptopErrors).toEqual([]);
  });

  it('opens the sign-up page and a verification link by their address, in Korean on a phone, also after a reload', async () => {
    const { page, errors } = await openStoryPage(story.browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${story.server.url}/sign-up`), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: '포럼 가입' }).waitFor();
      expect(await page.title()).toBe('포럼 가입 · OGP 포럼');
      expect(await pageOverflow(page)).toBe(0);
    }
    // A link that was never sent: the page says so in Korean, by address and after a reload.
    for (const arrive of [() => page.goto(`${story.server.url}/verify-email/not-a-link-we-sent`), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: '이메일 주소 확인' }).waitFor();
      expect(await pageOverflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
