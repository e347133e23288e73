import { canReadProposal, ProposalStatus, Role, type ProposalReader, type ProposalVisibility } from '@ogp-forum/domain';
import { readableProposalSql } from '../src/proposals/readable-proposals.sql.js';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let commitment1a: string;
let planId: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [{ id: commitment1a, plan_id: planId }] = await server.dataSource.query(`SELECT id, plan_id FROM commitments WHERE code = '1-a'`);
  for (const who of ['admin', 'cso', 'cso2', 'citizen', 'mois']) tokens[who] = (await client.login(`${who}@example.org`)).token;
});
afterAll(() => server.stop());

async function ok(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const SEARCH = `query($query: String!, $kinds: [SearchKind!], $planId: ID, $from: String, $to: String, $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, planId: $planId, from: $from, to: $to, first: $first, after: $after) {
    totalCount totalCountIsExact kinds { kind count }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { kind id title titleKo url score at snippet { text match } } }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  titleKo: string | null;
  url: string;
  score: number;
  at: string;
  snippet: { text: string; match: boolean }[];
}

async function search(query: string, token?: string, variables: Record<string, unknown> = {}) {
  const data = await ok(SEARCH, { query, ...variables }, token);
  return { ...data.search, hits: data.search.edges.map((edge: { node: Hit }) => edge.node) as Hit[] };
}

const ids = async (query: string, token?: string, variables: Record<string, unknown> = {}) => (await search(query, token, variables)).hits.map((hit) => hit.id);
const matched = (hit: Hit) => hit.snippet.filter((segment) => segment.match).map((segment) => segment.text);

async function comment(body: string, token = tokens.cso, subjectType = 'COMMITMENT', subjectId = commitment1a): Promise<string> {
  const data = await ok('mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', { input: { subjectType, subjectId, body } }, token);
  return data.postComment.id;
}

describe('search in English', () => {
  it('finds a comment as soon as it is posted, by the stem of its words, whatever their case and accents', async () => {
    const id = await comment('The ministry PUBLISHED the procurement ledger of the École nationale.');
    for (const query of ['publish', 'publishing', 'Published', 'ecole', 'ÉCOLE', 'procurement ledger']) {
      expect(await ids(query)).toContain(id);
    }
    const [hit] = (await search('publish ledger', undefined, { kinds: ['COMMENT'] })).hits;
    expect(hit).toMatchObject({ kind: 'COMMENT', id, url: `/commitments/${commitment1a}`, title: expect.stringMatching(/^1-a /) });
    expect(matched(hit)).toEqual(['PUBLISHED', 'ledger']);
    expect(hit.snippet.map((segment) => segment.text).join('')).toBe('The ministry PUBLISHED the procurement ledger of the École nationale.');
  });

  it('ranks a title above a mention in passing, and the newest first on equal rank', async () => {
    const older = await comment('What about private universities?');
    const newer = await comment('What about private universities?');
    const hits = (await search('private universities')).hits;
    expect(hits[0]).toMatchObject({ kind: 'COMMITMENT' });
    const order = hits.map((hit) => hit.id);
    expect(order.indexOf(newer)).toBeLessThan(order.indexOf(older));
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('keeps the data as text: markup in a comment comes back as text, never as marked-up HTML', async () => {
    const id = await comment('<img src=x onerror=alert(1)> **budgetary** <b>oversight</b>');
    const [hit] = (await search('oversight budgetary', undefined, { kinds: ['COMMENT'] })).hits;
    expect(hit.id).toBe(id);
    expect(hit.snippet.map((segment) => segment.text).join('')).toBe('<img src=x onerror=alert(1)> budgetary <b>oversight</b>');
    expect(matched(hit)).toEqual(['budgetary', 'oversight']);
  });
});

describe('search in Korean', () => {
  it('finds words with their particles: 정보공개 finds 정보공개를 and 정보공개의, in commitments and comments', async () => {
    const withObject = await comment('부처가 정보공개를 확대했습니다.');
    const withGenitive = await comment('정보공개의 범위가 넓어졌습니다.');
    const apart = await comment('정보 공개 청구가 늘었습니다.');
    const hits = (await search('정보공개')).hits;
    const found = hits.map((hit) => hit.id);
    expect(found).toEqual(expect.arrayContaining([withObject, withGenitive]));
    expect(found).not.toContain(apart);
    const commitment = hits.find((hit) => hit.kind === 'COMMITMENT' && hit.titleKo?.includes('온라인 정보공개 기관 확대'));
    expect(commitment?.url).toMatch(/^\/commitments\//);
    expect(matched(hits.find((hit) => hit.id === withObject)!)).toEqual(['정보공개']);
  });

  it('finds two-syllable words inside longer ones (예산, 회의) and combines Korean with English', async () => {
    const budget = await comment('내년 예산을 다시 검토해야 합니다.');
    const meeting = await comment('다음 회의에서 OGP 예산 문제를 다룹니다.');
    expect(await ids('예산', undefined, { kinds: ['COMMENT'] })).toEqual(expect.arrayContaining([budget, meeting]));
    expect(await ids('회의', undefined, { kinds: ['COMMENT'] })).toContain(meeting);
    expect(await ids('회의', undefined, { kinds: ['COMMENT'] })).not.toContain(budget);
    expect(await ids('OGP 예산', undefined, { kinds: ['COMMENT'] })).toEqual([meeting]);
    const [hit] = (await search('OGP 회의', undefined, { kinds: ['COMMENT'] })).hits;
    expect(matched(hit)).toEqual(['회의', 'OGP']);
  });

  it('narrows a two-syllable word through the GIN index, also for comments written in bulk', async () => {
    // Written as a generator would, straight into the table: the trigger indexes them too.
    await server.dataSource.query(
      `INSERT INTO comments (subject_type, subject_id, seq, body, created_at)
       SELECT 'COMMITMENT', $1, 100000 + g, CASE WHEN g % 5000 = 0 THEN '지방 협치 위원회 ' || g ELSE 'Routine note number ' || g || ' about the portal' END, now()
       FROM generate_series(1, 20000) g`,
      [commitment1a],
    );
    await server.dataSource.query('ANALYZE comments');
    expect((await search('협치', undefined, { kinds: ['COMMENT'] })).totalCount).toBe(4);
    // The index itself narrows 협치 down to its rows: a trigram index would hand every row to the recheck (no trigram
    // in two syllables). Sequential scans are turned off so that the plan shows the index, whatever the table's size.
    const runner = server.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL enable_seqscan = off');
      const [{ 'QUERY PLAN': [plan] }] = await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM comments WHERE search_vector @@ to_tsquery('simple', '협치')`);
      const scan = JSON.stringify(plan.Plan);
      expect(scan).toContain('"Index Name":"IDX_comments_search"');
      const indexScan = (node: any): any => (node['Node Type'] === 'Bitmap Index Scan' ? node : node.Plans?.map(indexScan).find(Boolean));
      expect(indexScan(plan.Plan)['Actual Rows']).toBe(4);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('what the search shows to whom', () => {
  let hidden: string;
  let draftProposal: string;
  let draftMinutes: string;
  let groupComment: string;

  beforeAll(async () => {
    hidden = await comment('Kumquat telephone number of a private person.', tokens.cso);
    await ok('mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }', { input: { id: hidden, reason: 'Personal data' } }, tokens.admin);

    const [{ id: nextPlan }] = await server.dataSource.query(
      `INSERT INTO action_plans (number, title, period_start, period_end, status) VALUES (4, '4th National Action Plan', '2018-09-01', '2020-08-31', 'CO_CREATION') RETURNING id`,
    );
    const created = await ok('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input: { planId: nextPlan, title: 'Kumquat registry of lobbyists' } }, tokens.cso);
    draftProposal = created.createProposal.id;

    [{ id: draftMinutes }] = await server.dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at, status, minutes_status, minutes_summary)
       VALUES ('REGULAR', 'Forum meeting', now() - interval '2 days', now() - interval '2 days' + interval '2 hours', 'HELD', 'DRAFT', 'Kumquat: the draft says the ministry will publish the list.') RETURNING id`,
    );
    const [{ id: group }] = await server.dataSource.query(`INSERT INTO working_groups (plan_id, name) VALUES ($1, 'Lobbying') RETURNING id`, [nextPlan]);
    groupComment = await comment('Kumquat: members only, for now.', tokens.admin, 'WORKING_GROUP', group);
  });

  it('never returns a hidden comment, a draft proposal, draft minutes or a working-group thread to a visitor or a citizen', async () => {
    for (const token of [undefined, tokens.citizen]) {
      const found = await ids('kumquat', token);
      expect(found).toEqual([]);
      expect((await search('kumquat', token)).totalCount).toBe(0);
    }
  });

  it("shows another organisation's CSO member the draft minutes and the working group, never the draft proposal or the hidden comment", async () => {
    const found = await ids('kumquat', tokens.cso2);
    expect(found.sort()).toEqual([draftMinutes, groupComment].sort());
  });

  it("shows the author's organisation its draft proposal; nobody the hidden comment, not even the secretariat", async () => {
    expect(await ids('kumquat', tokens.cso)).toEqual(expect.arrayContaining([draftProposal, draftMinutes, groupComment]));
    expect(await ids('kumquat', tokens.cso)).not.toContain(hidden);
    expect(await ids('kumquat', tokens.admin)).not.toContain(hidden);
    expect(await ids('kumquat', tokens.admin)).not.toContain(draftProposal);
  });

  it('finds the minutes once published, for everyone', async () => {
    await server.dataSource.query(`UPDATE meetings SET minutes_status = 'PUBLISHED', minutes_published_at = now() WHERE id = $1`, [draftMinutes]);
    const [hit] = (await search('kumquat')).hits;
    expect(hit).toMatchObject({ kind: 'MINUTES', id: draftMinutes, url: `/meetings/${draftMinutes}` });
    await server.dataSource.query(`UPDATE meetings SET minutes_status = 'DRAFT', minutes_published_at = NULL WHERE id = $1`, [draftMinutes]);
  });
});

describe('filters and pages', () => {
  it('filters by kind, plan and dates, and counts each kind', async () => {
    const all = await search('information');
    expect(all.kinds.map((kind: { kind: string }) => kind.kind)).toEqual(expect.arrayContaining(['COMMITMENT', 'IRM_RECOMMENDATION']));
    const commitments = await search('information', undefined, { kinds: ['COMMITMENT'], first: 100 });
    expect(new Set(commitments.hits.map((hit) => hit.kind))).toEqual(new Set(['COMMITMENT']));
    expect(commitments.totalCount).toBe(all.kinds.find((kind: { kind: string }) => kind.kind === 'COMMITMENT').count);
    const [{ id: otherPlan }] = await server.dataSource.query(`SELECT id FROM action_plans WHERE id <> $1 LIMIT 1`, [planId]);
    expect((await search('information', undefined, { planId: otherPlan, kinds: ['COMMITMENT'] })).totalCount).toBe(0);
    expect((await search('information', undefined, { planId, kinds: ['COMMITMENT'] })).totalCount).toBe(commitments.totalCount);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date()); // the forum's day
    const id = await comment('A dated remark on procurement dashboards.');
    expect(await ids('dashboards', undefined, { from: today, to: today })).toContain(id);
    expect(await ids('dashboards', undefined, { to: '2020-01-01' })).not.toContain(id);
  });

  it('pages through the hits with cursors, each hit once, in the order of the first page', async () => {
    const whole = await search('information', undefined, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await search('information', undefined, { first: 7, after });
      seen.push(...page.hits.map((hit) => hit.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(whole.hits.map((hit) => hit.id));
    expect(seen.length).toBe(whole.totalCount);
  });

  it('answers nothing, not an error, for a query of stop words only', async () => {
    expect((await search('the of and')).totalCount).toBe(0);
  });

  it.each`
    variables                                              | field
    ${{ query: '   ' }}                                    | ${'query'}
    ${{ query: 'x'.repeat(201) }}                          | ${'query'}
    ${{ query: 'budget', first: 0 }}                       | ${'first'}
    ${{ query: 'budget', first: 101 }}                     | ${'first'}
    ${{ query: 'budget', after: 'not-a-cursor' }}          | ${'after'}
    ${{ query: 'budget', after: 'WyIxIiwieCIsInkiXQ' }}     | ${'after'}
    ${{ query: 'budget', planId: 'plan-3' }}               | ${'planId'}
    ${{ query: 'budget', from: '2026-02-30' }}             | ${'from'}
    ${{ query: 'budget', from: '2026-03-02', to: '2026-03-01' }} | ${'from'}
  `('refuses $variables as BAD_USER_INPUT naming $field', async ({ variables, field }) => {
    const answer = await client.call(SEARCH, variables);
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.extensions?.field).toBe(field);
  });
});

describe('who reads a proposal, in SQL', () => {
  it('agrees with canReadProposal for every status, reader and organisation', async () => {
    const [own, cosponsor, other, person] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'];
    const proposals: ProposalVisibility[] = Object.values(ProposalStatus).flatMap((status) =>
      [null, '2018-01-01T00:00:00Z'].map((submittedAt) => ({ status, submittedAt, organizationId: own, proposerId: person, coSponsorOrganizationIds: [cosponsor] })),
    );
    const readers: (ProposalReader | null)[] = [null];
    for (const role of Object.values(Role)) for (const organizationId of [own, cosponsor, other, null]) readers.push({ id: '55555555-5555-4555-8555-555555555555', role, organizationId });
    readers.push({ id: person, role: Role.CITIZEN, organizationId: null });
    const sql = readableProposalSql('p', { id: '$1', organizationId: '$2', member: '$3' });
    for (const reader of readers) {
      const member = reader !== null && reader.role !== Role.CITIZEN;
      for (const proposal of proposals) {
        const [{ readable }] = await server.dataSource.query(
          `SELECT ${sql} AS readable FROM (SELECT $4::proposal_status AS status, $5::timestamptz AS submitted_at, $6::uuid AS organization_id, $7::uuid AS proposer_id, $8::uuid[] AS co_sponsor_organization_ids) p`,
          [reader?.id ?? null, reader?.organizationId ?? null, member, proposal.status, proposal.submittedAt, proposal.organizationId, proposal.proposerId, proposal.coSponsorOrganizationIds],
        );
        expect({ reader, proposal, readable: readable === true }).toEqual({ reader, proposal, readable: canReadProposal(reader, proposal) });
      }
    }
  });
});
