import { Action, can, Role } from '@ogp-forum/domain';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, PHONE, seriousAccessibilityViolations, signInAtLoginPage } from './browser.js';

/** Who visits: anyone, and one demo account of each role. */
const VISITORS: { who: string; email: string | null; role: Role | null }[] = [
  { who: 'an anonymous visitor', email: null, role: null },
  { who: 'a citizen', email: 'citizen@example.org', role: Role.CITIZEN },
  { who: 'a CSO member', email: 'cso@example.org', role: Role.CSO },
  { who: 'a ministry contact', email: 'mois@example.org', role: Role.GOVERNMENT },
  { who: 'the secretariat', email: 'admin@example.org', role: Role.ADMIN },
];

interface Ids {
  plan: string;
  coCreationPlan: string;
  commitment: string;
  meeting: string;
  proposal: string;
}

/** The main pages, each for whoever may open it (`action`), or only for visitors (`anonymousOnly`). */
const PAGES: { name: string; path: (ids: Ids) => string; action?: Action; anonymousOnly?: boolean }[] = [
  { name: 'plans', path: () => '/plans' },
  { name: 'plan', path: (ids) => `/plans/${ids.plan}` },
  { name: 'commitment', path: (ids) => `/commitments/${ids.commitment}` },
  { name: 'meetings', path: () => '/meetings' },
  { name: 'meeting', path: (ids) => `/meetings/${ids.meeting}` },
  { name: 'co-creation', path: (ids) => `/plans/${ids.coCreationPlan}/co-creation` },
  { name: 'proposal', path: (ids) => `/proposals/${ids.proposal}` },
  { name: 'new proposal', path: (ids) => `/plans/${ids.coCreationPlan}/proposals/new`, action: Action.SUBMIT_PROPOSAL },
  { name: 'register', path: (ids) => `/plans/${ids.plan}/register` },
  { name: 'report', path: (ids) => `/plans/${ids.plan}/report` },
  { name: 'repository', path: (ids) => `/plans/${ids.plan}/repository` },
  { name: 'compliance', path: (ids) => `/plans/${ids.plan}/compliance` },
  { name: 'dashboard', path: () => '/dashboard' },
  { name: 'plan dashboard', path: (ids) => `/plans/${ids.plan}/dashboard` },
  { name: 'open data', path: () => '/open-data' },
  { name: 'notifications', path: () => '/notifications', action: Action.MANAGE_OWN_ACCOUNT },
  { name: 'action items', path: () => '/action-items', action: Action.COMPLETE_ACTION_ITEM },
  { name: 'account', path: () => '/account', action: Action.MANAGE_OWN_ACCOUNT },
  { name: 'members', path: () => '/admin/members', action: Action.MANAGE_MEMBERS },
  { name: 'organisations', path: () => '/admin/organizations', action: Action.MANAGE_MEMBERS },
  { name: 'audit log', path: () => '/admin/audit', action: Action.READ_AUDIT_LOG },
  { name: 'moderation queue', path: () => '/admin/moderation', action: Action.MODERATE },
  { name: 'sign-in', path: () => '/login', anonymousOnly: true },
];

/**
 * Moves to another page as the app's own links do (no reload: the session and axe-core stay), and waits until it has
 * drawn what it loads: a new heading, no loading state, no request under way, twice over two frames (an answer may
 * start another query).
 */
