import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { startTestServer } from '../../api/test/harness.js';
import { apiToken, callApi, describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signInAtLoginPage } from './browser.js';

/** The smaller confusions of issue 15, item 9, each as the member who met it. */
describeInBrowser('smaller things members met', () => {
  let server: RunningServer;
  let browser: Browser;
  let planId: string;
  let proposalId: string;
  let meetingId: string;
  let tokens: Record<'admin' | 'cso' | 'cso2' | 'mois', string>;
  const graphql = <T>(query: string, variables: Record<string, unknown>, token: string) => callApi<T>(server, query, variables, token);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const [admin, cso, cso2, mois] = await Promise.all(['admin', 'cso', 'cso2', 'mois'].map((name) => apiToken(server, `${name}@example.org`)));
    tokens = { admin, cso, cso2, mois };
    planId = (
      await graphql<{ createActionPlan: { id: string } }>(
        'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
        { input: { number: 4, title: '4th National Action Plan (2027–2029)', periodStart: '2027-09-01', periodEnd: '2029-08-31' } },
        admin,
      )
    ).createActionPlan.id;
    proposalId = (
      await graphql<{ createProposal: { id: string } }>(
        'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
        { input: { planId, title: 'Open data on public procurement', problem: 'Contracts are hard to find.', proposedAction: 'Publish all contracts as open data.' } },
        cso,
      )
    ).createProposal.id;
    await graphql('mutation($id: ID!) { submitProposal(id: $id) { id } }', { id: proposalId }, cso);
    await graphql('mutation($id: ID!) { openProposalReview(id: $id) { id } }', { id: proposalId }, admin);

    // A meeting held, with attendance taken and minutes published.
    const startsAt = new Date(Date.now() - 3_600_000);
    meetingId = (
      await graphql<{ createMeeting: { id: string } }>(
        'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
        { input: { title: 'Monthly forum meeting', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) } },
        admin,
      )
    ).createMeeting.id;
    await graphql('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id: meetingId }, admin);
    const [person] = await server.dataSource.query(`SELECT id FROM users WHERE email = 'cso@example.org'`);
    await graphql('mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, present: true) { id } }', { m: meetingId, u: person.id }, admin);
    await graphql('mutation($id: ID!) { endMeeting(id: $id) { id } }', { id: meetingId }, admin);
    await graphql('mutation($id: ID!) { publishMinutes(meetingId: $id) { id } }', { id: meetingId }, admin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('does not say "No comments yet" beside "1 new comment"', async () => {
    const { page, errors } = await openStoryPage(browser);
    await page.goto(`${server.url}/proposals/${proposalId}`);
    await page.getByText('No comments yet. Start the discussion.').waitFor();
    await graphql('mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', { input: { subjectType: 'PROPOSAL', subjectId: proposalId, body: 'Which contracts first?' } }, tokens.cso2);
    await page.getByRole('button', { name: '1 new comment' }).waitFor();
    expect(await page.getByText('No comments yet. Start the discussion.').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('puts boxes before their words and gives a milestone title room, in the proposal editor', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'cso2@example.org');
    await page.goto(`${server.url}/plans/${planId}/proposals/new`);
    const box = page.getByLabel('Access to information');
    await box.waitFor();
    const [boxRect, labelRect] = await box.evaluate((input) => [input.getBoundingClientRect().toJSON(), input.closest('label')!.getBoundingClientRect().toJSON()]);
    expect(boxRect.width).toBeLessThan(30);
    expect(boxRect.left - labelRect.left).toBeLessThan(5);
    await page.getByRole('button', { name: 'Add milestone' }).click();
    const [title, due] = await Promise.all(['Milestone 1', 'Milestone 1 due date'].map((label) => page.getByLabel(label, { exact: true }).evaluate((e) => e.getBoundingClientRect().width)));
    expect(title).toBeGreaterThan(due * 1.5);
    expect(errors).toEqual([]);
  });

  it('offers "Report progress" near the top of a long commitment page, by address', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'mois@example.org');
    const [commitment] = await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`);
    await page.goto(`${server.url}/commitments/${commitment.id}`);
    const button = page.getByRole('button', { name: 'Report progress' });
    await button.waitFor();
    const top = await button.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(top).toBeLessThan(1200);
    expect(top).toBeLessThan(height / 2);
    expect(errors).toEqual([]);
  });

  it('shows the chair the attendance of published minutes as locked', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'admin@example.org');
    await page.goto(`${server.url}/meetings/${meetingId}`);
    await page.getByText('The minutes are published: this attendance is part of their record and no longer changes.').waitFor();
    expect(await page.getByRole('group', { name: 'Record attendance' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('translates the audit log\'s actions, in Korean on a phone too', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'admin@example.org');
    await page.goto(`${server.url}/admin/audit`);
    await page.getByRole('cell', { name: /^Proposal submitted/ }).first().waitFor();
    expect(await page.locator('table').innerText()).not.toContain('proposal.submitted');

    const phone = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    await signInAtLoginPage(phone.page, server, 'admin@example.org', 'ko');
    for (const arrive of [() => phone.page.goto(`${server.url}/admin/audit`), () => phone.page.reload()]) {
      await arrive();
      await phone.page.getByRole('cell', { name: /^제안 제출/ }).first().waitFor();
      expect(await pageOverflow(phone.page)).toBe(0);
    }
    expect([...errors, ...phone.errors]).toEqual([]);
  });

  it('tells a citizen that the draft is visible only to them', async () => {
    const { page, errors } = await openStoryPage(browser);
    await signInAtLoginPage(page, server, 'citizen@example.org');
    await page.goto(`${server.url}/plans/${planId}/proposals/new`);
    await page.getByText('Your draft is visible only to you until you submit it.', { exact: false }).waitFor();
    expect(await page.getByText('visible only to your organisation').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('says a notice\'s comment was hidden, and a score given before co-sponsoring does not count', async () => {
    const { me } = await graphql<{ me: { id: string } }>('{ me { id } }', {}, tokens.mois);
    const { postComment } = await graphql<{ postComment: { id: string } }>(
      'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
      { input: { subjectType: 'PROPOSAL', subjectId: proposalId, body: `@[MOIS contact](${me.id}) a rude remark` } },
      tokens.cso2,
    );
    await graphql('mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }', { input: { id: postComment.id, reason: 'Personal attack' } }, tokens.admin);
    const scores = { proposalId, feasibility: 4, specificity: 3, urgency: 5, relevance: 4, note: 'Scored before co-sponsoring' };
    await graphql('mutation($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { feasibility } }', { input: scores }, tokens.cso2);
    await graphql('mutation($id: ID!) { coSponsorProposal(id: $id) { id } }', { id: proposalId }, tokens.cso2);

    const ministry = await openStoryPage(browser);
    await signInAtLoginPage(ministry.page, server, 'mois@example.org');
    await ministry.page.goto(`${server.url}/notifications`);
    await ministry.page.getByText('The comment was hidden by a moderator.').waitFor();
    expect(await ministry.page.locator('.notification-list').innerText()).not.toContain('rude remark');

    const sponsor = await openStoryPage(browser);
    await signInAtLoginPage(sponsor.page, server, 'cso2@example.org');
    await sponsor.page.goto(`${server.url}/proposals/${proposalId}`);
    const notice = sponsor.page.getByTestId('my-score-not-counting');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('do not count');
    expect([...ministry.errors, ...sponsor.errors]).toEqual([]);
  });
});
