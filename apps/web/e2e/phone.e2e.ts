import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { callApi, describeInBrowser, launchBrowser } from './browser.js';

const PHONE = { width: 390, height: 844 };

/** What the secretariat reads on the way, in the two languages of the forum. */
const WORDS = {
  en: {
    locale: 'en-US',
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    menu: 'Menu',
    brand: 'OGP Forum',
    notifications: 'Notifications',
    account: 'My account',
    members: 'Members',
    meetings: 'Forum meetings',
    dashboard: 'What needs attention',
    newProposal: 'New proposal',
    title: 'Title',
    proposedAction: 'Proposed action',
    expectedResults: 'Expected results',
    leadAgency: 'Suggested lead agency',
    specificity: /^Specificity (\d+)%/,
  },
  ko: {
    locale: 'ko-KR',
    email: '이메일 주소',
    password: '비밀번호',
    signIn: '로그인',
    menu: '메뉴',
    brand: 'OGP 포럼',
    notifications: '알림',
    account: '내 계정',
    members: '회원',
    meetings: '포럼 회의',
    dashboard: '살펴볼 일',
    newProposal: '새 제안',
    title: '제목',
    proposedAction: '제안 내용',
    expectedResults: '기대 효과',
    leadAgency: '제안 주관 기관',
    specificity: /^구체성 (\d+)%/,
  },
};
type Words = (typeof WORDS)['en'];

