import { SubjectType, type ThreadEventPayload } from '@ogp-forum/domain';
import ICAL from 'ical.js';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { StatementCounter } from '../src/database/statement-counter.js';
import { Comment } from '../src/discussion/comment.entity.js';
import { clientFor, errorCode } from './client.js';
import { outbox, startTestServer } from './harness.js';
import { connectLive, eventually } from './live-process.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let cso: string;
let mois: string;
let citizen: string;
let csoUserId: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [admin, cso, mois, citizen] = await Promise.all(['admin@example.org', 'cso@example.org', 'mois@example.org', 'citizen@example.org'].map(async (email) => (await client.login(email)).token));
  csoUserId = (await client.call('{ me { id } }', {}, { token: cso })).body.data.me.id;
  // The seeded 3rd plan is closed; these tests look at it as if it were still being implemented.
  await server.dataSource.query(`UPDATE action_plans SET status = 'IMPLEMENTATION' WHERE number = 3`);
});
afterAll(() => server.stop());

/** Calls as the given token and fails the test on any GraphQL error. */
async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const answer = await client.call(query, variables, { token });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

const CREATE = 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id status seriesId } }';
let nextDay = 0;
/** A fresh meeting some days from now, two hours long, starting 15:00 in Seoul. */
async function createMeeting(patch: Record<string, unknown> = {}) {
  nextDay += 1;
  const start = new Date(Date.UTC(2031, 0, nextDay, 6, 0, 0));
  const input = { title: `Forum meeting ${nextDay}`, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(), place: 'Government Complex Seoul', onlineUrl: 'https://meet.example.org/ogp-forum', ...patch };
  return (await ok(CREATE, { input }, admin)).createMeeting as { id: string; status: string; seriesId: string | null };
}

const SUGGEST = 'query($id: ID!) { suggestAgenda(meetingId: $id) { reason title commitmentId actionItemId milestoneTitle days } }';
const ADD_ITEM = 'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position } }';
const MEETING = `query($id: ID!) { meeting(id: $id) {
  id status onlineUrl currentAgendaItemId agenda { id title notes notesVersion }
  attendance { bySector { government civilSociety other total } attendees { id } }
  minutes { status summary version publishedAt decisions { text } actionItems { title overdue assignee { id } } amendments { body reason } }
} }`;

async function commitmentId(code: string): Promise<string> {
  return (await server.dataSource.query('SELECT id FROM commitments WHERE code = $1', [code]))[0].id;
}

/** Runs a meeting from start to end: HELD, so that its minutes can be published. */
async function hold(meetingId: string) {
  await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id: meetingId }, admin);
  await ok('mutation($id: ID!) { endMeeting(id: $id) { status } }', { id: meetingId }, admin);
}

