import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { loadConfig } from '../src/config/config.js';
import { createDatabaseIfMissing, withDatabase } from '../src/database/database.js';
import { Clock } from '../src/common/clock.js';
import { startServer, type RunningServer } from '../src/server.js';

/** Signs the access tokens of the test servers; tests use it to forge tokens that must be refused. */
export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';

/** A fresh copy of the migrated, seeded template database, for one test file. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!serverUrl || !template) throw new Error('run the tests with `npm test`: the global setup provides the database');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, name, template);
  return withDatabase(serverUrl, name);
}

/** A new database with nothing in it, not even the schema: what a new installation starts from (e.g. for `npm run import`). */
export async function createEmptyTestDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) throw new Error('run the tests with `npm test`: the global setup provides the database');
  const name = `empty_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, name);
  return withDatabase(serverUrl, name);
}

/** Where the test servers write e-mails (.eml), one folder per test file. */
export const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-outbox-'));

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

/** The databases of this file's test servers: `outbox()` waits for their e-mail queues. */
const serverDatabases: string[] = [];

/** Jobs of the e-mail queues not yet delivered nor given up on (pg-boss's table, mail/mail-queue.service.ts). */
export async function pendingMailJobs(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`);
    if (!exists.rows[0].ok) return 0;
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * The e-mails written to the outbox so far, oldest first, read with a real MIME parser; first waits (up to 10 s) until
 * the queues of this file's test servers have delivered what is due.
 */
export async function outbox(): Promise<OutboxMail[]> {
  const started = Date.now();
  for (const databaseUrl of serverDatabases) {
    while ((await pendingMailJobs(databaseUrl)) > 0 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const files = fs.readdirSync(outboxDir).filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(fs.readFileSync(path.join(outboxDir, file)));
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      return { file, to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' };
    }),
  );
}

/** A clock a test moves by hand: it starts at the real time and stays there until told otherwise. */
export class TestClock extends Clock {
  private current = new Date();

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }
}

/** The whole api on a free port over its own database, as `npm start` runs it; on a test's clock if given one. */
export async function startTestServer(env: NodeJS.ProcessEnv = {}, clock?: Clock): Promise<RunningServer> {
  const databaseUrl = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    OUTBOX_DIR: outboxDir,
    // Generous budgets so that suites signing in often are not throttled; the rate-limit tests set their own.
    RATE_LIMIT_LOGIN_PER_IP: '1000',
    RATE_LIMIT_MUTATIONS_PER_USER: '1000',
    // Every test socket comes from 127.0.0.1; the live limit tests set their own.
    RATE_LIMIT_LIVE_EVENTS_PER_USER: '10000',
    LIVE_MAX_CONNECTIONS_PER_IP: '1000',
    // One process holds several test servers; the PostgreSQL adapter is tested across real processes (live-scale.spec).
    LIVE_ADAPTER: 'memory',
    // Tests change the database behind the api's back and move its clock; page-cache.spec turns the cache on.
    PAGE_CACHE_ENTRIES: '0',
    ...env,
    PORT: '0',
    DATABASE_URL: databaseUrl,
  });
  serverDatabases.push(databaseUrl);
  return startServer(config, undefined, clock);
}
