import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, ThreadEventPayload } from '@ogp-forum/domain';
import { REPO_ROOT } from '../src/config/config.js';
import { freePort } from '../src/database/free-port.js';
import { TEST_JWT_SECRET } from './harness.js';

const MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote so far, stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The built api as its own process on an existing database, with the PostgreSQL adapter for live events unless `env`
 * says otherwise; on a free port, or on `env.PORT` (to restart one where its clients look for it).
 */
export async function startApiProcess(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, LIVE_ADAPTER: 'postgres', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: 'pipe',
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready at')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`api exited with ${code}:\n${output}`)));
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io-client connection to `/live`, collecting every thread event it receives. `from` plays a visitor's
 * address as the proxy would forward it (the test client itself is always 127.0.0.1, a trusted proxy).
 */
export async function connectLive(url: string, token?: string, from?: string): Promise<{ socket: LiveClient; received: ThreadEventPayload[] }> {
  const extraHeaders = from ? { 'x-forwarded-for': from } : undefined;
  const socket: LiveClient = io(`${url}/live`, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false, extraHeaders });
  const received: ThreadEventPayload[] = [];
  for (const type of ['comment:created', 'comment:updated', 'comment:hidden', 'update:posted'] as const) {
    socket.on(type, (event) => received.push(event));
  }
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', (error) => reject(error));
  });
  return { socket, received };
}

/** Resolves when `predicate` holds, polling; fails the test after `ms`. */
export async function eventually(predicate: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