describe('the agenda', () => {
  it('suggests a commitment once a milestone of it is delayed, saying so', async () => {
    const meeting = await createMeeting();
    const code1a = await commitmentId('1-a');
    const before = (await ok(SUGGEST, { id: meeting.id }, admin)).suggestAgenda;
    expect(before.map((s: { commitmentId: string }) => s.commitmentId)).not.toContain(code1a);

    // The ministry reports that the milestone of 1-a, due end of 2017, is not complete after all.
    const [milestone] = await server.dataSource.query('SELECT id, title FROM milestones WHERE commitment_id = $1', [code1a]);
    await ok(
      'mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id } }',
      { input: { commitmentId: code1a, body: 'The portal integration slipped.', completion: 'SUBSTANTIAL', milestones: [{ milestoneId: milestone.id, completion: 'LIMITED' }] } },
      mois,
    );
    const after = (await ok(SUGGEST, { id: meeting.id }, admin)).suggestAgenda;
    const suggestion = after.find((s: { commitmentId: string }) => s.commitmentId === code1a);
    expect(suggestion).toMatchObject({ reason: 'DELAYED_MILESTONE', milestoneTitle: milestone.title, title: expect.stringMatching(/^1-a /) });
    expect(suggestion.days).toBeGreaterThan(365);

    // Once it is on the agenda it is no longer suggested.
    await ok(ADD_ITEM, { input: { meetingId: meeting.id, title: suggestion.title, commitmentId: code1a } }, admin);
    const onceAdded = (await ok(SUGGEST, { id: meeting.id }, admin)).suggestAgenda;
    expect(onceAdded.map((s: { commitmentId: string }) => s.commitmentId)).not.toContain(code1a);
  });

  it('numbers items in order, moves and removes them, and refuses what does not exist', async () => {
    const { id } = await createMeeting();
    const items = [];
    for (const title of ['Welcome', 'Progress of 2-a', 'Any other business']) items.push((await ok(ADD_ITEM, { input: { meetingId: id, title } }, admin)).addAgendaItem);
    expect(items.map((item) => item.position)).toEqual([1, 2, 3]);
    const moved = (await ok('mutation($id: ID!) { moveAgendaItem(id: $id, position: 1) { title position } }', { id: items[2].id }, admin)).moveAgendaItem;
    expect(moved.map((item: { title: string }) => item.title)).toEqual(['Any other business', 'Welcome', 'Progress of 2-a']);
    await ok('mutation($id: ID!) { removeAgendaItem(id: $id) { id } }', { id: items[0].id }, admin);
    const agenda = (await ok(MEETING, { id }, admin)).meeting.agenda;
    expect(agenda.map((item: { title: string }) => item.title)).toEqual(['Any other business', 'Progress of 2-a']);
    expect(errorCode(await client.call('mutation($id: ID!) { moveAgendaItem(id: $id, position: 5) { id } }', { id: items[1].id }, { token: admin }))).toBe('BAD_USER_INPUT');
    const missing = await client.call(ADD_ITEM, { input: { meetingId: id, title: 'Ghost', commitmentId: '00000000-0000-4000-8000-000000000000' } }, { token: admin });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect((await ok(MEETING, { id }, admin)).meeting.agenda).toHaveLength(2);
  });
});

describe('minutes', () => {
  const SAVE = 'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }';

  it('are a members-only draft until published; then public, and changed only by amendment', async () => {
    const { id } = await createMeeting();
    const item = (await ok(ADD_ITEM, { input: { meetingId: id, title: 'Progress of 5-a' } }, admin)).addAgendaItem;
    await ok(SAVE, { input: { meetingId: id, text: 'Eleven CSOs and three ministries met.', baseVersion: 1 } }, admin);
    await ok(SAVE, { input: { meetingId: id, agendaItemId: item.id, text: 'ACRC reported the whistleblower guideline is out.', baseVersion: 1 } }, cso);
    await ok('mutation($input: AddDecisionInput!) { addDecision(input: $input) { id } }', { input: { meetingId: id, text: 'Review 5-a again in March.' } }, admin);

    const draftForVisitor = (await ok(MEETING, { id })).meeting;
    expect(draftForVisitor.minutes).toBeNull();
    expect(draftForVisitor.agenda[0].notes).toBeNull();
    expect(draftForVisitor.onlineUrl).toBeNull();
    expect((await ok(MEETING, { id }, citizen)).meeting.minutes).toBeNull();
    expect((await ok(MEETING, { id }, cso)).meeting.minutes).toMatchObject({ status: 'DRAFT', summary: 'Eleven CSOs and three ministries met.' });

    // Only a meeting that was held has minutes to publish.
    expect(errorCode(await client.call('mutation($id: ID!) { publishMinutes(meetingId: $id) { id } }', { id }, { token: admin }))).toBe('CONFLICT');
    await hold(id);
    await ok('mutation($id: ID!) { publishMinutes(meetingId: $id) { id } }', { id }, admin);

    const published = (await ok(MEETING, { id })).meeting;
    expect(published.minutes).toMatchObject({ status: 'PUBLISHED', summary: 'Eleven CSOs and three ministries met.', decisions: [{ text: 'Review 5-a again in March.' }] });
    expect(published.minutes.publishedAt).toBeTruthy();
    expect(published.agenda[0].notes).toBe('ACRC reported the whistleblower guideline is out.');

    // Later edits fail with CONFLICT and change nothing …
    const edit = await client.call(SAVE, { input: { meetingId: id, text: 'Rewritten history.', baseVersion: 2 } }, { token: admin });
    expect(errorCode(edit)).toBe('CONFLICT');
    const itemEdit = await client.call(SAVE, { input: { meetingId: id, agendaItemId: item.id, text: 'Rewritten.', baseVersion: 2 } }, { token: admin });
    expect(errorCode(itemEdit)).toBe('CONFLICT');
    expect(errorCode(await client.call('mutation($input: AddDecisionInput!) { addDecision(input: $input) { id } }', { input: { meetingId: id, text: 'A late decision' } }, { token: admin }))).toBe('CONFLICT');
    const unchanged = (await ok(MEETING, { id })).meeting;
    expect(unchanged.minutes.summary).toBe('Eleven CSOs and three ministries met.');
    expect(unchanged.minutes.decisions).toHaveLength(1);

    // … unless made as an amendment, which everyone sees beside the published text.
    await ok('mutation($input: AmendMinutesInput!) { amendMinutes(input: $input) { id } }', { input: { meetingId: id, body: 'Ten CSOs, not eleven, attended.', reason: 'Count corrected' } }, admin);
    const amended = (await ok(MEETING, { id })).meeting.minutes;
    expect(amended.summary).toBe('Eleven CSOs and three ministries met.');
    expect(amended.amendments).toEqual([{ body: 'Ten CSOs, not eleven, attended.', reason: 'Count corrected' }]);
  });

  it('refuses a save based on an older version with CONFLICT, carrying the text saved in between', async () => {
    const { id } = await createMeeting();
    const item = (await ok(ADD_ITEM, { input: { meetingId: id, title: 'Co-creation calendar' } }, admin)).addAgendaItem;
    await ok(SAVE, { input: { meetingId: id, agendaItemId: item.id, text: 'Open call from 1 March.', baseVersion: 1 } }, cso);
    const late = await client.call(SAVE, { input: { meetingId: id, agendaItemId: item.id, text: 'Open call from 15 March.', baseVersion: 1 } }, { token: mois });
    expect(late.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, currentText: 'Open call from 1 March.' });
    const notes = (await ok(MEETING, { id }, admin)).meeting.agenda[0];
    expect(notes).toMatchObject({ notes: 'Open call from 1 March.', notesVersion: 2 });
  });
});

