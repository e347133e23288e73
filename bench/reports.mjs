// The time to build the 3rd NAP's end-of-term self-assessment, in each format, against two baselines measured in the
// same run: GET /health (the HTTP floor: one SELECT 1) and the plan page over GraphQL (much of the same data, no report).
// bench/run.mjs includes it; `node bench/reports.mjs` (after `npm run build`) runs this part alone on its own server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { percentile } from './measure.mjs';

export const REPORT_REQUESTS = 50;

const PLAN_PAGE = `query Plan($id: ID!) { actionPlan(id: $id) {
  title completionCounts { completed substantial incorporated total }
  themes { position title titleKo commitments { id code title titleKo completion delayedMilestoneCount stale
    incorporatedInto { id code } leadOrganization { id name nameKo } } }
  irmRecommendations { id number text status governmentResponse } } }`;

/** Sequential requests after 5 warm-up ones; each is read to its last byte. */
async function measure(request) {
  for (let i = 0; i < 5; i += 1) await request();
  const samples = [];
  let bytes = 0;
  for (let i = 0; i < REPORT_REQUESTS; i += 1) {
    const started = performance.now();
    bytes = await request();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), bytes };
}

async function get(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.arrayBuffer()).byteLength;
}

export async function benchReports(url, planId) {
  const report = (format) => () => get(`${url}/reports/plans/${planId}/self-assessment.${format}`);
  const planPage = async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PLAN_PAGE, variables: { id: planId } }) });
    return (await response.arrayBuffer()).byteLength;
  };
  return {
    health: await measure(() => get(`${url}/health`)),
    planPage: await measure(planPage),
    html: await measure(report('html')),
    md: await measure(report('md')),
    docx: await measure(report('docx')),
  };
}

export function reportsSection(r) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const kb = (bytes) => `${Math.round(bytes / 1024)} kB`;
  const row = (name, m) => `| ${name} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${kb(m.bytes)} |`;
  return `## Self-assessment report (${REPORT_REQUESTS} requests one at a time after 5 warm-up)

The 3rd NAP's end-of-term report, generated at request time: 14 commitments with their template fields, 22 milestones,
13 progress updates, 5 IRM recommendations, 4 proposals, 10 meetings, the narrative sections; assembled in libs/domain
and rendered by the api. The two baselines are measured in the same run.

| request | p50 | p95 | p99 | size |
|---|---|---|---|---|
${row('baseline: `GET /health` (HTTP floor, one `SELECT 1`)', r.health)}
${row('baseline: plan page over GraphQL (themes, 14 commitments, IRM recommendations)', r.planPage)}
${row('report as HTML', r.html)}
${row('report as Markdown', r.md)}
${row('report as DOCX', r.docx)}
`;
}

// Run alone: its own server over a temporary embedded PostgreSQL, the section printed.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { loadConfig } = await import('../apps/api/dist/config/config.js');
  const { startServer } = await import('../apps/api/dist/server.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-bench-'));
  const server = await startServer(loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '', LIVE_ADAPTER: 'memory' }));
  try {
    const [{ id }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
    console.log(reportsSection(await benchReports(server.url, id)));
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
