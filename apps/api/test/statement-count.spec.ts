import { Completion, MeetingKind, MeetingStatus, ProposalStatus } from '@ogp-forum/domain';
import request from 'supertest';
import { Commitment } from '../src/commitments/commitment.entity.js';
import { Milestone } from '../src/commitments/milestone.entity.js';
import { ProgressUpdate } from '../src/commitments/progress-update.entity.js';
import { Meeting } from '../src/meetings/meeting.entity.js';
import { Attendance } from '../src/meetings/participation.entity.js';
import { Proposal } from '../src/proposals/proposal.entity.js';
import { User } from '../src/users/user.entity.js';
import { StatementCounter } from '../src/database/statement-counter.js';
import type { RunningServer } from '../src/server.js';
import { graphql } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PLAN_PAGE = `
  query Plan($id: ID!) {
    actionPlan(id: $id) {
      title completionCounts { completed total }
      themes { title commitments {
        code title completion delayedMilestoneCount stale
        incorporatedInto { code } leadOrganization { name }
        milestones { title end delayed }
      } }
      irmRecommendations { text commitments { code } }
    }
  }`;

async function statementsFor(planId: string): Promise<{ statements: number; commitments: number }> {
  const before = StatementCounter.total();
  const { data, errors } = await graphql(server, PLAN_PAGE, { id: planId });
  expect(errors).toBeUndefined();
  const commitments = data!.actionPlan.themes.reduce((sum: number, theme: any) => sum + theme.commitments.length, 0);
  return { statements: StatementCounter.total() - before, commitments };
}

/** The statements of the plan's end-of-term report, which loads every commitment with its milestones and updates. */
async function reportStatements(planId: string): Promise<number> {
  const before = StatementCounter.total();
  const response = await request(server.url).get(`/reports/plans/${planId}/self-assessment.md`);
  expect(response.status).toBe(200);
  return StatementCounter.total() - before;
}

it('the plan page and the plan\'s report cost the same number of SQL statements with 14 commitments as with 54', async () => {
  const { data } = await graphql(server, '{ actionPlans { id themes { id } } }');
  const plan = data!.actionPlans[0];

  const seeded = await statementsFor(plan.id);
  expect(seeded.commitments).toBe(14);
  const seededReport = await reportStatements(plan.id);

  // Forty more commitments, each with two milestones, spread over the plan's themes.
  const db = server.dataSource;
  const template = await db.getRepository(Commitment).findOneByOrFail({ planId: plan.id, code: '1-a' });
  for (let index = 0; index < 40; index += 1) {
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = template;
    const commitment = await db.getRepository(Commitment).save({
      ...fields,
      code: `9-${String(index).padStart(2, '0')}`,
      themeId: plan.themes[index % plan.themes.length].id,
      completion: Completion.LIMITED,
    });
    await db.getRepository(Milestone).save([
      { commitmentId: commitment.id, position: 1, title: 'First', start: '2017-01-01', end: '2017-06-30', completion: Completion.COMPLETED },
      { commitmentId: commitment.id, position: 2, title: 'Second', start: '2017-07-01', end: '2018-06-30', completion: Completion.LIMITED },
    ]);
  }

  const grown = await statementsFor(plan.id);
  expect(grown.commitments).toBe(54);
  expect(grown.statements).toBe(seeded.statements);
  // Plan, themes, commitments by theme, organisations, incorporated commitments, milestones, … — a handful, not 54 × n.
  expect(seeded.statements).toBeLessThanOrEqual(12);
  expect(await reportStatements(plan.id)).toBe(seededReport);
  expect(seededReport).toBeLessThanOrEqual(14);
  // The plan page's own fields come in one statement (preloadPlanPage); milestones and IRM links add theirs.
});

const PLAN_DASHBOARD = `
  query PlanDashboard($planId: ID!) {
    planDashboard(planId: $planId) {
      completionByTheme { theme { title } counts { completed total } }
      completionHistory { updateCount points { date counts { completed total } } }
      milestones { commitmentCode title end delayed }
      freshness { organization { name } lastUpdateAt staleCommitments }
      attendance { meeting { title startsAt } bySector { government civilSociety other } }
      proposalsByStatus { status count }
    }
  }`;

