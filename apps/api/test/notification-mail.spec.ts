import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import { MailQueue } from '../src/mail/mail-queue.service.js';
import { DAILY_DIGEST_QUEUE } from '../src/notifications/notification-mail.service.js';
import type { RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { outbox, outboxDir, startTestServer } from './harness.js';

/** Notification e-mails through the queue: preferences per topic, e-mail at once, the daily digest, one-click unsubscribe. */

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let cso: string;
let mois: string;
let cso2: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [cso, mois, cso2] = await Promise.all(['cso@example.org', 'mois@example.org', 'cso2@example.org'].map(async (email) => (await client.login(email)).token));
  // mois reads Korean, cso2 English.
  await server.dataSource.query(`UPDATE users SET locale = 'ko' WHERE email = 'mois@example.org'`);
  await server.dataSource.query(`UPDATE users SET locale = 'en' WHERE email = 'cso2@example.org'`);
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const me = async (token: string): Promise<{ id: string; displayName: string }> => (await ok('{ me { id displayName } }', {}, token)).me;
const PREFERENCES = '{ notificationPreferences { topic delivery } }';
const SET = 'mutation($topic: NotificationTopic!, $delivery: NotificationDelivery!) { setNotificationPreference(topic: $topic, delivery: $delivery) { topic delivery } }';
const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';

async function commitment(code: string): Promise<{ id: string; title: string; title_ko: string }> {
  return (await server.dataSource.query('SELECT id, title, title_ko FROM commitments WHERE code = $1', [code]))[0];
}

/** The e-mails to an address, with their headers. */
async function mailsTo(address: string) {
  const mails = (await outbox()).filter((mail) => mail.to === address);
  return Promise.all(
    mails.map(async (mail) => {
      const parsed = await simpleParser(fs.readFileSync(path.join(outboxDir, mail.file)));
      const header = (name: string) => parsed.headerLines.find((line) => line.key === name)?.line.slice(name.length + 1).trim();
      return { ...mail, unsubscribe: /^<(.+)>$/.exec(header('list-unsubscribe') ?? '')?.[1], unsubscribePost: header('list-unsubscribe-post') };
    }),
  );
}

async function mention(target: string, token: string, whom: { id: string; displayName: string }, text: string) {
  await ok(POST, { input: { subjectType: 'COMMITMENT', subjectId: target, body: `@[${whom.displayName}](${whom.id}) ${text}` } }, token);
}

describe('notification preferences', () => {
  it('have defaults a member expects, and are the member’s own to change', async () => {
    expect((await ok(PREFERENCES, {}, cso2)).notificationPreferences).toEqual([
      { topic: 'MENTIONS', delivery: 'EMAIL' },
      { topic: 'FOLLOWED_UPDATES', delivery: 'DAILY_DIGEST' },
      { topic: 'PROPOSAL_DECISIONS', delivery: 'EMAIL' },
      { topic: 'MEETINGS', delivery: 'EMAIL' },
      { topic: 'REPLIES', delivery: 'EMAIL' },
    ]);
    expect((await ok(SET, { topic: 'MEETINGS', delivery: 'DAILY_DIGEST' }, cso2)).setNotificationPreference).toEqual({ topic: 'MEETINGS', delivery: 'DAILY_DIGEST' });
    expect((await ok(PREFERENCES, {}, cso2)).notificationPreferences).toContainEqual({ topic: 'MEETINGS', delivery: 'DAILY_DIGEST' });
    expect((await ok(PREFERENCES, {}, mois)).notificationPreferences).toContainEqual({ topic: 'MEETINGS', delivery: 'EMAIL' });
    const anonymous = await client.call(PREFERENCES);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await ok(SET, { topic: 'MEETINGS', delivery: 'EMAIL' }, cso2);
  });
});

describe('a mention by e-mail at once', () => {
  it('arrives in the member’s language with a one-click unsubscribe that turns mentions off without signing in', async () => {
    const target = await commitment('1-a');
    const moisUser = await me(mois);
    await mention(target.id, cso, moisUser, 'when is the next release?');
    const [mail] = await mailsTo('mois@example.org');
    expect(mail.subject).toBe(`회원님이 언급되었습니다: 1-a ${target.title_ko ?? target.title}`);
    expect(mail.text).toContain('when is the next release?');
    expect(mail.text).toContain(`/commitments/${target.id}#comment-`);
    expect(mail.unsubscribePost).toBe('List-Unsubscribe=One-Click');
    const url = new URL(mail.unsubscribe!);
    expect(url.pathname).toMatch(/^\/unsubscribe\/[\w-]+\.[\w-]+$/);

    // Opening the link only asks; a forged or altered token does nothing.
    const page = await request(server.url).get(url.pathname).set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    expect((await ok(PREFERENCES, {}, mois)).notificationPreferences).toContainEqual({ topic: 'MENTIONS', delivery: 'EMAIL' });
    const forged = url.pathname.replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await request(server.url).post(forged).type('form').send('List-Unsubscribe=One-Click')).status).toBe(404);

    // What a mail client does for the one click (RFC 8058): a POST, no cookie, no token.
    const clicked = await request(server.url).post(url.pathname).type('form').send('List-Unsubscribe=One-Click');
    expect(clicked.status).toBe(200);
    expect((await ok(PREFERENCES, {}, mois)).notificationPreferences).toContainEqual({ topic: 'MENTIONS', delivery: 'IN_APP' });

    await mention(target.id, cso, moisUser, 'a second question');
    expect(await mailsTo('mois@example.org')).toHaveLength(1);
    // Still in the app.
    const { notifications } = await ok('{ notifications(first: 5) { edges { node { kind excerpt } } } }', {}, mois);
    expect(notifications.edges[0].node).toEqual({ kind: 'MENTION', excerpt: expect.stringContaining('a second question') });
  });
});

