import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer, TestClock } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
const clock = new TestClock();
let nap3: string;
/** The day the seeded basic rules were saved, in Seoul. */
let rulesDay: string;

beforeAll(async () => {
  server = await startTestServer({}, clock);
  client = clientFor(server);
  nap3 = (await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3'))[0].id;
  rulesDay = (await server.dataSource.query(`SELECT to_char(max(updated_at) AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD') AS day FROM forum_rules`))[0].day;
});
afterAll(() => server.stop());

const PANEL = `query($planId: ID!, $lang: Locale) { ogpCompliance(planId: $planId) {
  asOf requirements { code requirement status reason nextDueOn title(lang: $lang) explanation(lang: $lang) evidence { kind label url date } }
} }`;

interface Row {
  code: string;
  status: string;
  reason: string;
  nextDueOn: string | null;
  title: string;
  explanation: string;
  evidence: { kind: string; label: string; url: string; date: string | null }[];
}

/** The panel as an anonymous visitor sees it, by standard number. */
async function panel(lang = 'en') {
  const answer = await client.call(PANEL, { planId: nap3, lang });
  expect(answer.body.errors).toBeUndefined();
  const { asOf, requirements } = answer.body.data.ogpCompliance as { asOf: string; requirements: Row[] };
  return { asOf, rows: Object.fromEntries(requirements.map((row) => [row.code, row])) as Record<string, Row> };
}

describe('the seeded 3rd NAP (closed), judged over its own term', () => {
  beforeAll(() => clock.set('2026-05-01T00:00:00Z'));

  it('is judged as of the last day of its term, 30 June 2018, one row per requirement', async () => {
    const { asOf, rows } = await panel();
    expect(asOf).toBe('2018-06-30');
    expect(Object.keys(rows)).toEqual(['1.1', '2.1', '2.2', '3.1', '4.1', '5.1']);
    // A closed term has nothing more due.
    expect(Object.values(rows).map((row) => row.nextDueOn)).toEqual([null, null, null, null, null, null]);
  });

  it('1.1: the sample monthly meetings (Sept 2017 – June 2018) meet the six-month rule, each a link with its date, and the seeded basic rules are public', async () => {
    const { rows } = await panel();
    expect(rows['1.1']).toMatchObject({ status: 'MET', reason: 'MEETING_WITHIN_SIX_MONTHS' });
    expect(rows['1.1'].explanation).toBe(`The last meeting was held on 2018-06-21; 10 meetings were held in the term. The basic rules are public (updated ${rulesDay}).`);
    expect(rows['1.1'].evidence.map((e) => e.date)).toEqual([
      '2018-06-21', '2018-05-17', '2018-04-19', '2018-03-15', '2018-02-22', '2018-01-18', '2017-12-21', '2017-11-16', '2017-10-19', '2017-09-21', rulesDay,
    ]);
    expect(rows['1.1'].evidence.at(-1)).toEqual({ kind: 'RULES', label: 'basic rules', url: '/forum/rules', date: rulesDay });
    expect(rows['1.1'].evidence[0]).toMatchObject({ kind: 'MEETING', label: 'Monthly meeting — June 2018', url: expect.stringMatching(/^\/meetings\/[0-9a-f-]{36}$/) });
  });

  it('2.1 and 2.2: the public pages, and minutes published within six months of the end of the term', async () => {
    const { rows } = await panel();
    expect(rows['2.1']).toMatchObject({ status: 'MET', evidence: [{ kind: 'PLAN', url: `/plans/${nap3}` }, { kind: 'MEETINGS', url: '/meetings' }] });
    expect(rows['2.2']).toMatchObject({ status: 'MET', reason: 'REPOSITORY_UPDATED_RECENTLY' });
    // The ministries' progress reported on 30 June 2018, and the June minutes published a week after the meeting.
    expect(rows['2.2'].evidence[0]).toMatchObject({ kind: 'PROGRESS_UPDATE', date: '2018-06-30', url: expect.stringMatching(/^\/commitments\//) });
    expect(rows['2.2'].evidence).toContainEqual({ kind: 'MINUTES', label: 'Monthly meeting — June 2018', url: expect.stringMatching(/^\/meetings\//), date: '2018-06-28' });
  });

  it('3.1: not applicable, the plan was co-created before the platform and no calendar is recorded', async () => {
    const { rows } = await panel();
    expect(rows['3.1']).toMatchObject({ status: 'NOT_APPLICABLE', reason: 'NO_CALENDAR_RECORDED', evidence: [] });
  });

  it('5.1: at least two meetings with published minutes in the last year of the term', async () => {
    const { rows } = await panel();
    expect(rows['5.1']).toMatchObject({ status: 'MET', reason: 'TWO_MEETINGS_IN_YEAR' });
    expect(rows['5.1'].evidence).toHaveLength(10);
  });

  it('speaks Korean when asked', async () => {
    const { rows } = await panel('ko');
    expect(rows['4.1'].title).toBe('모든 제안에 대한 이유를 밝힌 답변');
    expect(rows['1.1'].explanation).toBe(`마지막 회의는 2018-06-21에 열렸고, 기간 중 10회의 회의가 열렸습니다. 기본 운영규칙이 공개되어 있습니다(${rulesDay} 갱신).`);
  });
});

describe('1.1: the basic rules must be public', () => {
  const SAVE = 'mutation($input: SaveForumRulesInput!) { saveForumRules(input: $input) { version updatedAt } }';

  it('rules emptied in both languages turn 1.1 to missed, linking to the rules page; written again, it is met', async () => {
    clock.set('2026-05-01T00:00:00Z');
    const admin = (await client.login('admin@example.org')).token;
    for (const locale of ['en', 'ko']) {
      const saved = await client.call(SAVE, { input: { locale, text: '  ', baseVersion: 1 } }, { token: admin });
      expect(saved.body.errors).toBeUndefined();
    }
    let { rows } = await panel();
    expect(rows['1.1']).toMatchObject({ status: 'MISSED', reason: 'BASIC_RULES_NOT_PUBLISHED', explanation: 'The forum met on 2018-06-21, but its basic rules are not published.' });
    expect(rows['1.1'].evidence.at(-1)).toEqual({ kind: 'RULES', label: 'basic rules', url: '/forum/rules', date: null });

    const saved = await client.call(SAVE, { input: { locale: 'ko', text: '# 기본 운영규칙\n\n포럼은 매월 회의를 엽니다.', baseVersion: 2 } }, { token: admin });
    expect(saved.body.data.saveForumRules.version).toBe(3);
    ({ rows } = await panel());
    expect(rows['1.1']).toMatchObject({ status: 'MET', reason: 'MEETING_WITHIN_SIX_MONTHS' });
  });
});

describe('4.1: every decided proposal carries its reasoned response', () => {
  it('the four selected proposals are answered, with the register as evidence', async () => {
    const { rows } = await panel();
    expect(rows['4.1']).toMatchObject({ status: 'MET', reason: 'EVERY_PROPOSAL_ANSWERED', explanation: 'All 4 proposals have a published reasoned response.' });
    expect(rows['4.1'].evidence[0]).toEqual({ kind: 'REGISTER', label: 'register', url: `/plans/${nap3}/register`, date: null });
    expect(rows['4.1'].evidence.slice(1).map((e) => e.kind)).toEqual(['DECISION', 'DECISION', 'DECISION', 'DECISION']);
  });

  it('a decision without a rationale cannot exist: the api refuses it, and so does the database', async () => {
    const admin = (await client.login('admin@example.org')).token;
    const [proposal] = await server.dataSource.query(`SELECT id FROM proposals WHERE plan_id = $1 LIMIT 1`, [nap3]);
    const decided = await client.call('mutation($input: DecideProposalInput!) { decideProposal(input: $input) { status } }', { input: { proposalId: proposal.id, outcome: 'DECLINED', rationale: '' } }, { token: admin });
    expect(errorCode(decided)).toBe('BAD_USER_INPUT');
    await expect(server.dataSource.query(`UPDATE proposals SET rationale = NULL WHERE id = $1`, [proposal.id])).rejects.toThrow(/CHK_proposal_decision_has_rationale/);
    await expect(server.dataSource.query(`UPDATE proposals SET rationale = '  ' WHERE id = $1`, [proposal.id])).rejects.toThrow(/CHK_proposal_decision_has_rationale/);
    expect((await panel()).rows['4.1'].status).toBe('MET');
  });
});

describe('a plan in implementation, judged today', () => {
  beforeAll(async () => {
    // Look at the 3rd NAP as if it were still being implemented, in this test's own database.
    await server.dataSource.query(`UPDATE action_plans SET status = 'IMPLEMENTATION' WHERE id = $1`, [nap3]);
  });
  afterAll(async () => {
    await server.dataSource.query(`UPDATE action_plans SET status = 'CLOSED' WHERE id = $1`, [nap3]);
  });

  it('1.1 is met with the next meeting due six months after the last, then missed once the clock passes that day', async () => {
    clock.set('2018-09-01T00:00:00Z');
    let { asOf, rows } = await panel();
    expect(asOf).toBe('2018-09-01');
    expect(rows['1.1']).toMatchObject({ status: 'MET', nextDueOn: '2018-12-21' });

    clock.set('2018-12-01T00:00:00Z');
    ({ rows } = await panel());
    expect(rows['1.1']).toMatchObject({ status: 'AT_RISK', reason: 'MEETING_DUE_SOON', nextDueOn: '2018-12-21' });

    clock.set('2019-01-15T00:00:00Z');
    ({ asOf, rows } = await panel());
    expect(asOf).toBe('2019-01-15');
    expect(rows['1.1']).toMatchObject({ status: 'MISSED', reason: 'MEETING_OVERDUE', nextDueOn: '2019-01-15' });
    expect(rows['1.1'].explanation).toBe('The last meeting was held on 2018-06-21; the next is 25 days overdue.');
  });

  it('2.2 is missed when nothing was published for more than six months', async () => {
    clock.set('2019-03-01T00:00:00Z');
    const { rows } = await panel();
    expect(rows['2.2']).toMatchObject({ status: 'MISSED', reason: 'REPOSITORY_STALE' });
  });
});

describe('errors', () => {
  it('an unknown plan is NOT_FOUND and a malformed id BAD_USER_INPUT', async () => {
    expect(errorCode(await client.call(PANEL, { planId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.call(PANEL, { planId: 'nap3' }))).toBe('BAD_USER_INPUT');
  });
});
