import { SubjectType, type SubjectRef } from '@ogp-forum/domain';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { connectLive, eventually, type ApiProcess } from './live-process.js';

async function gql(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const answer = await request(url).post('/graphql').set('authorization', `Bearer ${token}`).send({ query, variables });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

async function loginAs(url: string, email: string): Promise<string> {
  const answer = await request(url).post('/graphql').send({ query: 'mutation($e: String!) { login(email: $e, password: "demo-password-1") { accessToken } }', variables: { e: email } });
  return answer.body.data.login.accessToken;
}

const claims = (token: string) => jwt.decode(token) as { sub: string; sid: string };

/**
 * Rights end on every instance, through the live adapter: a member demoted through B leaves a working group's room on
 * A (and is told), a session revoked through B is closed on A; a comment posted afterwards reaches a control connection
 * on B but neither of them.
 */
export async function rightsEndAcrossInstances(a: ApiProcess, b: ApiProcess): Promise<void> {
  const admin = await loginAs(b.url, 'admin@example.org');
  const plan = await gql(b.url, 'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }', { input: { number: 4, title: '4th National Action Plan', periodStart: '2018-09-01', periodEnd: '2020-08-31' } }, admin);
  const created = await gql(b.url, 'mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id } }', { input: { planId: plan.createActionPlan.id, name: 'Open contracting' } }, admin);
  const group: SubjectRef = { subjectType: SubjectType.WORKING_GROUP, subjectId: created.createWorkingGroup.id };

  const demoted = await loginAs(a.url, 'opgc@example.org');
  const revoked = await loginAs(a.url, 'acrc@example.org');
  const [demotedLive, revokedLive] = await Promise.all([demoted, revoked].map((token) => connectLive(a.url, token)));
  const control = await connectLive(b.url, admin);
  for (const { socket } of [demotedLive, revokedLive, control]) expect(await socket.emitWithAck('subscribe', group)).toMatchObject({ ok: true });
  const unsubscribed: SubjectRef[] = [];
  demotedLive.socket.on('unsubscribed', (subject) => unsubscribed.push(subject));

  await gql(b.url, 'mutation($id: ID!) { updateMember(id: $id, input: { role: CITIZEN }) { role } }', { id: claims(demoted).sub }, admin);
  const otherSession = await loginAs(b.url, 'acrc@example.org');
  expect((await gql(b.url, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: claims(revoked).sid }, otherSession)).revokeSession).toBe(true);
  await eventually(() => unsubscribed.length === 1 && !revokedLive.socket.connected);
  expect(unsubscribed).toEqual([group]);

  const posted = await gql(b.url, 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }', { input: { ...group, body: 'Members only, through B' } }, admin);
  const heard = (live: typeof control) => live.received.some((event) => event.id === posted.postComment.id);
  await eventually(() => heard(control));
  // An acknowledged round trip: whatever A sent the demoted connection before has arrived.
  await demotedLive.socket.emitWithAck('unsubscribe', { subjectType: SubjectType.MEETING, subjectId: '00000000-0000-4000-8000-000000000000' });
  expect(heard(demotedLive)).toBe(false);
  expect(heard(revokedLive)).toBe(false);
  expect(demotedLive.socket.connected).toBe(true);
  for (const { socket } of [demotedLive, control]) socket.disconnect();
}
