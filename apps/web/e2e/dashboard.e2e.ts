import { buildClientSchema, getIntrospectionQuery, validate, type IntrospectionQuery } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { PlanDashboardQuery } from '../src/features/dashboard/dashboard-documents.js';
import { describeInBrowser, launchBrowser, openStoryPage } from './browser.js';

describeInBrowser('a visitor reading the dashboard of the 3rd National Action Plan', () => {
  let server: RunningServer;
  let browser: Browser;
  let planId: string;
  let plan4: string;

  async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
    return body.data!;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    [{ id: planId }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
    // The chair records who came to the March 2018 sample meeting: two ministries and one CSO.
    const { login } = await graphql<{ login: { accessToken: string } }>('mutation { login(email: "admin@example.org", password: "demo-password-1") { accessToken } }');
    const [march] = await server.dataSource.query(`SELECT id FROM meetings WHERE title = 'Monthly meeting — March 2018'`);
    const people = await server.dataSource.query(`SELECT id FROM users WHERE email IN ('mois@example.org', 'acrc@example.org', 'cso@example.org')`);
    // Its minutes are published, which locks the attendance: the roll call as the chair took it at the time, in the table.
    for (const { id } of people) await server.dataSource.query('INSERT INTO meeting_attendance (meeting_id, user_id) VALUES ($1, $2)', [march.id, id]);
    plan4 = (
      await graphql<{ createActionPlan: { id: string } }>(
        'mutation { createActionPlan(input: { number: 4, title: "4th National Action Plan (2026–2028)", titleKo: "제4차 국가실행계획", periodStart: "2026-09-01", periodEnd: "2028-08-31" }) { id } }',
        {},
        login.accessToken,
      )
    ).createActionPlan.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openPage = (options?: { locale?: string; viewport?: { width: number; height: number } }) => openStoryPage(browser, options);

  /** The figure of one chart, found by its heading. */
  const figure = (page: Page, title: string) => page.getByRole('figure', { name: title });

  /** Each row of a table as its cells' text, header cells included. */
  const rows = (page: Page, caption: string) =>
    page.getByRole('table', { name: caption }).locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())));

  /** Whether anything sticks out of the viewport sideways. */
  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  it('sends an operation the api\'s schema accepts', async () => {
    const schema = buildClientSchema(await graphql<IntrospectionQuery>(getIntrospectionQuery()));
    expect(validate(schema, PlanDashboardQuery).map((error) => error.message)).toEqual([]);
  });

  it('opens by its address without signing in, draws six charts whose tables give the numbers, and stays after a reload', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/plans/${planId}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard: 3rd National Action Plan (2016–2018)' }).waitFor();
    expect(await page.title()).toBe('Dashboard · 3rd National Action Plan (2016–2018) · OGP Forum');
    const titles = ['Completion by theme', 'Completion over time', 'Milestones on a timeline', 'Freshness of updates by lead organisation', 'Meeting attendance by sector', 'Proposals by outcome'];
    expect(await page.getByRole('figure').locator('h2').allInnerTexts()).toEqual(titles);
    // recharts draws each chart as one SVG surface, once it knows its container's size.
    await page.locator('.chart-drawing .recharts-surface').nth(5).waitFor();
    expect(await page.locator('.chart-drawing .recharts-surface').count()).toBe(6);
    for (const title of titles) expect(await figure(page, title).locator('.recharts-surface').count()).toBe(1);

    const byTheme = figure(page, 'Completion by theme');
    await expect(byTheme.locator('.chart-summary').innerText()).resolves.toBe('14 commitments under 6 themes: Completed 12, Substantially completed 1, and Incorporated into another 1.');
    await byTheme.getByRole('button', { name: 'Show as table' }).click();
    expect(await byTheme.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
    expect(await rows(page, 'Commitments by theme and completion level')).toEqual([
      ['Theme', 'Completed', 'Substantially completed', 'Incorporated into another', 'Total'],
      ['1. Proactive disclosure of public information', '3', '0', '0', '3'],
      ['2. Public open data disclosure', '4', '0', '0', '4'],
      ['3. Citizen participation', '1', '0', '0', '1'],
      ['4. Improved accessibility to public services through technology and innovation', '1', '1', '1', '3'],
      ['5. Anti-corruption and public service ethics', '1', '0', '0', '1'],
      ['6. Improved financial transparency', '2', '0', '0', '2'],
      ['All themes', '12', '1', '1', '14'],
    ]);

    const history = figure(page, 'Completion over time');
    await history.getByRole('button', { name: 'Show as table' }).click();
    expect(await rows(page, "Commitments by completion level on the plan's first day and on each day a progress update changed a level")).toEqual([
      ['Date', 'Completed', 'Substantially completed', 'Not started', 'Incorporated into another', 'Total'],
      ['Oct 1, 2016', '0', '0', '13', '1', '14'],
      ['Jun 30, 2018', '12', '1', '0', '1', '14'],
    ]);
    await history.getByText('Reconstructed from the progress updates, not recorded as such', { exact: false }).waitFor();

    const timeline = figure(page, 'Milestones on a timeline');
    await timeline.getByRole('button', { name: 'Show as table' }).click();
    const milestones = await rows(page, 'Milestones with their planned dates and status');
    expect(milestones).toHaveLength(1 + 22);
    expect(milestones.filter((row) => row[2] === 'Not completed by its end date').map((row) => row[0].slice(0, 3))).toEqual(['2-d', '4-a']);

    const attendance = figure(page, 'Meeting attendance by sector');
    await expect(attendance.locator('.chart-summary').innerText()).resolves.toBe(
      '10 meetings held between Oct 1, 2016 and Jun 30, 2018; present: government 2, civil society 1, other 0, secretariat 0.',
    );
    await attendance.getByRole('button', { name: 'Show as table' }).click();
    const march = (await rows(page, "Who was present at each meeting held in the plan's period, by sector")).find((row) => row[0].includes('March 2018'));
    expect(march?.slice(1)).toEqual(['2', '1', '0', '0', '3']);

    const proposals = figure(page, 'Proposals by outcome');
    await proposals.getByRole('button', { name: 'Show as table' }).click();
    expect((await rows(page, 'Proposals for the plan that reached the forum, by status')).filter((row) => row[1] !== '0')).toEqual([
      ['Status', 'Proposals'],
      ['Selected', '4'],
      ['Total', '4'],
    ]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dashboard: 3rd National Action Plan (2016–2018)' }).waitFor();
    await page.locator('.chart-drawing .recharts-surface').nth(5).waitFor();
    expect(await page.locator('.chart-drawing .recharts-surface').count()).toBe(6);
    expect(errors).toEqual([]);
  });

  it('is reached from /dashboard and from the plan\'s page, and another plan is chosen with the selector', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/dashboard`);
    // The newest plan is in co-creation and none is in implementation: /dashboard offers the newest.
    await page.getByRole('link', { name: 'Charts: 4th National Action Plan (2026–2028)' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard: 4th National Action Plan (2026–2028)' }).waitFor();
    await page.getByText('This plan has no commitments yet', { exact: false }).waitFor();
    await figure(page, 'Proposals by outcome').getByText('No proposal for this plan has reached the forum yet.').waitFor();
    await figure(page, 'Meeting attendance by sector').getByText('No forum meeting was held between Sep 1, 2026 and Aug 31, 2028.').waitFor();

    await page.getByLabel('Plan', { exact: true }).selectOption({ label: '3rd National Action Plan (2016–2018)' });
    await page.getByRole('button', { name: 'Show its dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard: 3rd National Action Plan (2016–2018)' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/plans/${planId}/dashboard`);

    await page.getByRole('link', { name: '3rd National Action Plan (2016–2018)' }).click();
    await page.getByRole('link', { name: 'Dashboard with charts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard: 3rd National Action Plan (2016–2018)' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reads in Korean on a phone without anything sticking out, tables open too', async () => {
    const { page, errors } = await openPage({ locale: 'ko-KR', viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/plans/${planId}/dashboard`);
    await page.getByRole('heading', { level: 1, name: '제3차 국가실행계획 (2016–2018) 대시보드' }).waitFor();
    expect(await page.getByRole('figure').locator('h2').allInnerTexts()).toEqual([
      '분야별 이행 수준',
      '시간에 따른 이행 수준',
      '세부 일정 타임라인',
      '주관 기관별 진행 보고 최신성',
      '부문별 회의 참석',
      '결정 결과별 제안',
    ]);
    await page.locator('.chart-drawing .recharts-surface').nth(5).waitFor();
    expect(await overflows(page)).toBe(false);

    const show = page.getByRole('button', { name: '표로 보기' });
    while ((await show.count()) > 0) await show.first().click();
    expect(await page.getByRole('button', { name: '표 숨기기' }).count()).toBe(6);
    const byTheme = await rows(page, '분야별·이행 수준별 과제 수');
    expect(byTheme[0]).toEqual(['분야', '완료', '상당 부분 완료', '다른 과제에 통합', '합계']);
    expect(byTheme[byTheme.length - 1]).toEqual(['전체 분야', '12', '1', '1', '14']);
    expect((await rows(page, '계획 시작일과 진행 보고로 이행 수준이 바뀐 날의 이행 수준별 과제 수')).map((row) => row[0])).toEqual(['날짜', '2016년 10월 1일', '2018년 6월 30일']);
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('prints on A4: no navigation, every table shown, every drawing scaled to the page\'s width', async () => {
    const { page, errors } = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/plans/${planId}/dashboard`);
    await page.locator('.chart-drawing .recharts-surface').nth(5).waitFor();
    const drawnWidth = await page.locator('.chart-drawing .recharts-surface').first().evaluate((svg) => Number(svg.getAttribute('width')));
    expect(drawnWidth).toBeGreaterThan(900);
    // A4 is 210 mm wide; less 15 mm margins each side, 180 mm of content is 680 CSS pixels.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 680, height: 960 });
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
    expect(await page.locator('.chart-table').evaluateAll((tables) => tables.map((table) => (table as HTMLElement).offsetHeight > 0))).toEqual([true, true, true, true, true, true]);
    // Printing does not redraw the charts: as drawn for the wide screen, each must still fit the page.
    const widest = await page.locator('.chart-drawing').evaluateAll((drawings, width) => {
      for (const drawing of drawings) {
        drawing.querySelector<HTMLElement>('.recharts-wrapper')!.style.width = `${width}px`;
        drawing.querySelector('svg.recharts-surface')!.setAttribute('width', String(width));
      }
      return Math.max(...[...document.querySelectorAll('.chart-drawing svg.recharts-surface, .chart-table table')].map((element) => element.getBoundingClientRect().right));
    }, drawnWidth);
    expect(widest).toBeLessThanOrEqual(680);
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
  });
});