describe('action items', () => {
  const ADD = 'mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id overdue } }';

  it('from meeting N appear in the suggestions of meeting N+1 until done', async () => {
    const meetingN = await createMeeting();
    const citizenId = (await ok('{ me { id } }', {}, citizen)).me.id;
    const toCitizen = await client.call(ADD, { input: { meetingId: meetingN.id, title: 'Not a member', assigneeId: citizenId, dueDate: '2020-01-31' } }, { token: admin });
    expect(toCitizen.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    const item = (await ok(ADD, { input: { meetingId: meetingN.id, title: 'Circulate the draft IRM response', assigneeId: csoUserId, dueDate: '2020-01-31' } }, admin)).addActionItem;
    expect(item.overdue).toBe(true);
    const meetingN1 = await createMeeting();

    const suggestions = (await ok(SUGGEST, { id: meetingN1.id }, admin)).suggestAgenda;
    expect(suggestions[0]).toMatchObject({ reason: 'OPEN_ACTION_ITEM', actionItemId: item.id, title: 'Circulate the draft IRM response' });
    expect(suggestions[0].days).toBeGreaterThan(0);
    // It follows its assignee, who was told about it.
    expect((await ok('{ myActionItems { id overdue meeting { id } } }', {}, cso)).myActionItems).toContainEqual({ id: item.id, overdue: true, meeting: { id: meetingN.id } });
    const notifications = (await ok('{ notifications { edges { node { kind subjectId } } } }', {}, cso)).notifications.edges.map((e: { node: unknown }) => e.node);
    expect(notifications).toContainEqual({ kind: 'ACTION_ITEM_ASSIGNED', subjectId: meetingN.id });
    // Meeting N's own suggestions do not list it: it is not from an earlier meeting.
    expect((await ok(SUGGEST, { id: meetingN.id }, admin)).suggestAgenda.map((s: { actionItemId: string }) => s.actionItemId)).not.toContain(item.id);

    // Put on N+1's agenda as a follow-up, it is no longer suggested there; left open, it still is for later meetings.
    const followUp = (await ok(ADD_ITEM, { input: { meetingId: meetingN1.id, title: 'Follow-up: IRM response', actionItemId: item.id } }, admin)).addAgendaItem;
    expect((await ok(SUGGEST, { id: meetingN1.id }, admin)).suggestAgenda.map((s: { actionItemId: string }) => s.actionItemId)).not.toContain(item.id);
    const meetingN2 = await createMeeting();
    expect((await ok(SUGGEST, { id: meetingN2.id }, admin)).suggestAgenda.map((s: { actionItemId: string }) => s.actionItemId)).toContain(item.id);
    await ok('mutation($id: ID!) { removeAgendaItem(id: $id) { id } }', { id: followUp.id }, admin);

    // Someone else cannot close it; the assignee can, and then it is no longer suggested.
    expect(errorCode(await client.call('mutation($id: ID!) { completeActionItem(id: $id) { id } }', { id: item.id }, { token: mois }))).toBe('FORBIDDEN');
    await ok('mutation($id: ID!) { completeActionItem(id: $id) { doneAt } }', { id: item.id }, cso);
    const afterDone = (await ok(SUGGEST, { id: meetingN1.id }, admin)).suggestAgenda;
    expect(afterDone.map((s: { actionItemId: string }) => s.actionItemId)).not.toContain(item.id);
    expect((await ok('{ myActionItems { id } }', {}, cso)).myActionItems.map((i: { id: string }) => i.id)).not.toContain(item.id);
  });
});

describe('scheduling', () => {
  it('refuses a meeting that ends before it starts, and writes nothing', async () => {
    const [{ count }] = await server.dataSource.query('SELECT count(*)::int AS count FROM meetings');
    const answer = await client.call(CREATE, { input: { title: 'Backwards', startsAt: '2031-05-01T08:00:00Z', endsAt: '2031-05-01T06:00:00Z' } }, { token: admin });
    expect(answer.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    const series = await client.call(
      'mutation($input: CreateMeetingInput!) { createMeetingSeries(input: $input, count: 25) { id } }',
      { input: { title: 'Too long', startsAt: '2031-05-01T06:00:00Z', endsAt: '2031-05-01T08:00:00Z' } },
      { token: admin },
    );
    expect(errorCode(series)).toBe('BAD_USER_INPUT');
    expect((await server.dataSource.query('SELECT count(*)::int AS count FROM meetings'))[0].count).toBe(count);
  });

  it('creates a monthly series at the same local time, and tells members of a cancellation and a new time', async () => {
    const input = { title: 'Monthly forum', startsAt: '2031-03-31T06:00:00Z', endsAt: '2031-03-31T08:00:00Z' };
    const series = (await ok('mutation($input: CreateMeetingInput!) { createMeetingSeries(input: $input, count: 3) { id startsAt seriesId } }', { input }, admin)).createMeetingSeries;
    expect(series.map((m: { startsAt: string }) => m.startsAt)).toEqual(['2031-03-31T06:00:00.000Z', '2031-04-30T06:00:00.000Z', '2031-05-31T06:00:00.000Z']);
    expect(new Set(series.map((m: { seriesId: string }) => m.seriesId)).size).toBe(1);

    const unread = async () => (await ok('{ unreadNotificationCount }', {}, mois)).unreadNotificationCount as number;
    const before = await unread();
    await ok('mutation($id: ID!) { cancelMeeting(id: $id, reason: "National holiday") { status } }', { id: series[1].id }, admin);
    await ok(
      'mutation($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { startsAt } }',
      { id: series[2].id, input: { title: 'Monthly forum', startsAt: '2031-06-02T06:00:00Z', endsAt: '2031-06-02T08:00:00Z' } },
      admin,
    );
    expect(await unread()).toBe(before + 2);
    const mails = (await outbox()).filter((mail) => mail.to === 'mois@example.org');
    expect(mails.map((mail) => mail.subject)).toEqual(expect.arrayContaining(['Cancelled: Monthly forum', 'New time: Monthly forum']));
    const cancelled = mails.find((mail) => mail.subject === 'Cancelled: Monthly forum')!;
    // 30 April 2031, 15:00 in Seoul, with the reason and the link.
    expect(cancelled.text).toContain('National holiday');
    expect(cancelled.text).toMatch(/April 30, 2031.*3:00.PM/);
    expect(cancelled.text).toContain(`/meetings/${series[1].id}`);
    const kinds = (await ok('{ notifications(first: 2) { edges { node { kind subjectId } } } }', {}, mois)).notifications.edges.map((e: { node: unknown }) => e.node);
    expect(kinds).toEqual([
      { kind: 'MEETING_RESCHEDULED', subjectId: series[2].id },
      { kind: 'MEETING_CANCELLED', subjectId: series[1].id },
    ]);
    // A cancelled meeting stays cancelled.
    expect(errorCode(await client.call('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id: series[1].id }, { token: admin }))).toBe('CONFLICT');
    expect(errorCode(await client.call('mutation($id: ID!) { rsvp(meetingId: $id, answer: YES) { answer } }', { id: series[1].id }, { token: cso }))).toBe('CONFLICT');
  });

  it('takes RSVPs and attendance, counting attendees by sector for everyone and naming them for members', async () => {
    const { id } = await createMeeting();
    await ok('mutation($id: ID!) { rsvp(meetingId: $id, answer: MAYBE) { answer } }', { id }, cso);
    await ok('mutation($id: ID!) { rsvp(meetingId: $id, answer: YES) { answer } }', { id }, cso);
    await ok('mutation($id: ID!) { rsvp(meetingId: $id, answer: NO) { answer } }', { id }, mois);
    expect((await ok('query($id: ID!) { meeting(id: $id) { myRsvp rsvpCounts { yes no maybe } } }', { id }, cso)).meeting).toEqual({ myRsvp: 'YES', rsvpCounts: { yes: 1, no: 1, maybe: 0 } });

    expect(errorCode(await client.call('mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, present: true) { id } }', { m: id, u: csoUserId }, { token: admin }))).toBe('CONFLICT');
    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id }, admin);
    const people = await server.dataSource.query(`SELECT id, email FROM users WHERE email IN ('cso@example.org', 'cso2@example.org', 'mois@example.org', 'citizen@example.org')`);
    for (const person of people) await ok('mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, present: true) { id } }', { m: id, u: person.id }, admin);
    const visitor = (await ok(MEETING, { id })).meeting.attendance;
    expect(visitor).toEqual({ bySector: { government: 1, civilSociety: 2, other: 1, total: 4 }, attendees: null });
    expect((await ok(MEETING, { id }, cso)).meeting.attendance.attendees).toHaveLength(4);
  });
});

describe('live meeting mode', () => {
  it('shows everyone viewing the meeting the item the chair opens, and replays where the meeting is', async () => {
    const { id } = await createMeeting();
    const first = (await ok(ADD_ITEM, { input: { meetingId: id, title: 'Welcome' } }, admin)).addAgendaItem;
    const second = (await ok(ADD_ITEM, { input: { meetingId: id, title: 'Progress of 3-a' } }, admin)).addAgendaItem;
    const viewer = await connectLive(server.url);
    const received: ThreadEventPayload[] = [];
    viewer.socket.on('meeting:agenda-item', (event) => received.push(event));
    expect(await viewer.socket.emitWithAck('subscribe', { subjectType: SubjectType.MEETING, subjectId: id })).toMatchObject({ ok: true });

    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id }, admin);
    await ok('mutation($m: ID!, $i: ID!) { openAgendaItem(meetingId: $m, agendaItemId: $i) { id } }', { m: id, i: second.id }, admin);
    await eventually(() => received.length === 2);
    expect(received.map((event) => [event.seq, event.meeting])).toEqual([
      [1, { status: 'IN_PROGRESS', currentAgendaItemId: expect.any(String) }],
      [2, { status: 'IN_PROGRESS', currentAgendaItemId: second.id }],
    ]);

    // A latecomer is replayed to the current item.
    const latecomer = await connectLive(server.url, cso);
    const replayed: ThreadEventPayload[] = [];
    latecomer.socket.on('meeting:agenda-item', (event) => replayed.push(event));
    expect(await latecomer.socket.emitWithAck('subscribe', { subjectType: SubjectType.MEETING, subjectId: id })).toMatchObject({ ok: true, data: { replayed: 2 } });
    expect(replayed.at(-1)?.meeting?.currentAgendaItemId).toBe(second.id);

    // Minutes edits are announced without their text.
    const edits: ThreadEventPayload[] = [];
    viewer.socket.on('meeting:minutes', (event) => edits.push(event));
    await ok('mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }', { input: { meetingId: id, agendaItemId: first.id, text: 'Members only text', baseVersion: 1 } }, cso);
    await eventually(() => edits.length === 1);
    expect(edits[0].minutes).toMatchObject({ agendaItemId: first.id, version: 2, editedBy: { id: csoUserId } });
    expect(JSON.stringify(edits[0])).not.toContain('Members only text');

    expect(errorCode(await client.call('mutation($m: ID!, $i: ID!) { openAgendaItem(meetingId: $m, agendaItemId: $i) { id } }', { m: id, i: first.id }, { token: cso }))).toBe('FORBIDDEN');
    viewer.socket.disconnect();
    latecomer.socket.disconnect();
  });
});

describe('the discussion of an agenda item', () => {
  const COMMENT = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
  const AGENDA = 'query($id: ID!) { meeting(id: $id) { agenda { title commentCount } } }';
  const THREAD = 'query($id: ID!) { comments(subjectType: AGENDA_ITEM, subjectId: $id) { totalCount edges { node { body author { displayName } } } } }';

  it('stays with its meeting after the chair moves on and ends it, counted per item for members and visitors alike', async () => {
    const { id } = await createMeeting();
    const first = (await ok(ADD_ITEM, { input: { meetingId: id, title: 'Progress of 1-c' } }, admin)).addAgendaItem;
    const second = (await ok(ADD_ITEM, { input: { meetingId: id, title: 'Any other business' } }, admin)).addAgendaItem;
    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id }, admin);
    const posted = (await ok(COMMENT, { input: { subjectType: 'AGENDA_ITEM', subjectId: first.id, body: 'The portal launch slipped to June.' } }, cso)).postComment;
    await ok(COMMENT, { input: { subjectType: 'AGENDA_ITEM', subjectId: first.id, body: 'We will confirm the date.', parentId: posted.id } }, mois);
    await ok('mutation($m: ID!, $i: ID!) { openAgendaItem(meetingId: $m, agendaItemId: $i) { id } }', { m: id, i: second.id }, admin);
    await ok('mutation($id: ID!) { endMeeting(id: $id) { status } }', { id }, admin);

    for (const token of [cso, undefined]) {
      expect((await ok(AGENDA, { id }, token)).meeting.agenda).toEqual([
        { title: 'Progress of 1-c', commentCount: 2 },
        { title: 'Any other business', commentCount: 0 },
      ]);
      const thread = (await ok(THREAD, { id: first.id }, token)).comments;
      expect(thread.edges.map((edge: { node: { body: string } }) => edge.node.body)).toEqual(['The portal launch slipped to June.', 'We will confirm the date.']);
    }
  });

  it('counts comments for the whole agenda in a fixed number of statements, however long the agenda', async () => {
    /** A meeting whose every item has a comment, stored directly: a post's live announcement would add statements of its own. */
    async function meetingWithItems(count: number): Promise<string> {
      const { id } = await createMeeting();
      for (let n = 1; n <= count; n += 1) {
        const item = (await ok(ADD_ITEM, { input: { meetingId: id, title: `Item ${n}` } }, admin)).addAgendaItem;
        await server.dataSource.getRepository(Comment).save({ subjectType: SubjectType.AGENDA_ITEM, subjectId: item.id, seq: 1, authorId: csoUserId, body: `On item ${n}.` });
      }
      return id;
    }
    async function statements(id: string) {
      const before = StatementCounter.total();
      const { meeting } = await ok(AGENDA, { id });
      return { statements: StatementCounter.total() - before, counted: meeting.agenda.map((item: { commentCount: number }) => item.commentCount) };
    }
    const short = await statements(await meetingWithItems(1));
    const long = await statements(await meetingWithItems(12));
    expect(long.counted).toEqual(Array(12).fill(1));
    expect(long.statements).toBe(short.statements);
  });
});

