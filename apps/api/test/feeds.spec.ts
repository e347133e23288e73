import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let nap3: string;
let commitmentId: string;
let published: string;

const UPDATE_BODY = 'The portal now lists <script>alert("x")</script> & every "open" dataset.';
const DRAFT_SUMMARY = 'Draft minutes nobody outside the forum may read yet';
const PUBLISHED_SUMMARY = 'The forum reviewed commitment 1-a & agreed on next steps.';
const OTHER_TERM_SUMMARY = 'Minutes of a meeting held long after the 3rd plan';

interface AtomEntry {
  id: string;
  title: { '#text': string; '@_type': string };
  link: { '@_href': string } | { '@_href': string }[];
  updated: string;
  content: { '#text': string; '@_type': string };
}

async function fetchFeed(path: string) {
  const answer = await request(server.url).get(path).buffer(true).parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => done(null, text));
  });
  return { status: answer.status, type: answer.headers['content-type'] as string, xml: answer.body as string };
}

function entries(xml: string): AtomEntry[] {
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed;
  return feed.entry ?? [];
}

const href = (entry: AtomEntry) => (Array.isArray(entry.link) ? entry.link[0] : entry.link)['@_href'];

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dataSource;
  nap3 = (await db.query('SELECT id FROM action_plans WHERE number = 3'))[0].id;
  commitmentId = (await db.query(`SELECT id FROM commitments WHERE code = '1-a'`))[0].id;
  // The 3rd NAP is closed, so its record is written straight into this test's own database.
  await db.query(`INSERT INTO progress_updates (commitment_id, body, completion, evidence_links, posted_at) VALUES ($1, $2, 'COMPLETED', '{https://data.go.kr/?a=1&b=2}', '2018-07-02T01:00:00Z')`, [commitmentId, UPDATE_BODY]);
  const meeting = `INSERT INTO meetings (kind, title, starts_at, ends_at, status, minutes_status, minutes_summary, minutes_published_at)
                   VALUES ('REGULAR', $1, $2, $2::timestamptz + interval '2 hours', 'HELD', $3, $4, $5) RETURNING id`;
  published = (await db.query(meeting, ['Forum meeting <May 2018>', '2018-05-10T06:00:00Z', 'PUBLISHED', PUBLISHED_SUMMARY, '2018-07-20T00:00:00Z']))[0].id;
  await db.query(meeting, ['Forum meeting, June 2018', '2018-06-10T06:00:00Z', 'DRAFT', DRAFT_SUMMARY, null]);
  await db.query(meeting, ['Forum meeting, 2021', '2021-03-10T06:00:00Z', 'PUBLISHED', OTHER_TERM_SUMMARY, '2021-03-20T00:00:00Z']);
});
afterAll(() => server.stop());

describe('GET /feeds/plans/:planId.atom', () => {
  it('is an Atom feed of the plan\'s progress updates and published minutes, newest first, with absolute links', async () => {
    const feed = await fetchFeed(`/feeds/plans/${nap3}.atom`);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('application/atom+xml; charset=utf-8');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed.xml).feed;
    expect(parsed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.title).toMatch(/: progress updates and minutes$/);

    const all = entries(feed.xml);
    const dates = all.map((entry) => entry.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const entry of all) expect(href(entry)).toMatch(new RegExp(`^${server.url}/(commitments|meetings)/[0-9a-f-]{36}$`));

    const minutes = all.find((entry) => href(entry) === `${server.url}/meetings/${published}`)!;
    expect(minutes.title).toEqual({ '@_type': 'html', '#text': 'Minutes published: Forum meeting &lt;May 2018&gt;' });
    expect(minutes.content['#text']).toBe('<p>The forum reviewed commitment 1-a &amp; agreed on next steps.</p>');
    expect(minutes.updated).toBe('2018-07-20T00:00:00.000Z');

    const update = all.find((entry) => entry.content['#text'].includes('every &quot;open'))!;
    expect(href(update)).toBe(`${server.url}/commitments/${commitmentId}`);
    expect(update.title['#text']).toMatch(/^1-a .+: progress update$/);
    // The Markdown a ministry wrote is text, never markup a feed reader would run.
    expect(update.content['#text']).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; every &quot;open&quot; dataset.');
    expect(update.content['#text']).not.toContain('<script>');
    expect(update.content['#text']).toContain('<p>Completion: Completed</p>');
    expect(update.content['#text']).toContain('<a href="https://data.go.kr/?a=1&amp;b=2">');
  });

  it('leaves out draft minutes and the meetings of another term', async () => {
    const { xml } = await fetchFeed(`/feeds/plans/${nap3}.atom`);
    expect(xml).toContain(PUBLISHED_SUMMARY.replace('&', '&amp;'));
    expect(xml).not.toContain(DRAFT_SUMMARY);
    expect(xml).not.toContain('Forum meeting, June 2018');
    expect(xml).not.toContain(OTHER_TERM_SUMMARY);
  });

  it('is in Korean with ?lang=ko', async () => {
    const { xml } = await fetchFeed(`/feeds/plans/${nap3}.atom?lang=ko`);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(parsed.title).toMatch(/: 이행 현황과 회의록$/);
    expect(entries(xml).map((entry) => entry.title['#text'])).toContain('회의록 공개: Forum meeting &lt;May 2018&gt;');
  });

  it('answers 404 for a plan that does not exist or an address that is not a feed', async () => {
    expect((await fetchFeed('/feeds/plans/00000000-0000-4000-8000-000000000000.atom')).status).toBe(404);
    expect((await fetchFeed(`/feeds/plans/${nap3}.rss`)).status).toBe(404);
    expect((await fetchFeed('/feeds/plans/not-a-plan.atom')).status).toBe(404);
  });
});
