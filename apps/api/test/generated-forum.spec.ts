import { generateForum, generatedEmail, GENERATED_PASSWORD, type GeneratedForum } from '../src/seeding/generated-forum.js';
import type { RunningServer } from '../src/server.js';
import { clientFor, graphql } from './client.js';
import { startTestServer } from './harness.js';

// A small forum by the same generator `npm run bench -- --generate` fills a database with ten years of.
const SIZE = { plans: 2, commitmentsPerPlan: 12, milestonesPerCommitment: 3, progressUpdates: 60, comments: 2_000, users: 60, proposals: 20, meetings: 8 };

let server: RunningServer;
let forum: GeneratedForum;
beforeAll(async () => {
  server = await startTestServer();
  forum = await generateForum(server.database.url, { size: SIZE, seed: 7 });
});
afterAll(() => server.stop());

it('writes the sizes asked for, beside the seeded plan, and refuses to write them twice', async () => {
  expect(forum.rows).toMatchObject({ action_plans: 2, commitments: 24, milestones: 72, progress_updates: 60, comments: 2_000, users: 60, proposals: 20, meetings: 8 });
  const [{ count }] = await server.dataSource.query('SELECT count(*)::int FROM action_plans');
  expect(count).toBe(3);
  await expect(generateForum(server.database.url, { size: SIZE })).rejects.toThrow(/already holds a generated forum/);
});

it('numbers each thread as the api does: comments, updates and moderation share one seq without gaps, ending at the subject\'s counter', async () => {
  const broken = await server.dataSource.query(`
    SELECT s.subject_type, s.subject_id FROM subject_sequences s
      JOIN (SELECT subject_type, subject_id, count(*) AS n, min(seq) AS low, max(seq) AS high FROM thread_events GROUP BY 1, 2) e USING (subject_type, subject_id)
     WHERE e.n <> s.last_seq OR e.low <> 1 OR e.high <> s.last_seq`);
  expect(broken).toEqual([]);
  const [{ mismatched }] = await server.dataSource.query(`
    SELECT count(*)::int AS mismatched FROM comments c
      LEFT JOIN thread_events e ON e.comment_id = c.id AND e.type = 'comment:created' AND e.seq = c.seq
     WHERE e.id IS NULL`);
  expect(mismatched).toBe(0);
});

it('serves the current plan and the busiest thread, whose next comment takes the next seq', async () => {
  const { data } = await graphql(server, 'query($id: ID!) { actionPlan(id: $id) { status themes { commitments { code delayedMilestoneCount } } } }', { id: forum.currentPlanId });
  expect(data!.actionPlan.status).toBe('IMPLEMENTATION');
  expect(data!.actionPlan.themes.flatMap((theme: { commitments: unknown[] }) => theme.commitments)).toHaveLength(12);

  const thread = `query($id: ID!) { comments(subjectType: COMMITMENT, subjectId: $id, last: 5) { totalCount pageInfo { hasPreviousPage }
    edges { node { seq body author { displayName } } } } }`;
  const before = (await graphql(server, thread, { id: forum.busiestCommitmentId })).data!.comments;
  expect(before.pageInfo.hasPreviousPage).toBe(true);
  expect(before.edges.every((edge: { node: { body: string; author: unknown } }) => edge.node.body.length > 0 && edge.node.author)).toBe(true);
  const seqs = before.edges.map((edge: { node: { seq: number } }) => edge.node.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

  // Generated members sign in with the generated password; the first ones are members of the forum.
  const { token } = await clientFor(server).login(generatedEmail(5), GENERATED_PASSWORD);
  const posted = await clientFor(server).call(
    'mutation($input: PostCommentInput!) { postComment(input: $input) { seq } }',
    { input: { subjectType: 'COMMITMENT', subjectId: forum.busiestCommitmentId, body: '예산 정보공개를 요청합니다.' } },
    { token },
  );
  expect(posted.body.errors).toBeUndefined();
  const [{ last_seq }] = await server.dataSource.query(`SELECT last_seq FROM subject_sequences WHERE subject_type = 'COMMITMENT' AND subject_id = $1`, [forum.busiestCommitmentId]);
  expect(posted.body.data.postComment.seq).toBe(last_seq);
  expect(last_seq).toBeGreaterThan(seqs.at(-1));
  const after = (await graphql(server, thread, { id: forum.busiestCommitmentId })).data!.comments;
  expect(after.totalCount).toBe(before.totalCount + 1);
});

it('writes Korean with particles that fit the noun and English, in comments of varying length', async () => {
  const [{ korean, english, particles, shortest, longest }] = await server.dataSource.query(`
    SELECT count(*) FILTER (WHERE body ~ '[가-힣]')::int AS korean, count(*) FILTER (WHERE body ~ '\\m(budget|disclosure|meeting|transparency|ministry)\\M')::int AS english,
           count(*) FILTER (WHERE body ~ '(정보공개를|예산을|회의에서|예산의|정보공개의)')::int AS particles, min(length(body)) AS shortest, max(length(body)) AS longest
      FROM comments c JOIN users u ON u.id = c.author_id WHERE u.email LIKE '%@generated.example.org'`);
  expect(korean).toBeGreaterThan(1_000);
  expect(english).toBeGreaterThan(100);
  expect(particles).toBeGreaterThan(10);
  expect(longest).toBeGreaterThan(5 * shortest);
  const [{ wrong }] = await server.dataSource.query(`SELECT count(*)::int AS wrong FROM comments WHERE body ~ '(정보공개을|예산를|회의을)'`);
  expect(wrong).toBe(0);
});