async function openPage(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    if (location.pathname === to) return;
    document.querySelectorAll('main h1').forEach((heading) => heading.setAttribute('data-left', ''));
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  const drawn = () => ({
    heading: Boolean(document.querySelector('main h1:not([data-left])')),
    loading: Boolean(document.querySelector('main .state[role="status"]')),
    pendingFetches: (window as unknown as { pendingFetches: number }).pendingFetches,
  });
  for (let check = 0; check < 2; check++) {
    await page
      .waitForFunction(() => document.querySelector('main h1:not([data-left])') && !document.querySelector('main .state[role="status"]') && (window as unknown as { pendingFetches: number }).pendingFetches === 0, undefined, { timeout: 15_000 })
      .catch(async () => {
        throw new Error(`${path} was not drawn: ${JSON.stringify(await page.evaluate(drawn))}`);
      });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
}

/** Counts the page's requests under way (window.pendingFetches), for openPage to wait for their answers. */
async function countFetches(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const scope = window as unknown as { pendingFetches: number };
    scope.pendingFetches = 0;
    const fetch = window.fetch.bind(window);
    window.fetch = (...args: Parameters<typeof window.fetch>) => {
      scope.pendingFetches += 1;
      return fetch(...args).finally(() => (scope.pendingFetches -= 1));
    };
  });
}

/**
 * axe-core on every main page, as every kind of visitor in English and the visitor and the secretariat in Korean: no serious or critical violation
 * (names and labels, contrast, landmarks, the page's language…).
 */
describeInBrowser('accessibility of the main pages, measured by axe-core', () => {
  let server: RunningServer;
  let browser: Browser;
  let ids: Ids;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const one = async (sql: string) => ((await server.dataSource.query(sql)) as { id: string }[])[0].id;
    // A plan in co-creation, so that its page and the proposal form show what they show during an open call.
    const admin = await apiToken(server, 'admin@example.org');
    const { createActionPlan } = await callApi<{ createActionPlan: { id: string } }>(
      server,
      'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      { input: { number: 4, title: '4th National Action Plan (2027–2029)', periodStart: '2027-09-01', periodEnd: '2029-08-31' } },
      admin,
    );
    ids = {
      plan: await one('SELECT id FROM action_plans WHERE number = 3'),
      coCreationPlan: createActionPlan.id,
      commitment: await one(`SELECT id FROM commitments WHERE code = '1-a'`),
      meeting: await one(`SELECT id FROM meetings WHERE status = 'HELD' ORDER BY starts_at DESC LIMIT 1`),
      proposal: await one(`SELECT id FROM proposals WHERE status = 'SELECTED' ORDER BY created_at LIMIT 1`),
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('axe-core finds a button without a name', async () => {
    const { page } = await openStoryPage(browser);
    await page.goto(`${server.url}/plans`);
    await page.locator('main h1').waitFor();
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual(['button-name (critical): Buttons must have discernible text — #main > button']);
    await page.context().close();
  });

  it('on a phone, the menu opened by the secretariat in Korean meets no serious or critical violation', async () => {
    const { page } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(page, server, 'admin@example.org', 'ko');
    await page.getByRole('button', { name: /^메뉴/ }).click();
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link').first().waitFor();
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await page.context().close();
  });

  // Every visitor in English; in Korean the anonymous visitor and the secretariat, who between them see every page and
  // every control (the Korean text changes words, not the structure axe-core checks; the page's lang is checked on each).
  const visits = [
    ...VISITORS.map((visitor) => ({ language: 'en' as const, visitor })),
    ...VISITORS.filter((visitor) => visitor.role === null || visitor.role === Role.ADMIN).map((visitor) => ({ language: 'ko' as const, visitor })),
  ];
  for (const { language, visitor } of visits) {
    it(`${visitor.who}, in ${language === 'en' ? 'English' : 'Korean'}, meets no serious or critical violation`, async () => {
      const { page } = await openStoryPage(browser, { locale: language === 'en' ? 'en-US' : 'ko-KR' });
      await countFetches(page);
      if (visitor.email) await signInAtLoginPage(page, server, visitor.email, language);
      else await page.goto(`${server.url}/plans`);
      const found: Record<string, string[]> = {};
      for (const { name, path, action, anonymousOnly } of PAGES) {
        if (anonymousOnly ? visitor.role : action && !can(visitor.role ? { role: visitor.role } : null, action)) continue;
        await openPage(page, path(ids));
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
        const violations = await seriousAccessibilityViolations(page);
        if (violations.length) found[name] = violations;
      }
      expect(found).toEqual({});
      await page.context().close();
    });
  }
});
