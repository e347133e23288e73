import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { outbox, startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, signIn } from './browser.js';

async function navigationLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
}

describeInBrowser('the secretariat invites a civil-society member', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('invite → open the .eml link → set a password → sign in → see the navigation of a CSO member', async () => {
    const admin = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await admin.goto(`${server.url}/plans`);
    await signIn(admin, 'admin@example.org');
    expect(await navigationLinks(admin)).toEqual(['Action plans', 'Dashboard', 'Meetings', 'Co-creation', 'My action items', 'Members', 'Organisations', 'Moderation', 'Audit log', 'Notifications', 'My account']);

    await admin.getByRole('link', { name: 'Members' }).click();
    const invite = admin.getByRole('region', { name: 'Invite a member' });
    await invite.getByLabel('E-mail address').fill('jiwoo@example.org');
    await invite.getByLabel('Name').fill('Jiwoo Park');
    await invite.getByLabel('Role').selectOption({ label: 'Civil society' });
    await invite.getByLabel('Organisation').selectOption({ label: 'Open Net' });
    await invite.getByLabel('Language of the invitation').selectOption('en');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('status').filter({ hasText: 'Invitation sent to jiwoo@example.org' }).waitFor();
    await admin.getByRole('cell', { name: 'jiwoo@example.org' }).waitFor();

    // The secretariat sees the invitation in the audit log.
    await admin.getByRole('link', { name: 'Audit log' }).click();
    await admin.getByRole('cell', { name: /^Member invited/ }).first().waitFor();
    await admin.getByText('email: null → "jiwoo@example.org"').waitFor();

    const mail = (await outbox()).find((m) => m.to === 'jiwoo@example.org');
    expect(mail?.subject).toBe('Invitation to the OGP Forum / OGP 포럼 초대');
    const link = /https?:\/\/\S+\/invitations\/[\w-]+/.exec(mail!.text)![0];

    const invitee = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await invitee.goto(link);
    await invitee.getByRole('heading', { name: 'Welcome, Jiwoo Park' }).waitFor();
    await invitee.getByLabel('New password').fill('password1234');
    await invitee.getByLabel('Repeat the password').fill('password1234');
    await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
    await invitee.getByRole('alert').filter({ hasText: 'too common' }).waitFor();

    await invitee.getByLabel('New password').fill('namsan-tower-at-dusk');
    await invitee.getByLabel('Repeat the password').fill('namsan-tower-at-dusk');
    await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
    await invitee.getByRole('button', { name: 'Sign out' }).waitFor();
    await invitee.getByRole('button', { name: 'Sign out' }).click();
    await invitee.getByRole('link', { name: 'Sign in' }).waitFor();

    // The link was used once; a second visit says so.
    await invitee.goto(link);
    await invitee.getByRole('heading', { name: 'This link no longer works' }).waitFor();

    await signIn(invitee, 'jiwoo@example.org', 'namsan-tower-at-dusk');
    await invitee.getByText('Jiwoo Park · Civil society').waitFor();
    expect(await navigationLinks(invitee)).toEqual(['Action plans', 'Dashboard', 'Meetings', 'Co-creation', 'My action items', 'Notifications', 'My account']);

    // A CSO member who types the admin address is told the page is not for them.
    await invitee.goto(`${server.url}/admin/members`);
    await invitee.getByRole('heading', { name: 'Not available to you' }).waitFor();

    // Reloading keeps the session (the refresh cookie), and the account page lists this device.
    await invitee.getByRole('link', { name: 'My account' }).click();
    await invitee.reload();
    await invitee.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await invitee.getByText('This device').waitFor();
  });
});