describe('the daily digest', () => {
  it('is scheduled at DIGEST_HOUR in the forum’s time zone', async () => {
    const [schedule] = await server.dataSource.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [DAILY_DIGEST_QUEUE]);
    expect(schedule).toEqual({ cron: '0 8 * * *', timezone: 'Asia/Seoul' });
  });

  it('turns a day of notifications into one e-mail per member, in their language, once a day', async () => {
    const [moisUser, cso2User] = await Promise.all([me(mois), me(cso2)]);
    await ok(SET, { topic: 'MENTIONS', delivery: 'DAILY_DIGEST' }, mois);
    await ok(SET, { topic: 'MENTIONS', delivery: 'DAILY_DIGEST' }, cso2);
    const [first, second] = [await commitment('1-b'), await commitment('2-a')];
    await mention(first.id, cso, moisUser, 'first of the day');
    await mention(second.id, cso, moisUser, 'second of the day');
    await mention(first.id, cso, cso2User, 'for the other member');
    // Yesterday's notification is not today's news.
    await server.dataSource.query(`UPDATE notifications SET created_at = now() - interval '2 days' WHERE excerpt LIKE '%when is the next release?%'`);
    const before = (await outbox()).length;

    const queue = server.app.get(MailQueue);
    await queue.sendTo(DAILY_DIGEST_QUEUE, {});
    const digests = async () => (await outbox()).slice(before);
    const waitFor = async (n: number) => {
      for (let i = 0; i < 100 && (await digests()).length < n; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    };
    await waitFor(2);
    // The schedule firing twice the same day queues nothing more.
    await queue.sendTo(DAILY_DIGEST_QUEUE, {});
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const mails = await digests();
    expect(mails.map((mail) => mail.to).sort()).toEqual(['cso2@example.org', 'mois@example.org']);

    const korean = mails.find((mail) => mail.to === 'mois@example.org')!;
    expect(korean.subject).toMatch(/^OGP 포럼 일일 요약 \(\d{4}-\d{2}-\d{2}\)$/);
    expect(korean.text).toContain(`회원님이 언급되었습니다: 1-b ${first.title_ko ?? first.title}`);
    expect(korean.text).toContain(`회원님이 언급되었습니다: 2-a ${second.title_ko ?? second.title}`);
    expect(korean.text).toContain('first of the day');
    expect(korean.text).not.toContain('when is the next release?');
    const english = mails.find((mail) => mail.to === 'cso2@example.org')!;
    expect(english.subject).toMatch(/^Your OGP Forum digest for /);
    expect(english.text).toContain(`You were mentioned: 1-b ${first.title}`);
    expect(english.text).not.toContain('first of the day');

    // The digest's header link stops the digest (its topics go back to the app only).
    const [parsed] = (await mailsTo('cso2@example.org')).filter((mail) => mail.file === english.file);
    const link = parsed.unsubscribe!;
    expect((await request(server.url).post(new URL(link).pathname).type('form').send('List-Unsubscribe=One-Click')).status).toBe(200);
    const preferences = (await ok(PREFERENCES, {}, cso2)).notificationPreferences;
    expect(preferences).toContainEqual({ topic: 'MENTIONS', delivery: 'IN_APP' });
    expect(preferences).toContainEqual({ topic: 'FOLLOWED_UPDATES', delivery: 'IN_APP' });
    expect(preferences).toContainEqual({ topic: 'MEETINGS', delivery: 'EMAIL' });
  });
});
