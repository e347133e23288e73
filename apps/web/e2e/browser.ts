import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere. Never a browser downloaded by a tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tier can run. Without Chromium it is skipped with a loud warning on a developer's machine,
 * but in CI a missing browser fails the run instead of passing silently.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI) throw new Error(`${message} CI must run the browser tests.`);
  console.warn(`\n!!! BROWSER TESTS SKIPPED — ${message}\n`);
  return false;
}

/**
 * The browser stories' `describe`. The only skip in the suite's browser tier, and on purpose: without Chromium on a
 * developer's machine the stories are skipped with the warning above; under CI, browserAvailable() throws instead.
 */
export const describeInBrowser: typeof describe = browserAvailable() ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * The api (over a fresh copy of the seeded database) and the browser of one story file: started before its stories,
 * stopped after them. Read `server` and `browser` inside the stories, once they have started.
 */
export function storyServerAndBrowser(): { readonly server: RunningServer; readonly browser: Browser } {
  const started = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    [started.server, started.browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.stop();
  });
  return started;
}

/** Signs in through the page's own sign-in link and form. */
export async function signIn(page: import('playwright-core').Page, email: string, password = 'demo-password-1'): Promise<void> {
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A GraphQL call over real HTTP, as the stories' setup makes it: any error in the answer fails the story at once. */
export async function callApi<T>(server: { url: string }, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data!;
}

/** A demo account's access token, for setting a story up through the api. */
export async function apiToken(server: { url: string }, email: string): Promise<string> {
  const { login } = await callApi<{ login: { accessToken: string } }>(
    server,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password: 'demo-password-1' },
  );
  return login.accessToken;
}

export interface StoryPage {
  page: import('playwright-core').Page;
  /** Every console error and uncaught exception of the page, for a story to expect none. */
  errors: string[];
}

/** A page in a browser context of its own (English, desktop size unless told), its errors kept and confirmations accepted. */
export async function openStoryPage(browser: Browser, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<StoryPage> {
  const page = await (await browser.newContext({ locale: options.locale ?? 'en-US', viewport: options.viewport })).newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => void dialog.accept());
  return { page, errors };
}

/** The phone the stories try every page on. */
export const PHONE = { width: 390, height: 844 };

/** How many pixels the page is wider than its window: 0 when nothing makes a phone scroll sideways. */
export function pageOverflow(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const SIGN_IN_LABELS = {
  en: { email: 'E-mail address', password: 'Password', signIn: 'Sign in' },
  ko: { email: '이메일 주소', password: '비밀번호', signIn: '로그인' },
};

/** Signs in at /login in the page's language, as a member who bookmarked it; done when the page moves on (on a phone the sign-out button sits behind the menu). */
export async function signInAtLoginPage(page: import('playwright-core').Page, server: { url: string }, email: string, language: keyof typeof SIGN_IN_LABELS = 'en'): Promise<void> {
  const labels = SIGN_IN_LABELS[language];
  await page.goto(`${server.url}/login`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill('demo-password-1');
  await page.getByRole('button', { name: labels.signIn }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now (WCAG 2.x A and AA rules and
 * axe's best practices), one line each: rule, impact, what to fix and where. Empty when there are none.
 */
export async function seriousAccessibilityViolations(page: import('playwright-core').Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (a script tag would be).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
  });
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, impact, help, targets }) => `${id} (${impact}): ${help} — ${targets.slice(0, 5).join(', ')}${targets.length > 5 ? ` and ${targets.length - 5} more` : ''}`);
}
