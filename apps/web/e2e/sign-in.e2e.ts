import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser } from './browser.js';

describeInBrowser('someone guessing a password at the sign-in page', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signInPage(locale: string): Promise<Page> {
    const page = await (await browser.newContext({ locale })).newPage();
    await page.goto(`${server.url}/login`);
    return page;
  }

  it('is told after 5 wrong passwords how long the wait really is, in English and in Korean', async () => {
    const page = await signInPage('en-US');
    await page.getByLabel('E-mail address').fill('cso@example.org');
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await page.getByLabel('Password', { exact: true }).fill(`wrong-guess-${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const expected = attempt <= 5 ? 'The e-mail address or the password is wrong' : 'Too many attempts. Try again in 15 minutes.';
      await page.getByRole('alert').filter({ hasText: expected }).waitFor();
      await page.getByRole('button', { name: 'Sign in' }).and(page.locator(':enabled')).waitFor();
    }

    const korean = await signInPage('ko-KR');
    await korean.getByLabel('이메일 주소').fill('cso@example.org');
    await korean.getByLabel('비밀번호', { exact: true }).fill('demo-password-1');
    await korean.getByRole('button', { name: '로그인' }).click();
    await korean.getByRole('alert').filter({ hasText: '시도가 너무 많습니다. 15분 후 다시 시도하세요.' }).waitFor();
  });
});