describe('calendar', () => {
  function parse(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const timezone = calendar.getFirstSubcomponent('vtimezone');
    if (timezone) ICAL.TimezoneService.register(new ICAL.Timezone(timezone));
    return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  }

  it('gives each meeting as .ics with its time in the forum\'s time zone, the online link for members only', async () => {
    const { id } = await createMeeting({ title: 'Calendar check', startsAt: '2031-09-01T06:00:00Z', endsAt: '2031-09-01T08:30:00Z' });
    const anonymous = await request(server.url).get(`/calendar/meetings/${id}.ics`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers['content-type']).toMatch(/^text\/calendar/);
    const [event] = parse(anonymous.text);
    expect(event.summary).toBe('Calendar check');
    expect(event.startDate.zone.tzid).toBe('Asia/Seoul');
    expect(event.startDate.toString()).toBe('2031-09-01T15:00:00');
    expect(event.endDate.toString()).toBe('2031-09-01T17:30:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-09-01T06:00:00.000Z');
    expect(anonymous.text).not.toContain('meet.example.org');

    const member = await request(server.url).get(`/calendar/meetings/${id}.ics`).set('authorization', `Bearer ${cso}`);
    expect(parse(member.text)[0].location).toContain('https://meet.example.org/ogp-forum');

    // Saving minutes does not make calendar apps think the meeting changed; moving it does.
    expect(parse(anonymous.text)[0].sequence).toBe(0);
    await ok('mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }', { input: { meetingId: id, text: 'Notes', baseVersion: 1 } }, admin);
    expect(parse((await request(server.url).get(`/calendar/meetings/${id}.ics`)).text)[0].sequence).toBe(0);
    await ok(
      'mutation($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { id } }',
      { id, input: { title: 'Calendar check', startsAt: '2031-09-02T06:00:00Z', endsAt: '2031-09-02T08:30:00Z' } },
      admin,
    );
    expect(parse((await request(server.url).get(`/calendar/meetings/${id}.ics`)).text)[0].sequence).toBe(1);

    expect((await request(server.url).get('/calendar/meetings/00000000-0000-4000-8000-000000000000.ics')).status).toBe(404);
    expect((await request(server.url).get('/calendar/meetings/not-an-id.ics')).status).toBe(404);
  });

  it('gives the whole calendar and one series', async () => {
    const series = (
      await ok(
        'mutation($input: CreateMeetingInput!) { createMeetingSeries(input: $input, count: 4) { id seriesId } }',
        { input: { title: 'Series check', startsAt: '2032-01-15T01:00:00Z', endsAt: '2032-01-15T03:00:00Z' } },
        admin,
      )
    ).createMeetingSeries;
    const events = parse((await request(server.url).get(`/calendar/meetings.ics?series=${series[0].seriesId}`)).text);
    expect(events.map((event) => event.startDate.toString())).toEqual(['2032-01-15T10:00:00', '2032-02-15T10:00:00', '2032-03-15T10:00:00', '2032-04-15T10:00:00']);
    const all = parse((await request(server.url).get('/calendar/meetings.ics')).text);
    const [{ count }] = await server.dataSource.query('SELECT count(*)::int AS count FROM meetings');
    expect(all).toHaveLength(count);
  });
});

