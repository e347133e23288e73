// `npm run bench`: measures start-up, the main pages and live delivery on this machine and writes docs/benchmarks.md.
// Runs the built api (npm run bench builds it first) against its own embedded PostgreSQL in a temporary folder.
import autocannon from 'autocannon';
import { io } from 'socket.io-client';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../apps/api/dist/config/config.js';
import { startServer } from '../apps/api/dist/server.js';
import { benchReports, reportsSection } from './reports.mjs';
import { argument } from './generate.mjs';
import { benchFanOut, fanOutSection } from './fanout.mjs';
import { benchPages, generatedData, pagesSection } from './pages.mjs';
import { searchSection } from './search.mjs';
import { percentile } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEQUENTIAL_REQUESTS = 300;
const LOAD_SECONDS = 10;
const CONNECTIONS = 10;
const LIVE_VIEWERS = 20;
const LIVE_COMMENTS = 100;

const PLAN_PAGE = `query Plan($id: ID!) { actionPlan(id: $id) {
  title completionCounts { completed substantial incorporated total }
  themes { position title titleKo commitments { id code title titleKo completion delayedMilestoneCount stale
    incorporatedInto { id code } leadOrganization { id name nameKo } } }
  irmRecommendations { id number text status governmentResponse } } }`;
const COMMITMENT_PAGE = `query Commitment($id: ID!) { commitment(id: $id) { code title summary publicProblem description howItSolves
  ogpValueRelevance additionalInfo nextSteps involvedActors plan { id title status } theme { title }
  leadOrganization { name } milestones { title start end completion delayed daysDelayed } progressUpdates { body postedAt } } }`;

const MEETINGS_PAGE = `{ meetings(when: PAST, first: 20) { totalCount edges { node { id title kind status startsAt place sample
  rsvpCounts { yes no maybe } } } } }`;

const MEETING_PAGE = `query Meeting($id: ID!) { meeting(id: $id) { title kind status startsAt endsAt place onlineUrl sample
  agenda { position title minutesAllotted notes notesVersion commitment { code title } presenter { displayName } }
  attendance { bySector { government civilSociety other total } attendees { displayName } } myRsvp rsvpCounts { yes no maybe }
  minutes { status summary version publishedAt decisions { text } actionItems { title dueDate overdue assignee { displayName } }
  amendments { body reason } } } }`;

const REGISTER_PAGE = `query Register($planId: ID!) { reasonedResponses(planId: $planId) { id title status rationale decidedAt
  organization { name } coSponsors { name } commitment { code } specificity { score } } }`;

async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

async function post(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Live delivery: LIVE_VIEWERS socket.io clients watch one commitment; a member posts LIVE_COMMENTS comments one after the
 * other over GraphQL. For each, the time from sending the mutation until the last viewer has the event.
 */
async function liveDelivery(url, commitmentId) {
  const viewers = await Promise.all(
    Array.from({ length: LIVE_VIEWERS }, () => new Promise((resolve, reject) => {
      const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: false });
      socket.on('connect', async () => {
        await socket.emitWithAck('subscribe', { subjectType: 'COMMITMENT', subjectId: commitmentId, afterSeq: 1_000_000 });
        resolve(socket);
      });
      socket.on('connect_error', reject);
    })),
  );
  const login = await post(url, 'mutation { login(email: "cso@example.org", password: "demo-password-1") { accessToken } }');
  const token = login.login.accessToken;
  const samples = [];
  for (let n = 0; n < LIVE_COMMENTS; n += 1) {
    const body = `Benchmark comment ${n}`;
    const arrived = Promise.all(viewers.map((socket) => new Promise((resolve) => {
      const onCreated = (event) => {
        if (event.comment?.body !== body) return;
        socket.off('comment:created', onCreated);
        resolve();
      };
      socket.on('comment:created', onCreated);
    })));
    const started = performance.now();
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', variables: { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body } } }),
    });
    await arrived;
    samples.push(performance.now() - started);
  }
  viewers.forEach((socket) => socket.disconnect());
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

async function latency(url, query, variables, token) {
  for (let i = 0; i < 20; i += 1) await post(url, query, variables, token); // warm-up
  const samples = [];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i += 1) samples.push((await timed(() => post(url, query, variables, token))).ms);
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

async function load(url, query, variables) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

