// Runs once per `npm test`, outside jest's module system, so it uses the compiled api (npm test builds it first).
import { Logger } from '@nestjs/common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectAndMigrate, createDatabaseIfMissing, withDatabase } from '../dist/database/database.js';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { seedDatabase } from '../dist/seeding/seed.js';

const TEMPLATE_DATABASE = 'ogp_template';

/**
 * Starts one throw-away embedded PostgreSQL for the whole test run (its own folder and port, never .data/),
 * migrates and seeds a template database once; each test file then copies it in milliseconds.
 */
export default async function globalSetup() {
  Logger.overrideLogger(process.env.LOG_LEVEL === 'silent' ? false : ['error', 'warn']);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-test-'));
  const server = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
  globalThis.__OGP_TEST_DATABASE__ = { server, dataDir };
  await createDatabaseIfMissing(server.url, TEMPLATE_DATABASE);
  const dataSource = await connectAndMigrate(withDatabase(server.url, TEMPLATE_DATABASE));
  await seedDatabase(dataSource, { demoAccounts: true, demoPassword: 'demo-password-1' });
  await dataSource.destroy();
  process.env.TEST_DATABASE_SERVER_URL = server.url;
  process.env.TEST_TEMPLATE_DATABASE = TEMPLATE_DATABASE;
}
