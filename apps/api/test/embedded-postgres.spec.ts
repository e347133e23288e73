import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';

/** Real embedded PostgreSQL servers of this file's own, each over a fresh DATA_DIR. */

const SHARED_PASSWORD = 'ogp-forum-embedded';

const folders: string[] = [];
const servers: EmbeddedDatabase[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<EmbeddedDatabase> {
  const server = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
  servers.push(server);
  return server;
}

function freshDataDir(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-embedded-'));
  folders.push(folder);
  return folder;
}

/** Signs in as the superuser with `password`: the error code when refused, null when let in. */
async function signInAs(port: number, password: string): Promise<string | null> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("the embedded PostgreSQL's superuser password", () => {
  it('is generated for each installation, kept in DATA_DIR/postgres-password for its owner only, and the shared one is refused', async () => {
    const [first, second] = [freshDataDir(), freshDataDir()];
    const [one, two] = await Promise.all([start(first), start(second)]);
    const passwords = [first, second].map((folder) => fs.readFileSync(path.join(folder, 'postgres-password'), 'utf8').trim());

    for (const folder of [first, second]) expect(fs.statSync(path.join(folder, 'postgres-password')).mode & 0o777).toBe(0o600);
    expect(passwords[0]).toMatch(/^[\w-]{43}$/);
    expect(passwords[1]).not.toBe(passwords[0]);
    expect(await signInAs(one.port, passwords[0])).toBeNull();
    expect(await signInAs(one.port, SHARED_PASSWORD)).toBe('28P01');
    expect(await signInAs(two.port, passwords[0])).toBe('28P01');
    expect(new URL(one.url).password).toBe(passwords[0]);
  });

  it('moves an installation that still has the shared password to its own at its next start, keeping its data', async () => {
    const dataDir = freshDataDir();
    // An installation as earlier versions left it: the shared password, no password file.
    const before = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
    const client = new Client({ connectionString: before.url });
    await client.connect();
    await client.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')`);
    await client.query(`ALTER ROLE postgres PASSWORD '${SHARED_PASSWORD}'`);
    await client.end();
    await before.stop();
    fs.rmSync(path.join(dataDir, 'postgres-password'), { force: true });

    const after = await start(dataDir);
    const password = fs.readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
    expect(fs.statSync(path.join(dataDir, 'postgres-password')).mode & 0o777).toBe(0o600);
    expect(await signInAs(after.port, SHARED_PASSWORD)).toBe('28P01');
    expect(await signInAs(after.port, password)).toBeNull();
    const reader = new Client({ connectionString: after.url });
    await reader.connect();
    expect((await reader.query('SELECT note FROM kept')).rows).toEqual([{ note: 'from before' }]);
    await reader.end();
  });
});

describe("the embedded PostgreSQL's locale", () => {
  it('is UTF-8 even on a machine set to LC_ALL=C, so that Hangul are letters and pg_trgm finds trigrams in Korean', async () => {
    const before = { LC_ALL: process.env.LC_ALL, LANG: process.env.LANG };
    process.env.LC_ALL = 'C';
    process.env.LANG = 'C';
    let server!: EmbeddedDatabase;
    try {
      server = await start(freshDataDir());
    } finally {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const client = new Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT pg_encoding_to_char(encoding) AS encoding, datctype FROM pg_database WHERE datname = current_database()`);
      expect(rows).toEqual([{ encoding: 'UTF8', datctype: 'C.UTF-8' }]);
      await client.query('CREATE EXTENSION pg_trgm');
      const trigrams = await client.query(`SELECT show_trgm('정보공개') AS hangul, lower('ÉCOLE') AS lowered`);
      // Under a C locale show_trgm('정보공개') is empty and lower() leaves É alone.
      expect(trigrams.rows[0].hangul.length).toBeGreaterThan(0);
      expect(trigrams.rows[0].lowered).toBe('école');
    } finally {
      await client.end();
    }
  });
});