// `--pages-only [--data folder]`: only the pages at ten years' scale, printed rather than written to docs/benchmarks.md.
if (process.argv.includes('--pages-only')) {
  const data = await generatedData(argument('--data'));
  try {
    console.log(pagesSection(data, await benchPages(data)));
  } finally {
    if (data.temporary) fs.rmSync(data.dataDir, { recursive: true, force: true });
  }
  process.exit(0);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-bench-'));
const config = loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '', LIVE_ADAPTER: 'postgres', RATE_LIMIT_MUTATIONS_PER_USER: '100000' });
try {
  const cold = await timed(() => startServer(config));
  await cold.result.stop();
  const warm = await timed(() => startServer(config));
  const server = warm.result;
  try {
    const { actionPlans } = await post(server.url, '{ actionPlans { id themes { commitments { id code } } } }');
    const planId = actionPlans[0].id;
    const commitmentId = actionPlans[0].themes[3].commitments[0].id;
    const plan = await latency(server.url, PLAN_PAGE, { id: planId });
    const commitment = await latency(server.url, COMMITMENT_PAGE, { id: commitmentId });
    const planLoad = await load(server.url, PLAN_PAGE, { id: planId });
    const floor = await load(server.url, '{ __typename }', {});
    const live = await liveDelivery(server.url, commitmentId);
    const { login } = await post(server.url, 'mutation { login(email: "admin@example.org", password: "demo-password-1") { accessToken } }');
    const token = login.accessToken;
    const { meetings } = await post(server.url, '{ meetings(when: PAST, first: 1) { edges { node { id } } } }');
    const meetingId = meetings.edges[0].node.id;
    const meetingsPage = await latency(server.url, MEETINGS_PAGE, {});
    const meetingPage = await latency(server.url, MEETING_PAGE, { id: meetingId }, token);
    // The seeded plan is closed; as a plan being implemented its 14 commitments and 22 milestones are all looked at.
    await server.dataSource.query(`UPDATE action_plans SET status = 'IMPLEMENTATION' WHERE number = 3`);
    const suggestions = await latency(server.url, 'query($id: ID!) { suggestAgenda(meetingId: $id) { reason title days } }', { id: meetingId }, token);
    const register = await latency(server.url, REGISTER_PAGE, { planId });
    const reports = await benchReports(server.url, planId);
    await server.stop();
    // The forum after ten years (`--data folder` keeps it for the next run).
    const tenYears = await generatedData(argument('--data'));
    const pages = await benchPages(tenYears).finally(() => tenYears.temporary && fs.rmSync(tenYears.dataDir, { recursive: true, force: true }));
    const fanOut = await benchFanOut();

    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const ms = (value) => `${value.toFixed(1)} ms`;
    const report = `# Benchmarks

Latest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench\` (bench/run.mjs).
Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}.
Database: the embedded PostgreSQL on loopback, seeded with the Korea 3rd NAP (14 commitments). The load generator runs in the
same process as the api on the same 2 cores, so throughput figures are a floor, not a ceiling.

## Start-up

| what | time |
|---|---|
| cold start: initdb, migrate, seed, listen | ${ms(cold.ms)} |
| warm start: existing data folder | ${ms(warm.ms)} |

## GraphQL pages, one request at a time (${SEQUENTIAL_REQUESTS} requests after 20 warm-up)

| page | p50 | p95 | p99 |
|---|---|---|---|
| plan page (themes, 14 commitments, lead organisations, IRM recommendations) | ${ms(plan.p50)} | ${ms(plan.p95)} | ${ms(plan.p99)} |
| commitment page (template fields, milestones, progress updates) | ${ms(commitment.p50)} | ${ms(commitment.p95)} | ${ms(commitment.p99)} |
| past meetings, first page (10 seeded sample meetings with RSVP counts) | ${ms(meetingsPage.p50)} | ${ms(meetingsPage.p95)} | ${ms(meetingsPage.p99)} |
| meeting page as ADMIN (agenda, attendance by sector, published minutes, decisions, action items) | ${ms(meetingPage.p50)} | ${ms(meetingPage.p95)} | ${ms(meetingPage.p99)} |
| suggest agenda (14 commitments, 22 milestones, last updates, proposals, open action items) | ${ms(suggestions.p50)} | ${ms(suggestions.p95)} | ${ms(suggestions.p99)} |
| reasoned-response register (4 proposals with specificity scores) | ${ms(register.p50)} | ${ms(register.p95)} | ${ms(register.p99)} |

## Under load (${CONNECTIONS} connections, ${LOAD_SECONDS} s, autocannon)

| request | requests/s | p50 | p99 | errors |
|---|---|---|---|---|
| plan page | ${planLoad.rps.toFixed(0)} | ${planLoad.p50} ms | ${planLoad.p99} ms | ${planLoad.errors} |
| \`{ __typename }\` (GraphQL floor) | ${floor.rps.toFixed(0)} | ${floor.p50} ms | ${floor.p99} ms | ${floor.errors} |

## Live delivery (${LIVE_VIEWERS} viewers on one commitment, ${LIVE_COMMENTS} comments posted one after another)

From sending \`postComment\` until the last of the ${LIVE_VIEWERS} socket.io clients has the \`comment:created\` event — commit,
thread event, PostgreSQL adapter (LISTEN/NOTIFY) and delivery included.

| p50 | p95 | p99 |
|---|---|---|
| ${ms(live.p50)} | ${ms(live.p95)} | ${ms(live.p99)} |

${reportsSection(reports)}
${pagesSection(tenYears, pages)}
${searchSection(pages.search)}
${fanOutSection(fanOut)}`;
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), report);
    console.log(report);
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
