import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { callApi, describeInBrowser, launchBrowser, openStoryPage, signIn } from './browser.js';

describeInBrowser('a live forum meeting', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) => callApi<T>(server, query, variables, token);

  /** The chair schedules a meeting with two agenda items, through the api. */
  async function scheduledMeeting(): Promise<{ meetingId: string; token: string }> {
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: 'admin@example.org', password: 'demo-password-1' },
    );
    const token = login.accessToken;
    const startsAt = new Date(Date.now() + 3_600_000);
    const { createMeeting } = await graphql<{ createMeeting: { id: string } }>(
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { title: 'Mid-term review of the action plan', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), place: 'Seoul' } },
      token,
    );
    for (const title of ['Opening and adoption of the agenda', 'Delayed milestones of commitment 1-c']) {
      await graphql('mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }', { input: { meetingId: createMeeting.id, title } }, token);
    }
    return { meetingId: createMeeting.id, token };
  }

  /** The same meeting, opened on its first item. */
  async function startedMeeting(): Promise<string> {
    const { meetingId, token } = await scheduledMeeting();
    await graphql('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id: meetingId }, token);
    return meetingId;
  }

  /** A page in its own browser context, with every console error and uncaught exception kept. */
  const openPage = (options?: { locale?: string; viewport?: { width: number; height: number } }) => openStoryPage(browser, options);

  it('moves every viewer to the next agenda item when the chair advances, without reloading', async () => {
    const meetingId = await startedMeeting();
    const liveUrl = `${server.url}/meetings/${meetingId}/live`;

    const chair = await openPage();
    await chair.page.goto(liveUrl);
    await signIn(chair.page, 'admin@example.org');
    const viewer = await openPage();
    await viewer.page.goto(liveUrl);
    await signIn(viewer.page, 'cso@example.org');

    for (const { page } of [chair, viewer]) {
      const current = page.getByTestId('current-agenda-item');
      await current.filter({ hasText: 'Opening and adoption of the agenda' }).waitFor();
      expect(await page.locator('[aria-current="step"]').innerText()).toContain('Opening and adoption of the agenda');
    }
    // Only the chair moves the meeting on.
    expect(await viewer.page.getByRole('button', { name: 'Next item' }).count()).toBe(0);

    await chair.page.getByRole('button', { name: 'Next item' }).click();
    // On the last item "Next item" is disabled: the chair's focus goes to the item now under discussion, not to <body>.
    await chair.page.getByTestId('current-agenda-item').and(chair.page.locator(':focus')).filter({ hasText: 'Delayed milestones of commitment 1-c' }).waitFor();

    await viewer.page.getByTestId('current-agenda-item').filter({ hasText: 'Delayed milestones of commitment 1-c' }).waitFor();
    expect(await viewer.page.locator('[aria-current="step"]').innerText()).toContain('Delayed milestones of commitment 1-c');
    expect(await viewer.page.locator('.live-meeting > [aria-live="polite"]').innerText()).toContain('Now on item 2: Delayed milestones of commitment 1-c');
    // The page followed live: still the one document load from the start.
    expect(await viewer.page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(viewer.errors).toEqual([]);
  });

  it('keeps what was said on an agenda item with the meeting, for members and visitors, after the chair moves on and ends it', async () => {
    const { meetingId } = await scheduledMeeting();
    const meetingUrl = `${server.url}/meetings/${meetingId}`;
    const chair = await openPage();
    await chair.page.goto(`${meetingUrl}/live`);
    await signIn(chair.page, 'admin@example.org');
    await chair.page.getByRole('button', { name: 'Start meeting' }).click();
    await chair.page.getByTestId('current-agenda-item').filter({ hasText: 'Opening and adoption of the agenda' }).waitFor();

    // A member comments on the first item while it is under discussion.
    const member = await openPage();
    await member.page.goto(`${meetingUrl}/live`);
    await signIn(member.page, 'cso@example.org');
    await member.page.getByTestId('current-agenda-item').filter({ hasText: 'Opening and adoption of the agenda' }).waitFor();
    await member.page.getByLabel('Write a comment').fill('Open Net asks that the agenda include the open data law.');
    await member.page.getByRole('button', { name: 'Post comment' }).click();
    await member.page.getByRole('article').getByText('Open Net asks that the agenda include the open data law.').waitFor();

    await chair.page.getByRole('button', { name: 'Next item' }).click();
    await chair.page.getByTestId('current-agenda-item').filter({ hasText: 'Delayed milestones of commitment 1-c' }).waitFor();
    await chair.page.getByRole('button', { name: 'End meeting' }).click();
    await chair.page.getByTestId('current-agenda-item').filter({ hasText: 'The meeting has ended' }).waitFor();

    /** The comment is under the first item, once its discussion is opened; the second item's discussion is empty. */
    async function commentUnderFirstItem(page: Page, discussion: (count: number) => string, items = page.locator('.agenda-list > li')) {
      const first = items.filter({ hasText: 'Opening and adoption of the agenda' });
      await first.getByText(discussion(1), { exact: true }).click();
      await first.getByRole('article').getByText('Open Net asks that the agenda include the open data law.').waitFor();
      expect(await items.filter({ hasText: 'Delayed milestones of commitment 1-c' }).getByText(discussion(0), { exact: true }).count()).toBe(1);
    }
    const english = (count: number) => `Discussion (${count})`;
    const korean = (count: number) => `토론 (${count})`;

    // The member opens the meeting by its address, and again after a reload.
    await member.page.goto(meetingUrl);
    await commentUnderFirstItem(member.page, english);
    await member.page.reload();
    await commentUnderFirstItem(member.page, english);

    // A visitor reading in Korean, without an account, finds it too.
    const visitor = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
    const visitorErrors: string[] = [];
    visitor.on('pageerror', (error) => visitorErrors.push(error.message));
    await visitor.goto(meetingUrl);
    await commentUnderFirstItem(visitor, korean);

    // Published, the minutes carry each item's discussion beside its notes, for everyone.
    await chair.page.getByRole('navigation', { name: 'Meetings', exact: true }).getByRole('link', { name: 'Mid-term review of the action plan' }).click();
    await chair.page.getByRole('button', { name: 'Publish minutes' }).click();
    await chair.page.getByText(/^Published on /).waitFor();
    await visitor.reload();
    const minutesItems = visitor.getByRole('region', { name: '회의록', exact: true }).locator('.template-field');
    await commentUnderFirstItem(visitor, korean, minutesItems);

    expect(chair.errors).toEqual([]);
    expect(member.errors).toEqual([]);
    expect(visitorErrors).toEqual([]);
  });

  it('never overwrites a minutes draft: a member editing sees the text someone else saved and merges it', async () => {
    const meetingId = await startedMeeting();
    const meetingUrl = `${server.url}/meetings/${meetingId}`;
    const chair = await openPage();
    await chair.page.goto(meetingUrl);
    await signIn(chair.page, 'admin@example.org');
    const member = await openPage();
    await member.page.goto(meetingUrl);
    await signIn(member.page, 'cso@example.org');

    const summaryOf = (page: Page) => page.locator('.draft-editor').filter({ has: page.getByLabel('Summary', { exact: true }) });
    await summaryOf(member.page).getByRole('textbox').fill('The forum reviewed the plan. CSOs asked for open data.');
    await summaryOf(chair.page).getByRole('textbox').fill('The chair opened the meeting.');
    await summaryOf(chair.page).getByRole('button', { name: 'Save draft' }).click();
    await summaryOf(chair.page).getByText('Saved.').waitFor();

    // The member's unsaved text stays; the chair's arrives beside it, live.
    const conflict = summaryOf(member.page).getByRole('alert');
    await conflict.getByText('Someone else saved these minutes.').waitFor();
    expect(await conflict.locator('.their-text').innerText()).toBe('The chair opened the meeting.');
    expect(await summaryOf(member.page).getByRole('textbox').inputValue()).toBe('The forum reviewed the plan. CSOs asked for open data.');

    await summaryOf(member.page).getByRole('textbox').fill('The chair opened the meeting. The forum reviewed the plan. CSOs asked for open data.');
    await conflict.getByRole('button', { name: 'I have merged: save mine over theirs' }).click();
    await summaryOf(member.page).getByRole('button', { name: 'Save draft' }).click();
    await summaryOf(member.page).getByText('Saved.').waitFor();
    // The chair, with nothing unsaved, simply takes the merged text.
    await summaryOf(chair.page).getByText('Version 3').waitFor();
    expect(await summaryOf(chair.page).getByRole('textbox').inputValue()).toContain('CSOs asked for open data.');

    // The member's other pages render too.
    await member.page.getByRole('link', { name: 'Meetings', exact: true }).click();
    await member.page.getByRole('link', { name: 'Mid-term review of the action plan' }).first().waitFor();
    await member.page.getByRole('link', { name: 'My action items' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'My action items' }).waitFor();
    // "Show done" is in the address: it is still ticked after a reload. (Clicked, not check()ed: the box follows the
    // address, which the router changes in a transition, a moment after the click on a busy machine.)
    await member.page.getByLabel('Show done').click();
    await member.page.waitForURL(/\/action-items\?done=1$/);
    await member.page.reload();
    await member.page.getByRole('heading', { level: 1, name: 'My action items' }).waitFor();
    expect(await member.page.getByLabel('Show done').isChecked()).toBe(true);
    expect(member.errors).toEqual([]);
    expect(chair.errors).toEqual([]);
  });

  it('takes the roll by sector, records decisions and action items, and publishes minutes that anyone can read', async () => {
    const meetingId = await startedMeeting();
    const meetingUrl = `${server.url}/meetings/${meetingId}`;
    const chair = await openPage();
    await chair.page.goto(meetingUrl);
    await signIn(chair.page, 'admin@example.org');

    // Moved to first place, the item's "up" arrow is disabled: focus stays with the item, on its other arrow.
    await chair.page.getByRole('button', { name: 'Move "Delayed milestones of commitment 1-c" up' }).click();
    await chair.page.getByRole('button', { name: 'Move "Delayed milestones of commitment 1-c" down' }).and(chair.page.locator(':focus')).waitFor();
    expect(await chair.page.locator('.agenda-list li').first().innerText()).toContain('Delayed milestones of commitment 1-c');

    await chair.page.getByRole('group', { name: 'Record attendance' }).getByLabel('Open Net member').check();
    const civilSociety = chair.page.locator('.counts .count').filter({ hasText: 'Civil society' }).locator('dd');
    await civilSociety.filter({ hasText: '1' }).waitFor();

    await chair.page.getByLabel('Decision', { exact: true }).fill('Publish the inspection data as open data');
    await chair.page.getByRole('button', { name: 'Add decision' }).click();
    await chair.page.getByRole('listitem').filter({ hasText: 'Publish the inspection data as open data' }).waitFor();

    await chair.page.getByLabel('What needs doing').fill('Draft the open data release plan');
    await chair.page.getByLabel('Assignee').selectOption({ label: 'Open Net member' });
    await chair.page.getByLabel('Due date').fill('2099-01-31');
    await chair.page.getByRole('button', { name: 'Add action item' }).click();
    await chair.page.getByRole('listitem').filter({ hasText: 'Draft the open data release plan' }).waitFor();

    await chair.page.getByRole('button', { name: 'End meeting' }).click();
    // The chair's controls are gone with the meeting in progress: focus is on the status that says so.
    await chair.page.locator('.badges:focus').filter({ hasText: 'Held' }).waitFor();
    await chair.page.getByRole('button', { name: 'Publish minutes' }).click();
    await chair.page.getByText(/^Published on /).waitFor();

    // A visitor who is not signed in reads the published minutes, and the counts but not the names of who came.
    const visitor = await openPage();
    await visitor.page.goto(meetingUrl);
    await visitor.page.getByRole('heading', { name: 'Minutes', exact: true }).waitFor();
    await visitor.page.getByText('Publish the inspection data as open data').waitFor();
    expect(await visitor.page.locator('.counts .count').filter({ hasText: 'Civil society' }).locator('dd').innerText()).toBe('1');

    // The assignee finds the item among their own and closes it.
    const member = await openPage();
    await member.page.goto(`${server.url}/plans`);
    await signIn(member.page, 'cso@example.org');
    await member.page.getByRole('link', { name: 'My action items' }).click();
    await member.page.getByRole('button', { name: 'Mark "Draft the open data release plan" done' }).click();
    await member.page.getByLabel('Show done').click();
    await member.page.getByRole('button', { name: 'Reopen "Draft the open data release plan"' }).waitFor();

    expect(chair.errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
    expect(member.errors).toEqual([]);
  });

  it('schedules a monthly series on the forum\'s wall clock, whatever the chair\'s own time zone, and builds its agenda from suggestions', async () => {
    // An earlier meeting left an open action item: the agenda of the next one will suggest it.
    const earlier = await startedMeeting();
    const { login } = await graphql<{ login: { accessToken: string; user: { id: string } } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id } } }',
      { email: 'admin@example.org', password: 'demo-password-1' },
    );
    await graphql(
      'mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }',
      { input: { meetingId: earlier, title: 'Circulate the draft open data policy', assigneeId: login.user.id, dueDate: '2099-01-15' } },
      login.accessToken,
    );

    const page = await (await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' })).newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/meetings`);
    await signIn(page, 'admin@example.org');
    await page.getByRole('region', { name: 'Six-month rule' }).waitFor();

    await page.getByText('Schedule meeting').click();
    await page.getByLabel('Title').fill('Quarterly forum meeting');
    await page.getByLabel('Date').fill('2099-03-10');
    await page.getByLabel('Start time').fill('15:00');
    await page.getByLabel('End time').fill('17:00');
    await page.getByLabel('Place').fill('Government Complex Seoul');
    await page.getByLabel('Repeat monthly for this many meetings').fill('3');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Quarterly forum meeting' }).waitFor();
    // 15:00 in Seoul, though the browser runs on New York time.
    expect(await page.locator('.facts time').first().innerText()).toContain('3:00');
    expect(await page.locator('.facts time').first().innerText()).toContain('March 10, 2099');
    await page.getByRole('button', { name: 'The whole series (.ics)' }).waitFor();

    await page.getByRole('button', { name: 'Suggest agenda' }).click();
    const suggestions = page.getByRole('region', { name: 'Suggested agenda' });
    const suggestion = suggestions.getByRole('listitem').filter({ hasText: 'Circulate the draft open data policy' });
    expect(await suggestion.innerText()).toContain('Open action item, not yet due');
    await suggestion.getByRole('button', { name: 'Add "Circulate the draft open data policy" to the agenda' }).click();
    await suggestion.getByText('Added').waitFor();
    await page.locator('.agenda-list li').filter({ hasText: 'Circulate the draft open data policy' }).waitFor();
    expect(errors).toEqual([]);
  });
});
