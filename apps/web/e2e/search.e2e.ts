import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE } from './browser.js';

describeInBrowser('search', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a visitor searches in Korean from the header and opens a commitment from the results', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR' });
    await page.goto(`${server.url}/plans`);
    const box = page.getByRole('searchbox', { name: '포럼 검색' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    // "/" takes the keyboard to the search box, from anywhere on the page.
    await page.keyboard.press('/');
    await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('원문정보');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: '검색: 원문정보' }).waitFor();
    await expect(page.title()).resolves.toBe('검색: 원문정보 · OGP 포럼');
    expect(new URL(page.url()).searchParams.get('q')).toBe('원문정보');
    // 1-b's Korean title has the word with a particle (원문정보의): found, and the word marked inside it.
    const result = page.getByRole('region', { name: '이행과제' }).getByRole('listitem').filter({ hasText: '1-b' });
    await expect(result.locator('mark').first().textContent()).resolves.toBe('원문정보');
    await result.getByRole('link', { name: '1-b 생활에 유용한 원문정보의 지속적 발굴·제공' }).click();
    await page.getByRole('heading', { level: 1, name: /생활에 유용한 원문정보의 지속적 발굴/ }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/commitments\//);
    expect(errors).toEqual([]);
  });

  it('opens the results by address and on reload with the filters of the address, in Korean on a phone', async () => {
    const [{ id: planId }] = await server.dataSource.query(`SELECT id FROM action_plans WHERE number = 3`);
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    const address = `${server.url}/search?q=${encodeURIComponent('정보공개')}&kind=COMMITMENT&plan=${planId}`;
    for (const arrive of [() => page.goto(address), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: '검색: 정보공개' }).waitFor();
      await page.getByRole('region', { name: '이행과제' }).getByRole('link').first().waitFor();
      await expect(page.getByRole('combobox', { name: '종류' }).inputValue()).resolves.toBe('COMMITMENT');
      await expect(page.getByRole('searchbox', { name: '포럼 검색' }).inputValue()).resolves.toBe('정보공개');
      expect(await page.getByRole('region', { name: '댓글' }).count()).toBe(0);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    }

    // Changing a filter changes the address; nothing matching says so.
    await page.getByRole('combobox', { name: '종류' }).selectOption('DOCUMENT');
    await page.getByRole('button', { name: '조건 적용' }).click();
    await page.getByText('“정보공개”에 대한 검색 결과가 없습니다.', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('kind')).toBe('DOCUMENT');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
