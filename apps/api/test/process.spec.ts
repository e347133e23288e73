import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { REPO_ROOT } from '../src/config/config.js';
import { freePort } from '../src/database/free-port.js';
import { createTestDatabase, TEST_JWT_SECRET } from './harness.js';
import { startApiProcess } from './live-process.js';

/** The api as `npm start` runs it: a separate process from the built code, with its own embedded PostgreSQL. */
const MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function startApi(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: 'pipe' });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/ready at (http:\/\/\S+)/);
      if (ready) resolve({ child, url: ready[1], output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`api exited with ${code} before it was ready:\n${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));
}

function postgresProcessesUsing(dataDir: string): string[] {
  const result = spawnSync('pgrep', ['-af', `postgres -D ${dataDir}`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line.trim() && !line.includes('pgrep'));
}

async function runOnce(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { code: await exitOf(child), stderr };
}

describe('the api process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-process-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data across restarts and leaves no PostgreSQL behind after SIGTERM', async () => {
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
    const first = await startApi(env);
    const health = await fetch(`${first.url}/health`);
    expect(health.status).toBe(200);
    expect(first.output()).toContain('admin@example.org');

    // Something the forum did, straight into its database; it must survive the restart.
    const databaseUrl = await embeddedDatabaseUrl(dataDir);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`UPDATE commitments SET title = 'Kept across restarts' WHERE code = '1-b'`);
    await client.end();

    first.child.kill('SIGTERM');
    expect(await exitOf(first.child)).toBe(0);
    expect(postgresProcessesUsing(path.join(dataDir, 'postgres'))).toEqual([]);

    const second = await startApi({ ...env, PORT: String(await freePort()) });
    try {
      const response = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actionPlans { themes { commitments { code title } } } }' }),
      });
      const body = await response.json();
      const titles = body.data.actionPlans[0].themes.flatMap((theme: any) => theme.commitments);
      expect(titles.find((c: any) => c.code === '1-b').title).toBe('Kept across restarts');
      expect(titles).toHaveLength(14);
    } finally {
      second.child.kill('SIGTERM');
      expect(await exitOf(second.child)).toBe(0);
    }
    expect(postgresProcessesUsing(path.join(dataDir, 'postgres'))).toEqual([]);
  });

  it.each`
    env                                                    | message
    ${{ PORT: 'eighty' }}                                  | ${'ogp-forum: PORT must be a whole number from 0 to 65535, got "eighty"'}
    ${{ DATABASE_URL: 'mysql://db/forum' }}                | ${'ogp-forum: DATABASE_URL must start with postgres:// or postgresql://, got "mysql://"'}
    ${{ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/forum' }} | ${'ogp-forum: DATABASE_URL: cannot connect to 127.0.0.1:1/forum (ECONNREFUSED)'}
  `('stops with one clear line for $env', async ({ env, message }) => {
    const { code, stderr } = await runOnce({ DATA_DIR: dataDir, ...env });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(message);
  });
});

describe('npm start after a crash', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-crash-'));
  const postgresDir = path.join(dataDir, 'postgres');
  const env = () => ({ DATA_DIR: dataDir, PORT: '0' });
  let first: Started;
  beforeAll(async () => {
    first = await startApi(env());
  });
  afterAll(async () => {
    if (first?.child.exitCode === null && first.child.signalCode === null) {
      first.child.kill('SIGTERM');
      await exitOf(first.child);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves the PostgreSQL of a running api alone: a second start on its folder stops with one clear line', async () => {
    const second = await runOnce(env());
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe(
      `ogp-forum: ${postgresDir} is in use by a running ogp-forum (pid ${first.child.pid}); stop it first, or set DATA_DIR to another folder`,
    );
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
  });

  it('stops the PostgreSQL a killed api left behind, and starts', async () => {
    first.child.kill('SIGKILL');
    await exitOf(first.child);
    expect(postgresProcessesUsing(postgresDir)).not.toEqual([]); // orphaned, and still holding the folder

    const again = await startApi(env());
    try {
      expect((await fetch(`${again.url}/health`)).status).toBe(200);
    } finally {
      again.child.kill('SIGTERM');
      expect(await exitOf(again.child)).toBe(0);
    }
    expect(postgresProcessesUsing(postgresDir)).toEqual([]);
  });

  it('stops with one clear line, touching nothing, when postmaster.pid names a process that is no PostgreSQL of the folder', async () => {
    const foreign = spawn('sleep', ['600']);
    const pidFile = path.join(postgresDir, 'postmaster.pid');
    fs.writeFileSync(pidFile, `${foreign.pid}\n${postgresDir}\n`);
    try {
      const { code, stderr } = await runOnce(env());
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`ogp-forum: ${pidFile} names process ${foreign.pid}, which is not a PostgreSQL of this folder; if none is running, delete that file`);
      expect(foreign.exitCode).toBeNull();
      expect(fs.existsSync(pidFile)).toBe(true);
    } finally {
      foreign.kill();
    }
  });
});

/** The running embedded server's URL, from its pid file (line 4 is the port) and the installation's password file. */
async function embeddedDatabaseUrl(dataDir: string): Promise<string> {
  const pidFile = fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  const password = fs.readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
  return `postgres://postgres:${password}@127.0.0.1:${pidFile[3]}/ogp_forum`;
}

/** Runs the built invite-admin command against `databaseUrl` in production mode; its exit code and what it wrote. */
async function inviteAdmin(databaseUrl: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'apps/api/dist/cli/invite-admin.js'), ...args], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, ...env },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { code: await exitOf(child), stdout, stderr };
}

