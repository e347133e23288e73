// Live fan-out (issue 13): VIEWERS socket.io clients in one commitment's thread, half on each of two api processes over one
// PostgreSQL, a member posting RATE comments a second to the first; for each comment, the time from sending `postComment`
// until the last viewer has its `comment:created`. The baseline, measured in the same run: a bare Socket.IO server in a
// process of its own broadcasting as many events at the same rate to as many clients in one room — what the machine
// itself costs, without the api, the database or the adapter between the two processes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { startEmbeddedPostgres } from '../apps/api/dist/database/embedded-postgres.js';
import { post, startApi } from './pages.mjs';
import { percentile } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VIEWERS = 500;
export const RATE = 5;
export const COMMENTS = 100;

/** Room for 500 viewers from one address: every bench client is 127.0.0.1. */
const API_ENV = { LIVE_MAX_CONNECTIONS_PER_IP: '10000', RATE_LIMIT_LIVE_EVENTS_PER_USER: '1000000', LIVE_ADAPTER: 'postgres' };

/** A bare Socket.IO server: `subscribe` joins the one room, a POST broadcasts its JSON body to it as `comment:created`. */
const BARE_SERVER = `
const http = require('node:http');
const { Server } = require('socket.io');
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.method === 'POST') io.to('room').emit('comment:created', JSON.parse(body));
    response.end();
  });
});
const io = new Server(server, { transports: ['websocket'] });
io.on('connection', (socket) => socket.on('subscribe', (_request, ack) => { socket.join('room'); ack({}); }));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;

async function connectViewers(urls, subscription) {
  const connect = (url) =>
    new Promise((resolve, reject) => {
      const socket = io(url, { transports: ['websocket'], reconnection: false, timeout: 60_000 });
      socket.once('connect', async () => {
        await socket.emitWithAck('subscribe', subscription);
        resolve(socket);
      });
      socket.once('connect_error', reject);
    });
  const viewers = [];
  // In batches, as pages open over some seconds rather than in one instant.
  for (let n = 0; n < VIEWERS; n += 50) {
    viewers.push(...(await Promise.all(Array.from({ length: Math.min(50, VIEWERS - n) }, (_, i) => connect(urls[(n + i) % urls.length])))));
  }
  return viewers;
}

/**
 * Sends COMMENTS events at RATE a second with `send(body)` (not waiting for deliveries: a steady stream, as in a live
 * meeting) and times each until every viewer has it.
 */
async function stream(viewers, send) {
  const pending = new Map();
  const samples = [];
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  for (const socket of viewers) {
    socket.on('comment:created', (event) => {
      const body = event.comment?.body ?? event.body;
      const entry = pending.get(body);
      if (!entry || ++entry.received < VIEWERS) return;
      samples.push(performance.now() - entry.sent);
      pending.delete(body);
      if (samples.length === COMMENTS) done();
    });
  }
  const started = performance.now();
  for (let n = 0; n < COMMENTS; n += 1) {
    const due = started + (n * 1000) / RATE;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const body = `Fan-out comment ${n} ${Math.random().toString(36).slice(2)}`;
    pending.set(body, { sent: performance.now(), received: 0 });
    send(body).catch((error) => console.error(`fan-out: sending failed: ${error.message}`));
  }
  const timeout = setTimeout(() => done(), 60_000);
  await finished;
  clearTimeout(timeout);
  viewers.forEach((socket) => socket.disconnect());
  const lost = COMMENTS - samples.length;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), lost };
}

async function bareBroadcast() {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { cwd: path.join(ROOT, 'apps/api'), stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', (code) => reject(new Error(`the bare Socket.IO server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    const viewers = await connectViewers([url], {});
    return await stream(viewers, (body) => fetch(url, { method: 'POST', body: JSON.stringify({ body }) }));
  } finally {
    child.kill('SIGTERM');
  }
}

async function apiFanOut() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-fanout-'));
  const database = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
  const env = { ...API_ENV, DATABASE_URL: database.url };
  // One after the other: the first migrates and seeds.
  const first = await startApi(path.join(dataDir, 'first'), { env });
  const second = await startApi(path.join(dataDir, 'second'), { env });
  try {
    const { actionPlans } = await post(first.url, '{ actionPlans { themes { commitments { id } } } }');
    const commitmentId = actionPlans[0].themes[0].commitments[0].id;
    const { login } = await post(first.url, 'mutation { login(email: "cso@example.org", password: "demo-password-1") { accessToken } }');
    const viewers = await connectViewers([`${first.url}/live`, `${second.url}/live`], { subjectType: 'COMMITMENT', subjectId: commitmentId, afterSeq: 1_000_000 });
    return await stream(viewers, async (body) => {
      const response = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
        body: JSON.stringify({ query: 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', variables: { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body } } }),
      });
      const result = await response.json();
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    });
  } finally {
    await second.stop();
    await first.stop();
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchFanOut(log = console.log) {
  log('  fan-out: bare Socket.IO broadcast…');
  const bare = await bareBroadcast();
  log('  fan-out: two api processes…');
  const api = await apiFanOut();
  return { bare, api };
}

export function fanOutSection({ bare, api }) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const row = (name, r, base) =>
    `| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${base ? `${(r.p50 / base.p50).toFixed(1)}× / ${(r.p99 / base.p99).toFixed(1)}×` : '1×'} | ${r.lost} |`;
  return `## Live fan-out (${VIEWERS} viewers in one thread, ${RATE} comments a second, ${COMMENTS} comments)

From sending each comment until the last of the ${VIEWERS} socket.io clients has it, while the next ones keep coming.
The api: two processes on one embedded PostgreSQL (the PostgreSQL adapter between them), half of the viewers on each,
\`postComment\` sent to the first. The baseline, in the same run: a bare Socket.IO server in its own process broadcasting
to as many clients in one room. All clients run in the bench's process, on the same two cores as the servers, so the
clients' own work is inside every figure.

| what | p50 | p95 | p99 | api ÷ baseline (p50 / p99) | not delivered to all |
|---|---|---|---|---|---|
${row('bare Socket.IO broadcast (baseline)', bare)}
${row('ogp-forum: postComment → 2 api processes → every viewer', api, bare)}
`;
}
