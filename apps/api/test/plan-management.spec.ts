import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let admin: string;
let cso: string;
let client: ReturnType<typeof clientFor>;

const CREATE = 'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id number status } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateActionPlanInput!) { updateActionPlan(id: $id, input: $input) { id title titleKo periodStart periodEnd dueOn } }';

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [admin, cso] = (await Promise.all([client.login('admin@example.org'), client.login('cso@example.org')])).map((login) => login.token);
});
afterAll(() => server.stop());

describe('the secretariat manages plans', () => {
  let fourth: string;

  it('opens two plans for co-creation at once: a forum may start on the next plan before the current draft is adopted', async () => {
    fourth = (await ok(CREATE, { input: { number: 4, title: '4th National Action Plan', periodStart: '2027-09-01', periodEnd: '2029-08-31' } }, admin)).createActionPlan.id;
    const fifth = (await ok(CREATE, { input: { number: 5, title: '5th National Action Plan', periodStart: '2029-09-01', periodEnd: '2031-08-31' } }, admin)).createActionPlan;
    expect(fifth.status).toBe('CO_CREATION');
    const plans = (await ok('{ actionPlans { number status } }', {}, admin)).actionPlans;
    expect(plans.filter((plan: { status: string }) => plan.status === 'CO_CREATION').map((plan: { number: number }) => plan.number).sort()).toEqual([4, 5]);
  });

  it('corrects a plan\'s titles and period, and the audit log says who changed what', async () => {
    const input = { title: '4th National Action Plan (2027–2029)', titleKo: '제4차 국가실행계획 (2027–2029)', periodStart: '2027-10-01', periodEnd: '2029-09-30' };
    const updated = (await ok(UPDATE, { id: fourth, input }, admin)).updateActionPlan;
    expect(updated).toMatchObject(input);
    expect(updated.dueOn).toBe('2027-08-31');
    const [event] = await server.dataSource.query(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 AND action = 'plan.updated'`, [fourth]);
    expect(event.before).toMatchObject({ title: '4th National Action Plan', periodStart: '2027-09-01' });
    expect(event.after).toMatchObject(input);
  });

  it('refuses a period that ends before it starts, blank titles, other roles, visitors and a closed plan, changing nothing', async () => {
    const input = { title: '4th National Action Plan', periodStart: '2027-10-01', periodEnd: '2029-09-30' };
    expect(errorCode(await client.call(UPDATE, { id: fourth, input: { ...input, periodEnd: '2027-09-30' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.call(UPDATE, { id: fourth, input: { ...input, title: '   ' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.call(UPDATE, { id: fourth, input }, { token: cso }))).toBe('FORBIDDEN');
    expect(errorCode(await client.call(UPDATE, { id: fourth, input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.call(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input }, { token: admin }))).toBe('NOT_FOUND');
    const [nap3] = await server.dataSource.query('SELECT id, title FROM action_plans WHERE number = 3');
    expect(errorCode(await client.call(UPDATE, { id: nap3.id, input: { ...input, title: 'Renamed' } }, { token: admin }))).toBe('CONFLICT');
    const [plan] = await server.dataSource.query('SELECT title, period_end::text AS "periodEnd" FROM action_plans WHERE id = $1', [fourth]);
    expect(plan).toEqual({ title: '4th National Action Plan (2027–2029)', periodEnd: '2029-09-30' });
    expect((await server.dataSource.query('SELECT title FROM action_plans WHERE id = $1', [nap3.id]))[0].title).toBe(nap3.title);
  });
});