it('the plan dashboard costs the same number of SQL statements as commitments, updates, meetings and proposals grow', async () => {
  const db = server.dataSource;
  const [plan] = await db.query('SELECT id FROM action_plans WHERE number = 3');
  async function dashboardStatements() {
    const before = StatementCounter.total();
    const { data, errors } = await graphql(server, PLAN_DASHBOARD, { planId: plan.id });
    expect(errors).toBeUndefined();
    return { statements: StatementCounter.total() - before, dashboard: data!.planDashboard };
  }
  const small = await dashboardStatements();

  // Twenty more commitments with a milestone and three updates each, six more held meetings with a roll call, ten proposals.
  const template = await db.getRepository(Commitment).findOneByOrFail({ planId: plan.id, code: '1-a' });
  const users = await db.getRepository(User).find();
  for (let index = 0; index < 20; index += 1) {
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = template;
    const commitment = await db.getRepository(Commitment).save({ ...fields, code: `8-${String(index).padStart(2, '0')}`, completion: Completion.SUBSTANTIAL });
    await db.getRepository(Milestone).save({ commitmentId: commitment.id, position: 1, title: 'Step', start: '2017-01-01', end: '2017-06-30', completion: Completion.LIMITED });
    await db.getRepository(ProgressUpdate).save(
      [Completion.LIMITED, Completion.LIMITED, Completion.SUBSTANTIAL].map((completion, month) => ({
        commitmentId: commitment.id, body: 'Progress', completion, postedAt: new Date(Date.UTC(2017, month + index % 6, 10)),
      })),
    );
  }
  for (let month = 0; month < 6; month += 1) {
    const startsAt = new Date(Date.UTC(2017, month, 20, 5));
    const meeting = await db.getRepository(Meeting).save({ kind: MeetingKind.REGULAR, title: `Extra meeting ${month}`, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), status: MeetingStatus.HELD });
    await db.getRepository(Attendance).save(users.map((user) => ({ meetingId: meeting.id, userId: user.id })));
  }
  await db.getRepository(Proposal).save(
    Array.from({ length: 10 }, (_, index) => ({ planId: plan.id, title: `Proposal ${index}`, status: ProposalStatus.SUBMITTED, submittedAt: new Date('2016-06-01') })),
  );

  const large = await dashboardStatements();
  expect(large.dashboard.milestones.length).toBe(small.dashboard.milestones.length + 20);
  expect(large.dashboard.completionHistory.updateCount).toBe(small.dashboard.completionHistory.updateCount + 60);
  expect(large.dashboard.attendance.length).toBe(small.dashboard.attendance.length + 6);
  expect(large.statements).toBe(small.statements);
  // Plan, themes, commitments, milestones, updates, meetings, proposals, organisations, attendance: nine.
  expect(small.statements).toBeLessThanOrEqual(9);
});

const COMMITMENT_PAGE = `
  query Commitment($id: ID!) {
    commitment(id: $id) {
      code title summary description plan { title status } theme { title } leadOrganization { name }
      milestones { title end delayed daysDelayed } progressUpdates { body postedAt } delayedMilestoneCount stale
    }
    comments(subjectType: COMMITMENT, subjectId: $id, last: 50) {
      totalCount pageInfo { hasPreviousPage startCursor } edges { node { seq body author { displayName role } } }
    }
  }`;

it('the commitment page with the latest 50 comments of its thread costs the same statements with 2 comments as with 300', async () => {
  const db = server.dataSource;
  const [commitment] = await db.query(`SELECT c.id FROM commitments c JOIN action_plans p ON p.id = c.plan_id WHERE p.number = 3 AND c.code = '2-a'`);
  const users: { id: string }[] = await db.query('SELECT id FROM users ORDER BY email');
  async function comment(count: number) {
    await db.query(
      `INSERT INTO comments (subject_type, subject_id, seq, author_id, body)
       SELECT 'COMMITMENT', $1, coalesce((SELECT max(seq) FROM comments WHERE subject_id = $1), 0) + n, ($2::uuid[])[1 + n % array_length($2::uuid[], 1)], 'Comment ' || n
         FROM generate_series(1, $3) AS n`,
      [commitment.id, users.map((user) => user.id), count],
    );
  }
  async function pageStatements() {
    const before = StatementCounter.total();
    const { data, errors } = await graphql(server, COMMITMENT_PAGE, { id: commitment.id });
    expect(errors).toBeUndefined();
    return { statements: StatementCounter.total() - before, comments: data!.comments };
  }

  await comment(2);
  const short = await pageStatements();
  expect(short.comments.edges).toHaveLength(2);
  await comment(298);
  const long = await pageStatements();
  expect(long.comments.totalCount).toBe(300);
  expect(long.comments.pageInfo.hasPreviousPage).toBe(true);
  // The latest fifty, in thread order.
  expect(long.comments.edges.map((edge: any) => edge.node.seq)).toEqual(Array.from({ length: 50 }, (_, index) => 251 + index));
  expect(long.statements).toBe(short.statements);
  // The page (commitment, plan, theme, organisation, milestones, updates), the thread's existence, its latest page, its authors.
  expect(short.statements).toBeLessThanOrEqual(4);

  const earlier = await graphql(server, `query($id: ID!, $before: String) { comments(subjectType: COMMITMENT, subjectId: $id, last: 50, before: $before) { edges { node { seq } } } }`, {
    id: commitment.id,
    before: long.comments.pageInfo.startCursor,
  });
  expect(earlier.data!.comments.edges.map((edge: any) => edge.node.seq)).toEqual(Array.from({ length: 50 }, (_, index) => 201 + index));
});
