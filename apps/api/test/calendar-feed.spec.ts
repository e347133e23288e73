import ICAL from 'ical.js';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

/**
 * The personal calendar feed: a secret URL made on the account page that calendar apps read without signing in. It
 * carries the online meeting link a member may see, is stored hashed, and answers 404 once revoked or renewed.
 */

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let meetingId: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  admin = (await client.login('admin@example.org')).token;
  const created = await client.call(
    'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    { input: { title: 'Feed check', startsAt: '2031-10-01T06:00:00Z', endsAt: '2031-10-01T08:00:00Z', onlineUrl: 'https://meet.example.org/feed-check' } },
    { token: admin },
  );
  expect(created.body.errors).toBeUndefined();
  meetingId = created.body.data.createMeeting.id;
});
afterAll(() => server.stop());

const RENEW = 'mutation { renewCalendarFeed { url createdAt } }';
const MINE = '{ myCalendarFeed { createdAt } }';
const REVOKE = 'mutation { revokeCalendarFeed }';

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The path of a feed URL, fetched from the test server without any sign-in. */
const fetchFeed = (url: string) => request(server.url).get(new URL(url).pathname);

it('gives a member every meeting with the online link, without signing in, until the URL is revoked', async () => {
  const cso = (await client.login('cso@example.org')).token;
  expect((await client.call(MINE, {}, { token: cso })).body.data.myCalendarFeed).toBeNull();
  const made = await client.call(RENEW, {}, { token: cso });
  expect(made.body.errors).toBeUndefined();
  const { url } = made.body.data.renewCalendarFeed;
  expect(url).toMatch(/\/calendar\/feeds\/[\w-]{40,}\.ics$/);
  expect((await client.call(MINE, {}, { token: cso })).body.data.myCalendarFeed.createdAt).toBe(made.body.data.renewCalendarFeed.createdAt);

  const feed = await fetchFeed(url);
  expect(feed.status).toBe(200);
  expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
  expect(feed.headers['cache-control']).toBe('private, no-store');
  const parsed = events(feed.text);
  const [{ count }] = await server.dataSource.query('SELECT count(*)::int AS count FROM meetings');
  expect(parsed).toHaveLength(count);
  const meeting = parsed.find((event) => event.uid === `${meetingId}@ogp-forum`)!;
  expect(meeting.summary).toBe('Feed check');
  expect(meeting.location).toContain('https://meet.example.org/feed-check');
  expect(meeting.description).toContain('https://meet.example.org/feed-check');

  // Only the hash is stored: the secret itself is nowhere in the database.
  const secret = /feeds\/([\w-]+)\.ics$/.exec(url)![1];
  const [stored] = await server.dataSource.query('SELECT token_hash FROM calendar_feeds');
  expect(stored.token_hash).not.toContain(secret);
  expect(JSON.stringify(await server.dataSource.query('SELECT * FROM calendar_feeds'))).not.toContain(secret);

  expect((await client.call(REVOKE, {}, { token: cso })).body.data.revokeCalendarFeed).toBe(true);
  expect((await fetchFeed(url)).status).toBe(404);
  expect((await client.call(MINE, {}, { token: cso })).body.data.myCalendarFeed).toBeNull();
  expect((await client.call(REVOKE, {}, { token: cso })).body.data.revokeCalendarFeed).toBe(false);
});

it('renewing replaces the URL: the old one answers 404, the new one works', async () => {
  const acrc = (await client.login('acrc@example.org')).token;
  const first = (await client.call(RENEW, {}, { token: acrc })).body.data.renewCalendarFeed.url;
  const second = (await client.call(RENEW, {}, { token: acrc })).body.data.renewCalendarFeed.url;
  expect(second).not.toBe(first);
  expect((await fetchFeed(first)).status).toBe(404);
  expect((await fetchFeed(second)).status).toBe(200);
});

it('gives a citizen the meetings without the members-only online link', async () => {
  const citizen = (await client.login('citizen@example.org')).token;
  const { url } = (await client.call(RENEW, {}, { token: citizen })).body.data.renewCalendarFeed;
  const feed = await fetchFeed(url);
  expect(feed.status).toBe(200);
  expect(events(feed.text).some((event) => event.uid === `${meetingId}@ogp-forum`)).toBe(true);
  expect(feed.text).not.toContain('meet.example.org/feed-check');
});

it('answers 404 for an unknown secret, and for the feed of a deactivated member', async () => {
  expect((await request(server.url).get('/calendar/feeds/not-a-real-secret-at-all.ics')).status).toBe(404);
  expect((await request(server.url).get('/calendar/feeds/nothing')).status).toBe(404);
  const signedIn = await client.login('cso2@example.org');
  const { url } = (await client.call(RENEW, {}, { token: signedIn.token })).body.data.renewCalendarFeed;
  expect((await fetchFeed(url)).status).toBe(200);
  const deactivated = await client.call('mutation($id: ID!) { deactivateMember(id: $id) { id } }', { id: signedIn.body.data.login.user.id }, { token: admin });
  expect(deactivated.body.errors).toBeUndefined();
  expect((await fetchFeed(url)).status).toBe(404);
});

it('asks an anonymous caller to sign in to make a feed', async () => {
  expect(errorCode(await client.call(RENEW))).toBe('UNAUTHENTICATED');
});