describeInBrowser('the forum on a phone, 390 × 844', () => {
  let server: RunningServer;
  let browser: Browser;
  let plan3: string;
  let plan4: string;
  let commitment: string;

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) => callApi<T>(server, query, variables, token);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: 'admin@example.org', password: 'demo-password-1' },
    );
    const { actionPlans } = await graphql<{ actionPlans: { id: string; number: number; themes: { commitments: { id: string; code: string }[] }[] }[] }>(
      '{ actionPlans { id number themes { commitments { id code } } } }',
      {},
    );
    const third = actionPlans.find((plan) => plan.number === 3)!;
    plan3 = third.id;
    commitment = third.themes.flatMap((theme) => theme.commitments).find((c) => c.code === '4-a')!.id;
    // The next plan is open for proposals, so that co-creation and the proposal editor have something to show.
    const { createActionPlan } = await graphql<{ createActionPlan: { id: string } }>(
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2027–2029)', periodStart: '2027-09-01', periodEnd: '2029-08-31' } },
      login.accessToken,
    );
    plan4 = createActionPlan.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A phone-sized page in the given language, signed in as the secretariat through the sign-in page. */
  async function secretariatOnPhone(words: Words): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: words.locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/login`);
    await page.getByLabel(words.email).fill('admin@example.org');
    await page.getByLabel(words.password, { exact: true }).fill('demo-password-1');
    await page.getByRole('button', { name: words.signIn }).click();
    await page.waitForURL(/\/plans$/);
    return { page, errors };
  }

  /** Waits until the page has its heading and nothing is loading any more. */
  async function settled(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('main').getByRole('status').filter({ hasText: /Loading|불러오는 중/ }).waitFor({ state: 'detached' });
    await page.locator('main .state').filter({ hasText: /Loading|불러오는 중/ }).waitFor({ state: 'detached' });
  }

  /** Everything that sticks out past the right edge of the screen, except inside a container that scrolls on purpose. */
  async function overflow(page: Page) {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const scrollsSideways = (element: Element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
        }
        return false;
      };
      const outside = [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !scrollsSideways(element))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 40)}"`);
      return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 10) };
    });
  }

  async function headerHeight(page: Page): Promise<number> {
    return (await page.getByRole('banner').boundingBox())!.height;
  }

  for (const language of ['en', 'ko'] as const) {
    const words = WORDS[language];

    it(`(${language}) reaches notifications, the account and the admin pages through a menu in a header no taller than 64 px`, async () => {
      const { page, errors } = await secretariatOnPhone(words);
      const menuButton = page.getByRole('banner').getByRole('button', { name: words.menu });
      const navigation = page.getByRole('banner').getByRole('navigation');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      expect(await navigation.isVisible()).toBe(false);

      // The menu names what it opens; opened, it reveals the navigation; Escape folds it and gives focus back.
      await menuButton.click();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      const controlled = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
      await controlled.getByRole('link', { name: words.notifications }).waitFor();
      await page.keyboard.press('Escape');
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      await menuButton.and(page.locator(':focus')).waitFor();
      expect(await controlled.isVisible()).toBe(false);

      for (const [link, heading] of [
        [words.notifications, words.notifications],
        [words.account, words.account],
        [words.members, words.members],
      ]) {
        await menuButton.click();
        await page.getByRole('banner').getByRole('link', { name: link, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
        // The page followed is shown with the menu folded again.
        expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
        expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      }
      // The forum's name, beside the button, leads home and folds the menu too.
      await menuButton.click();
      await page.getByRole('banner').getByRole('link', { name: words.brand }).click();
      await page.waitForURL(/\/plans$/);
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      expect(errors).toEqual([]);
    });

    it(`(${language}) fits every main page into the width of the phone, wide tables scrolling in their own frame`, async () => {
      const { page, errors } = await secretariatOnPhone(words);
      const pages = [
        `/plans/${plan3}`,
        `/commitments/${commitment}`,
        '/meetings',
        '/co-creation',
        `/plans/${plan3}/register`,
        '/dashboard',
        `/plans/${plan4}/proposals/new`,
        '/admin/members',
      ];
      const measured = [];
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
        await settled(page);
        measured.push({ path, ...(await overflow(page)), headerFits: (await headerHeight(page)) <= 64 });
      }
      expect(measured).toEqual(pages.map((path) => ({ path, scrollWidth: PHONE.width, outside: [], headerFits: true })));
      // The register's table is wider than the phone: it scrolls inside its own frame, which is named and takes focus.
      await page.goto(`${server.url}/plans/${plan3}/register`);
      const frame = page.getByRole('region').filter({ has: page.getByRole('table') });
      await frame.waitFor();
      expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      expect(await frame.getAttribute('tabindex')).toBe('0');
      expect(await frame.getAttribute('aria-labelledby')).toBeTruthy();
      // The outcome chosen is in the address: a link to the declined proposals opens that view, after a reload too
      // (the 3rd plan's four seeded proposals were all selected, so none is listed).
      for (const arrive of [() => page.goto(`${server.url}/plans/${plan3}/register?outcome=DECLINED`), () => page.reload()]) {
        await arrive();
        const outcome = page.locator('.button-row select');
        await outcome.waitFor();
        expect(await outcome.inputValue()).toBe('DECLINED');
        expect(await page.getByRole('table').count()).toBe(0);
      }
      await page.locator('.button-row select').selectOption('');
      await page.waitForURL(new RegExp(`/plans/${plan3}/register$`));
      await frame.waitFor();
      expect(errors).toEqual([]);
    });

    it(`(${language}) keeps the specificity summary in view while the author types a proposal`, async () => {
      const { page, errors } = await secretariatOnPhone(words);
      await page.goto(`${server.url}/plans/${plan4}/proposals/new`);
      await page.getByRole('heading', { level: 1, name: words.newProposal }).waitFor();
      const summary = page.getByTestId('specificity-summary');

      /** The summary is on screen, whole, and does not cover the field being typed in. */
      async function summaryInViewWhileTyping(label: string) {
        const field = page.getByLabel(label, { exact: true });
        await field.click();
        await field.and(page.locator(':focus')).waitFor();
        const box = (await summary.boundingBox())!;
        const fieldBox = (await field.boundingBox())!;
        expect([label, box.y >= 0, box.y + box.height <= PHONE.height]).toEqual([label, true, true]);
        expect([label, fieldBox.y >= box.y + box.height - 1, fieldBox.y < PHONE.height]).toEqual([label, true, true]);
      }

      await summaryInViewWhileTyping(words.title);
      await page.getByLabel(words.title, { exact: true }).fill('Open the budget of every aid project');
      expect((await summary.innerText()).match(words.specificity)?.[1]).toBe('0');
      await summaryInViewWhileTyping(words.expectedResults);
      await page.getByLabel(words.expectedResults, { exact: true }).fill('100% of aid projects publish their budgets by 2028');
      // The summary follows the text as it is typed.
      await summary.filter({ hasText: words.specificity }).filter({ hasNotText: /\b0%/ }).waitFor();
      expect(Number((await summary.innerText()).match(words.specificity)?.[1])).toBeGreaterThan(0);
      await summaryInViewWhileTyping(words.proposedAction);
      // Further down, below the first screen, it is still there.
      await summaryInViewWhileTyping(words.leadAgency);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  }
});
