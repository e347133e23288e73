// Search latency (issue 12): p50/p99 of `search` over GraphQL for one-word English, two-syllable Korean and multi-word
// queries, on whatever data the database holds. `benchSearch(url, { dataSource })` measures a running api (the data
// source, optional, only counts the rows searched); `searchSection(result)` writes the Markdown.
// `node bench/search.mjs` (after `npm run build`) runs it alone: its own server over a temporary embedded PostgreSQL,
// filled first with SEARCH_BENCH_COMMENTS (default 500,000) generated comments in English and Korean.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { percentile } from './measure.mjs';

/** Requests per kind of query, one at a time, after WARM_UP unmeasured ones. */
export const SEARCH_REQUESTS = 100;
const WARM_UP = 10;

/** The queries, cycled through; a forum's common words and rare ones, the Korean ones inside longer words. */
export const SEARCH_QUERIES = {
  'one-word English': ['budget', 'transparency', 'procurement', 'published', 'whistleblower', 'universities', 'evidence', 'petition'],
  'two-syllable Korean': ['예산', '회의', '공개', '시민', '감사', '청원', '협치', '대학'],
  'multi-word': ['open data portal', 'public procurement contract', '정보공개 요청', 'budget 예산', 'civil society participation', '사립대학 정보공개'],
};

const SEARCH = `query($query: String!, $after: String) { search(query: $query, first: 20, after: $after) {
  totalCount totalCountIsExact pageInfo { endCursor } edges { node { kind id title url score snippet { text match } } } } }`;

async function search(url, query) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    // Built afresh each time: an anonymous read would otherwise be answered from the page cache after the first.
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({ query: SEARCH, variables: { query } }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`search ${query}: ${JSON.stringify(body.errors)}`);
  return body.data.search;
}

/** Measures each kind of query; `dataSource` (a TypeORM DataSource or pg client), when given, counts the rows. */
export async function benchSearch(url, { dataSource } = {}) {
  const rows = dataSource
    ? Object.fromEntries(
        await Promise.all(
          ['comments', 'commitments', 'progress_updates', 'proposals', 'meetings', 'attachments'].map(async (table) => [table, Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n)]),
        ),
      )
    : null;
  const kinds = {};
  for (const [kind, queries] of Object.entries(SEARCH_QUERIES)) {
    const matches = {};
    for (const query of queries) {
      const first = await search(url, query);
      matches[query] = `${first.totalCount}${first.totalCountIsExact ? '' : '+'}`;
    }
    for (let i = 0; i < WARM_UP; i += 1) await search(url, queries[i % queries.length]);
    const samples = [];
    for (let i = 0; i < SEARCH_REQUESTS; i += 1) {
      const started = performance.now();
      await search(url, queries[i % queries.length]);
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    kinds[kind] = { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), max: samples.at(-1), matches };
  }
  return { rows, kinds };
}

export function searchSection(result) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const rows = result.rows
    ? `over ${result.rows.comments.toLocaleString('en')} comments, ${result.rows.commitments} commitments, ${result.rows.progress_updates} progress updates, ` +
      `${result.rows.proposals} proposals, ${result.rows.meetings} meetings and ${result.rows.attachments} documents`
    : 'over the data of the api measured';
  const table = Object.entries(result.kinds)
    .map(([kind, m]) => `| ${kind} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${ms(m.max)} | ${m.p99 <= 100 ? 'yes' : 'no'} |`)
    .join('\n');
  const matches = Object.entries(result.kinds)
    .map(([kind, m]) => `- ${kind}: ${Object.entries(m.matches).map(([query, n]) => `\`${query}\` ${n}`).join(', ')}`)
    .join('\n');
  return `## Search (${SEARCH_REQUESTS} requests per kind of query, one at a time, after ${WARM_UP} warm-up)

\`search(query, first: 20)\` as an anonymous visitor, every kind searched, ${rows}. Each request ranks the newest
1,000 matches of each kind readable by the caller, returns the first page with snippets, and counts the hits per kind.
Goal on the 2-core machine: p99 ≤ 100 ms.

| query | p50 | p95 | p99 | slowest | p99 ≤ 100 ms |
|---|---|---|---|---|---|
${table}

Hits per query (\`+\`: more matches than are ranked, the count is of those ranked):
${matches}
`;
}

/**
 * Fills the comments of a fresh database as a generator would, straight into the table (the search trigger indexes
 * each row): `count` comments of 8–30 words drawn from an English and a Korean vocabulary, half and half, on the 3rd
 * NAP's commitments, spread over two years. Korean words come with and without particles.
 */
export async function fillComments(dataSource, count, log = () => undefined) {
  const english = `budget transparency open data portal citizens participation published report disclosure information access public
    meeting proposal commitment government civil society forum review progress milestone delay evidence law regulation audit accountability
    procurement contract website release request response agency university private school hospital local council election petition
    survey feedback monitoring evaluation implementation plan action national assembly committee integrity corruption whistleblower
    complaint service digital platform standard format dataset archive record minutes agenda schedule training workshop guideline
    policy reform spending revenue tax grant subsidy ministry universities transparent publishing published reviewed`.split(/\s+/);
  const korean = `예산 예산을 예산의 회의 회의에서 회의록 정보공개 정보공개를 정보공개의 시민 시민사회 시민사회를 참여 투명성 공공데이터 개방
    정부 정부는 부처 위원회 보고서 제안 제안을 이행 점검 지연 증거 법률 규정 감사 감사원 책임성 조달 계약 누리집 공개 공개를 요청
    응답 기관 기관의 대학 사립대학 사립대학의 학교 병원 지방 의회 선거 청원 청원을 설문 의견 모니터링 평가 계획 국가 부패 신고 민원
    서비스 디지털 플랫폼 표준 형식 자료 자료를 기록 안건 일정 교육 지침 정책 개혁 지출 세입 세금 보조금 협치`.split(/\s+/);
  const batch = 50_000;
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done);
    await dataSource.query(
      `WITH commitments AS (SELECT array_agg(id ORDER BY code) AS ids FROM commitments)
       INSERT INTO comments (subject_type, subject_id, seq, body, created_at)
       SELECT 'COMMITMENT', c.ids[1 + (g % array_length(c.ids, 1))], 1000000 + g,
         (SELECT string_agg(CASE WHEN random() < 0.5 THEN ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int]
                                 ELSE ($3::text[])[1 + floor(random() * array_length($3::text[], 1))::int] END, ' ')
          FROM generate_series(1, 8 + (g * 7) % 23) w),
         now() - (random() * interval '730 days')
       FROM commitments c, generate_series($1::int + 1, $1::int + $4::int) g`,
      [done, english, korean, size],
    );
    log(`search bench: ${done + size} comments written`);
  }
  await dataSource.query('ANALYZE comments');
}

// Run alone: its own server over a temporary embedded PostgreSQL, filled, the section printed.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { loadConfig } = await import('../apps/api/dist/config/config.js');
  const { startServer } = await import('../apps/api/dist/server.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-bench-'));
  const server = await startServer(loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '', LIVE_ADAPTER: 'memory' }));
  try {
    const target = Number(process.env.SEARCH_BENCH_COMMENTS ?? 500_000);
    const [{ n }] = await server.dataSource.query('SELECT count(*)::int AS n FROM comments');
    const started = performance.now();
    if (n < target) await fillComments(server.dataSource, target - n, (line) => console.error(line));
    console.error(`search bench: filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    console.log(searchSection(await benchSearch(server.url, { dataSource: server.dataSource })));
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