describe('the calendar pages', () => {
  it('pages through meetings that start at the same time without skipping or repeating one', async () => {
    const input = { title: 'Same time', startsAt: '2033-02-01T06:00:00Z', endsAt: '2033-02-01T08:00:00Z' };
    const created = new Set<string>();
    for (let i = 0; i < 3; i += 1) created.add((await ok(CREATE, { input }, admin)).createMeeting.id);
    const PAGE = 'query($after: String) { meetings(when: UPCOMING, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await ok(PAGE, { after }, admin)).meetings;
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => created.has(id))).toHaveLength(3);
    expect(errorCode(await client.call(PAGE, { after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });

  it('tells clients the forum\'s time zone', async () => {
    expect((await ok('{ forumSettings { timeZone } }', {})).forumSettings).toEqual({ timeZone: 'Asia/Seoul' });
  });
});

describe('the six-month rule', () => {
  it('tells the secretariat how long since the last meeting held', async () => {
    const { id } = await createMeeting({ startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() });
    await hold(id);
    const compliance = (await ok('{ meetingCompliance { compliant daysSinceLastHeld nextDueBy lastHeldAt } }', {}, admin)).meetingCompliance;
    expect(compliance).toMatchObject({ compliant: true, daysSinceLastHeld: 0 });
    expect(new Date(compliance.nextDueBy).getTime() - Date.now()).toBeGreaterThan(170 * 86_400_000);
  });
});

describe('upcoming and past', () => {
  const LIST = `query($when: MeetingTimeFilter!) { meetings(when: $when, first: 40) { edges { node {
    id attendance { bySector { government civilSociety other total } } minutes { status }
  } } } }`;
  const listed = async (when: 'UPCOMING' | 'PAST', token?: string) =>
    (await ok(LIST, { when }, token)).meetings.edges.map((edge: { node: { id: string } }) => edge.node) as {
      id: string;
      attendance: { bySector: Record<string, number> };
      minutes: { status: string } | null;
    }[];

  it('moves a meeting to the past once it is held, not at its scheduled end', async () => {
    // Scheduled until two hours from now; the chair closes it early.
    const { id } = await createMeeting({ startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 2 * 3600_000).toISOString() });
    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id }, admin);
    expect((await listed('UPCOMING')).map((m) => m.id)).toContain(id);
    await ok('mutation($id: ID!) { endMeeting(id: $id) { status } }', { id }, admin);
    expect((await listed('UPCOMING')).map((m) => m.id)).not.toContain(id);
    expect((await listed('PAST')).map((m) => m.id)).toContain(id);
  });

  it('counts a meeting whose minutes were begun, or published, as held', async () => {
    const begun = await createMeeting({ startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() });
    await ok('mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }', { input: { meetingId: begun.id, text: 'We met informally.', baseVersion: 1 } }, admin);
    const [upcoming, past] = [await listed('UPCOMING'), await listed('PAST')];
    expect(upcoming.map((m) => m.id)).not.toContain(begun.id);
    expect(past.map((m) => m.id)).toContain(begun.id);
    // A meeting still to come stays upcoming.
    const later = await createMeeting();
    expect((await listed('UPCOMING')).map((m) => m.id)).toContain(later.id);
  });

  it('shows attendance by sector and whether the minutes are public in the past list, to visitors too', async () => {
    const { id } = await createMeeting({ startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() });
    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id }, admin);
    const people = await server.dataSource.query(`SELECT id, email FROM users WHERE email IN ('cso@example.org', 'cso2@example.org', 'mois@example.org')`);
    for (const person of people) await ok('mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, present: true) { id } }', { m: id, u: person.id }, admin);
    await ok('mutation($id: ID!) { endMeeting(id: $id) { status } }', { id }, admin);
    const visitorRow = (await listed('PAST')).find((m) => m.id === id)!;
    expect(visitorRow.attendance.bySector).toMatchObject({ government: 1, civilSociety: 2, total: 3 });
    expect(visitorRow.minutes).toBeNull();
    await ok('mutation($id: ID!) { publishMinutes(meetingId: $id) { id } }', { id }, admin);
    expect((await listed('PAST')).find((m) => m.id === id)!.minutes).toEqual({ status: 'PUBLISHED' });
  });
});

describe('attendance once the minutes are published', () => {
  it('is locked: a change is a CONFLICT naming the published minutes, and nothing is written', async () => {
    const { id } = await createMeeting({ startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() });
    await ok('mutation($id: ID!) { startMeeting(id: $id) { status } }', { id }, admin);
    const RECORD = 'mutation($m: ID!, $u: ID!, $present: Boolean!) { recordAttendance(meetingId: $m, userId: $u, present: $present) { id } }';
    await ok(RECORD, { m: id, u: csoUserId, present: true }, admin);
    await ok('mutation($id: ID!) { endMeeting(id: $id) { status } }', { id }, admin);
    await ok('mutation($id: ID!) { publishMinutes(meetingId: $id) { id } }', { id }, admin);

    const [removal, addition] = [await client.call(RECORD, { m: id, u: csoUserId, present: false }, { token: admin }), await client.call(RECORD, { m: id, u: (await ok('{ me { id } }', {}, mois)).me.id, present: true }, { token: admin })];
    for (const refused of [removal, addition]) {
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.body.errors?.[0].extensions?.minutesStatus).toBe('PUBLISHED');
    }
    expect((await ok(MEETING, { id }, admin)).meeting.attendance.bySector.total).toBe(1);
  });
});
