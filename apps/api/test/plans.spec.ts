import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { graphql } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let planId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { data } = await graphql(server, '{ actionPlans { id number } }');
  planId = data!.actionPlans.find((plan: { number: number }) => plan.number === 3).id;
});
afterAll(() => server.stop());

const PLAN_PAGE = `
  query Plan($id: ID!) {
    actionPlan(id: $id) {
      title periodStart periodEnd status
      completionCounts { completed substantial limited notStarted withdrawn incorporated total }
      themes { position title commitments { code completion incorporatedInto { code } leadOrganization { key } milestones { title end completion delayed } } }
      irmRecommendations { number text status governmentResponse }
    }
  }`;

describe('the 3rd National Action Plan', () => {
  it('has its 6 themes and 14 commitments, completed as the end-of-term report says', async () => {
    const { data, errors } = await graphql(server, PLAN_PAGE, { id: planId });
    expect(errors).toBeUndefined();
    const plan = data!.actionPlan;
    expect(plan).toMatchObject({ periodStart: '2016-10-01', periodEnd: '2018-06-30', status: 'CLOSED' });
    expect(plan.completionCounts).toEqual({
      completed: 12,
      substantial: 1,
      limited: 0,
      notStarted: 0,
      withdrawn: 0,
      incorporated: 1,
      total: 14,
    });
    expect(plan.themes.map((theme: { position: number }) => theme.position)).toEqual([1, 2, 3, 4, 5, 6]);
    const commitments = plan.themes.flatMap((theme: { commitments: unknown[] }) => theme.commitments);
    expect(commitments.map((c: { code: string }) => c.code)).toEqual([
      '1-a', '1-b', '1-c', '2-a', '2-b', '2-c', '2-d', '3-a', '4-a', '4-b', '4-c', '5-a', '6-a', '6-b',
    ]);
    const byCode = Object.fromEntries(commitments.map((c: { code: string }) => [c.code, c]));
    expect(byCode['4-a'].completion).toBe('SUBSTANTIAL');
    expect(byCode['4-c'].incorporatedInto).toEqual({ code: '4-b' });
    expect(byCode['5-a'].leadOrganization.key).toBe('acrc');
    expect(byCode['6-a'].leadOrganization.key).toBe('opgc');
    expect(byCode['1-a'].leadOrganization.key).toBe('mois');
    expect(commitments.every((c: { milestones: unknown[] }) => c.milestones.length > 0)).toBe(true);
  });

  it('carries the five IRM recommendations with the government\'s responses', async () => {
    const { data } = await graphql(server, PLAN_PAGE, { id: planId });
    const recommendations = data!.actionPlan.irmRecommendations;
    expect(recommendations.map((r: { number: number }) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(recommendations[0].text).toBe('Include highly specific, ambitious and relevant commitments');
    expect(recommendations[1].governmentResponse).toContain('disclosing the meeting results');
  });

  it('flags a milestone as delayed only when its end date passed without completion', async () => {
    const { data } = await graphql(server, PLAN_PAGE, { id: planId });
    const milestones = data!.actionPlan.themes.flatMap((t: any) => t.commitments.flatMap((c: any) => c.milestones));
    for (const milestone of milestones) {
      expect(milestone.delayed).toBe(milestone.completion !== 'COMPLETED' && milestone.completion !== 'WITHDRAWN');
    }
  });
});

describe('commitment(id)', () => {
  it('returns the OGP template fields and the milestones in order', async () => {
    const { data: list } = await graphql(server, 'query($p: ID!) { commitments(planId: $p, first: 100) { edges { node { id code } } } }', { p: planId });
    const id = list!.commitments.edges.find((e: any) => e.node.code === '1-a').node.id;
    const { data, errors } = await graphql(
      server,
      `query($id: ID!) { commitment(id: $id) { code title publicProblem description howItSolves ogpValues nextSteps involvedActors contact
         theme { position } plan { number } milestones { position start end completion } progressUpdates { completion body } } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    const commitment = data!.commitment;
    expect(commitment.title).toBe('Increasing the number of organizations disclosing information online');
    expect(commitment.publicProblem).toContain('integrated information disclosure system');
    expect(commitment.ogpValues).toContain('ACCESS_TO_INFORMATION');
    expect(commitment.contact).toContain('Park Seong-Hyeon');
    expect(commitment.theme.position).toBe(1);
    expect(commitment.plan.number).toBe(3);
    expect(commitment.milestones[0]).toMatchObject({ position: 1, start: '2016-07-01', end: '2017-12-31', completion: 'COMPLETED' });
    expect(commitment.progressUpdates[0].body).toContain('280 private universities');
  });

  it('answers NOT_FOUND for an id that does not exist and BAD_USER_INPUT for one that is not an id', async () => {
    const missing = await graphql(server, '{ commitment(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const malformed = await graphql(server, '{ commitment(id: "1-a") { id } }');
    expect(malformed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('commitments(planId, filter, first, after)', () => {
  const PAGE = `query($p: ID!, $first: Int, $after: String, $filter: CommitmentFilter) {
    commitments(planId: $p, first: $first, after: $after, filter: $filter) {
      totalCount edges { cursor node { code completion theme { id position } leadOrganization { id key } } } pageInfo { hasNextPage endCursor }
    } }`;

  it('pages through all 14 commitments once each, in code order', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data, errors } = await graphql(server, PAGE, { p: planId, first: 5, after });
      expect(errors).toBeUndefined();
      expect(data!.commitments.totalCount).toBe(14);
      codes.push(...data!.commitments.edges.map((e: any) => e.node.code));
      after = data!.commitments.pageInfo.hasNextPage ? data!.commitments.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(codes).toHaveLength(14);
    expect(new Set(codes).size).toBe(14);
    expect([...codes].sort()).toEqual(codes);
  });

  it('filters by theme, lead organisation and completion', async () => {
    const all = (await graphql(server, PAGE, { p: planId, first: 100 })).data!.commitments.edges.map((e: any) => e.node);
    const theme2 = all.find((c: any) => c.theme.position === 2).theme.id;
    const byTheme = await graphql(server, PAGE, { p: planId, first: 100, filter: { themeId: theme2 } });
    expect(byTheme.data!.commitments.edges.map((e: any) => e.node.code)).toEqual(['2-a', '2-b', '2-c', '2-d']);

    const opgc = all.find((c: any) => c.leadOrganization.key === 'opgc').leadOrganization.id;
    const byLead = await graphql(server, PAGE, { p: planId, first: 100, filter: { leadOrganizationId: opgc } });
    expect(byLead.data!.commitments.edges.map((e: any) => e.node.code)).toEqual(['6-a', '6-b']);

    const substantial = await graphql(server, PAGE, { p: planId, first: 100, filter: { completion: 'SUBSTANTIAL' } });
    expect(substantial.data!.commitments.totalCount).toBe(1);
    expect(substantial.data!.commitments.edges[0].node.code).toBe('4-a');

    const both = await graphql(server, PAGE, { p: planId, first: 100, filter: { themeId: theme2, completion: 'SUBSTANTIAL' } });
    expect(both.data!.commitments).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each`
    variables                         | field
    ${{ first: 0 }}                   | ${'first'}
    ${{ first: 101 }}                 | ${'first'}
    ${{ first: 5, after: 'bogus!' }}  | ${'after'}
  `('refuses $variables with BAD_USER_INPUT naming $field', async ({ variables, field }) => {
    const { data, errors } = await graphql(server, PAGE, { p: planId, ...variables });
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('errors', () => {
  it('answers malformed and invalid queries with BAD_USER_INPUT and never a stack trace', async () => {
    for (const query of ['{ actionPlans { id ', '{ actionPlans { nonsense } }', '{ commitments(planId: 5) { totalCount } }']) {
      const response = await request(server.url).post('/graphql').send({ query });
      const errors = response.body.errors as { extensions: Record<string, unknown> }[];
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|\s+at\s+\S+\s+\(/);
    }
  });
});

describe('HTTP', () => {
  it('GET /health answers 200 with the database state', async () => {
    const response = await request(server.url).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { state: 'up' } });
  });

  it('tags every response with a request id, keeping the one the caller sent', async () => {
    const response = await request(server.url).get('/health').set('x-request-id', 'trace-me-123');
    expect(response.headers['x-request-id']).toBe('trace-me-123');
    const generated = await request(server.url).post('/graphql').send({ query: '{ __typename }' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web app for page addresses on the same port', async () => {
    const page = await request(server.url).get('/plans/anything').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root"></div>');
  });
});
