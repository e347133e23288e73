// Runs once per `npm test`, outside jest's module system, so it uses the compiled api (npm test builds it first).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';

const TEMPLATE_DATABASE = 'ogp_template';

/**
 * Starts one throw-away embedded PostgreSQL for the whole test run (its own folder and port, never .data/),
 * migrates and seeds a template database once; each test file then copies it in milliseconds.
 */
export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-test-'));
  const server = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
  globalThis.__OGP_TEST_DATABASE__ = { server, dataDir };
  // Migrating and seeding load the compiled entities, whose GraphQL decorators would register in this process. When jest
  // runs a single test file it runs it in this very process, and the schema would then meet two copies of each type (one
  // from dist/, one from src/) and fail to build. A process of its own keeps them apart.
  const script = fileURLToPath(new URL('./prepare-template.mjs', import.meta.url));
  execFileSync(process.execPath, [script, server.url, TEMPLATE_DATABASE], { stdio: 'inherit', env: process.env });
  process.env.TEST_DATABASE_SERVER_URL = server.url;
  process.env.TEST_TEMPLATE_DATABASE = TEMPLATE_DATABASE;
}
