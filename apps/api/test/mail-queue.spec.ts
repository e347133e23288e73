import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { clientFor } from './client.js';
import { createTestDatabase, startTestServer } from './harness.js';
import { eventually, startApiProcess, type ApiProcess } from './live-process.js';

/** The e-mail queue (pg-boss on the forum's PostgreSQL) against real api processes, a real outbox and a real SMTP server. */

async function sql<T = Record<string, unknown>>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const req = request(url).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  const body = (await req.send({ query, variables })).body;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function killed(api: ApiProcess): Promise<void> {
  return new Promise((resolve) => {
    if (api.child.exitCode !== null || api.child.signalCode !== null) return resolve();
    api.child.on('exit', () => resolve());
    api.child.kill('SIGKILL');
  });
}

const emlFiles = (dir: string) => fs.readdirSync(dir).filter((file) => file.endsWith('.eml'));

describe('the e-mail queue', () => {
  it('sends every e-mail exactly once when both api processes working the queue are killed (SIGKILL) and restarted', async () => {
    const databaseUrl = await createTestDatabase();
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-queue-outbox-'));
    // A forum with 200 more members than the seeds: one cancelled meeting queues an e-mail to each of them.
    await sql(
      databaseUrl,
      `INSERT INTO users (email, display_name, role, password_hash)
       SELECT 'member' || n || '@example.org', 'Member ' || n, 'CSO', 'not-a-real-hash' FROM generate_series(1, 200) n`,
    );
    const env = { OUTBOX_DIR: outboxDir, MAIL_EXPIRE_SECONDS: '3', MAIL_RETRY_DELAY_SECONDS: '1', RATE_LIMIT_MUTATIONS_PER_USER: '1000' };
    let [a, b] = await Promise.all([startApiProcess(databaseUrl, env), startApiProcess(databaseUrl, env)]);
    try {
      const token = (await gql(a.url, 'mutation { login(email: "admin@example.org", password: "demo-password-1") { accessToken } }')).login.accessToken;
      const start = new Date(Date.now() + 30 * 86_400_000);
      const input = { title: 'Plenary', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString() };
      const meeting = (await gql(a.url, 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', { input }, token)).createMeeting;

      await gql(b.url, 'mutation($id: ID!) { cancelMeeting(id: $id, reason: "Postponed") { status } }', { id: meeting.id }, token);
      // Both processes die while they work through the queue.
      await eventually(() => emlFiles(outboxDir).length > 0, 20_000);
      await Promise.all([killed(a), killed(b)]);
      const [{ expected }] = await sql<{ expected: number }>(databaseUrl, `SELECT count(*)::int AS expected FROM notifications WHERE kind = 'MEETING_CANCELLED' AND subject_id = $1`, [meeting.id]);
      expect(expected).toBeGreaterThan(200);
      const sentBeforeTheRestart = emlFiles(outboxDir).length;
      expect(sentBeforeTheRestart).toBeLessThan(expected);

      [a, b] = await Promise.all([startApiProcess(databaseUrl, env), startApiProcess(databaseUrl, env)]);
      const settled = async () => {
        const [row] = await sql<{ open: number }>(databaseUrl, `SELECT count(*)::int AS open FROM pgboss.job WHERE name = 'mail' AND state NOT IN ('completed', 'failed')`);
        return row.open === 0;
      };
      await eventually(settled, 60_000).catch(async (error) => {
        throw new Error(`${error.message}: ${JSON.stringify(await sql(databaseUrl, `SELECT state::text, count(*)::int, max(retry_count) AS retries FROM pgboss.job GROUP BY state`))}`);
      });

      const files = emlFiles(outboxDir);
      expect(files).toHaveLength(expected);
      const recipients = await Promise.all(files.map(async (file) => (await simpleParser(fs.readFileSync(path.join(outboxDir, file)))).to));
      const addresses = recipients.map((to) => (Array.isArray(to) ? to[0] : to)!.value[0].address);
      expect(new Set(addresses).size).toBe(expected);
      expect(addresses).toContain('member200@example.org');
      const states = await sql<{ state: string; n: number }>(databaseUrl, `SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'mail' GROUP BY state`);
      expect(states).toEqual([{ state: 'completed', n: expected }]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      fs.rmSync(outboxDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('retries an e-mail the SMTP server refuses, waiting longer each time, then marks it failed', async () => {
    const attempts: Date[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        attempts.push(new Date());
        const refused = new Error('Mailbox unavailable') as Error & { responseCode: number };
        refused.responseCode = 554;
        callback(refused);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1' });
    try {
      const client = clientFor(server);
      const admin = await client.login('admin@example.org');
      const invited = await client.call(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { member { id } } }',
        { input: { email: 'refused@example.org', displayName: 'Refused', role: 'CITIZEN', organizationId: null, locale: 'en' } },
        { token: admin.token },
      );
      expect(invited.body.errors).toBeUndefined();
      const databaseUrl = (server.dataSource.options as { url: string }).url;
      const job = async () => (await sql<{ state: string; retry_count: number; output: { message?: string } }>(databaseUrl, `SELECT state::text, retry_count, output FROM pgboss.job WHERE name = 'mail'`))[0];
      await eventually(async () => (await job())?.state === 'failed', 30_000);
      const failed = await job();
      expect(failed.retry_count).toBe(2);
      expect(failed.output.message).toContain('554');
      // The first try and two retries, each after a wait (exponential back-off from MAIL_RETRY_DELAY_SECONDS).
      expect(attempts).toHaveLength(3);
      expect(attempts[1].getTime() - attempts[0].getTime()).toBeGreaterThanOrEqual(400);
      expect(attempts[2].getTime() - attempts[1].getTime()).toBeGreaterThanOrEqual(900);
      const [settings] = await sql<{ retry_backoff: boolean; retry_delay: number }>(databaseUrl, `SELECT retry_backoff, retry_delay FROM pgboss.job WHERE name = 'mail'`);
      expect(settings).toEqual({ retry_backoff: true, retry_delay: 1 });
    } finally {
      await server.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  }, 60_000);
});