describe('invite-admin, the first admin of a production installation', () => {
  it('creates an invited ADMIN and prints a one-time link on the public address', async () => {
    const databaseUrl = await createTestDatabase();
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-cli-'));
    const { code, stdout } = await inviteAdmin(databaseUrl, ['chair@forum.example.org', 'Forum Chair'], {
      PUBLIC_URL: 'https://forum.example.org',
      OUTBOX_DIR: outboxDir,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/https:\/\/forum\.example\.org\/invitations\/[\w-]{43}/);
    expect(fs.readdirSync(outboxDir)).toHaveLength(1);

    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT role, password_hash FROM users WHERE email = 'chair@forum.example.org'`);
    await client.end();
    expect(rows).toEqual([{ role: 'ADMIN', password_hash: null }]);
    fs.rmSync(outboxDir, { recursive: true, force: true });
  });

  it('prints the link on PUBLIC_URL even when the e-mail cannot be written, says so in one line, exits with 2, and the link lets the admin in', async () => {
    const databaseUrl = await createTestDatabase();
    // An outbox that cannot be created, even by root: its parent is a regular file.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-cli-'));
    fs.writeFileSync(path.join(folder, 'a-file'), '');
    const outboxDir = path.join(folder, 'a-file', 'outbox');
    const { code, stdout, stderr } = await inviteAdmin(databaseUrl, ['first@forum.example.org', 'First Admin'], {
      PUBLIC_URL: 'http://localhost:8080',
      OUTBOX_DIR: outboxDir,
    });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`invite-admin: the invitation e-mail could not be written to ${outboxDir} (ENOTDIR); give first@forum.example.org the link above`);
    const token = stdout.match(/^ {2}http:\/\/localhost:8080\/invitations\/([\w-]{43})$/m)?.[1];
    expect(token).toBeDefined();
    fs.rmSync(folder, { recursive: true, force: true });

    const api = await startApiProcess(databaseUrl, { LIVE_ADAPTER: 'memory' });
    try {
      const accepted = await request(api.url)
        .post('/graphql')
        .send({
          query: 'mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken user { role } } }',
          variables: { token, password: 'correct horse battery staple 91' },
        });
      expect(accepted.body.errors).toBeUndefined();
      expect(accepted.body.data.acceptInvitation.user.role).toBe('ADMIN');
    } finally {
      await api.stop();
    }
  });
});
