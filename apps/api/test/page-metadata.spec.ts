import { DomUtils, parseDocument } from 'htmlparser2';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let nap3: { id: string; title: string; title_ko: string };
let commitment: { id: string; code: string; title: string; title_ko: string };
let meetingId: string;
let submittedId: string;
let draftId: string;

const MEETING_TITLE = 'Forum meeting <script>alert("x")</script> & "friends"';
const SUBMITTED_TITLE = 'Open the "lobbying" register & its <b>contacts</b>';
const DRAFT_TITLE = 'A draft proposal nobody outside its organisation may read';

/** The page as a link preview or a crawler gets it: the raw HTML the server sends, parsed with a real HTML parser. */
async function page(path: string, headers: Record<string, string> = {}) {
  const answer = await request(server.url).get(path).set({ accept: 'text/html', ...headers });
  const document = parseDocument(answer.text);
  const elements = DomUtils.getElementsByTagName;
  const meta = (key: string) => {
    const tag = elements('meta', document).find((element) => element.attribs.property === key || element.attribs.name === key);
    return tag?.attribs.content;
  };
  const link = (rel: string) => elements('link', document).find((element) => element.attribs.rel === rel)?.attribs;
  return {
    status: answer.status,
    html: answer.text,
    lang: elements('html', document)[0]?.attribs.lang,
    title: DomUtils.textContent(elements('title', document)),
    titleCount: elements('title', document).length,
    meta,
    link,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dataSource;
  [nap3] = await db.query('SELECT id, title, title_ko FROM action_plans WHERE number = 3');
  [commitment] = await db.query(`SELECT id, code, title, title_ko FROM commitments WHERE code = '1-a'`);
  meetingId = (
    await db.query(
      `INSERT INTO meetings (kind, title, description, starts_at, ends_at) VALUES ('REGULAR', $1, '', '2027-03-10T06:00:00Z', '2027-03-10T08:00:00Z') RETURNING id`,
      [MEETING_TITLE],
    )
  )[0].id;
  const proposal = `INSERT INTO proposals (plan_id, title, problem, proposer_id, organization_id, status, submitted_at)
                    SELECT $1, $2, $3, u.id, u.organization_id, $4, $5 FROM users u WHERE u.email = 'cso@example.org' RETURNING id`;
  submittedId = (await db.query(proposal, [nap3.id, SUBMITTED_TITLE, 'Citizens cannot see **who** meets ministries.', 'SUBMITTED', '2027-01-05T00:00:00Z']))[0].id;
  draftId = (await db.query(proposal, [nap3.id, DRAFT_TITLE, 'A problem only its authors have read so far.', 'DRAFT', null]))[0].id;
});
afterAll(() => server.stop());

describe('the HTML the server sends for a shared link', () => {
  it('names a plan, in English by default, with Open Graph tags, a canonical address and its Atom feed', async () => {
    const plan = await page(`/plans/${nap3.id}`);
    expect(plan.status).toBe(200);
    expect(plan.lang).toBe('en');
    expect(plan.titleCount).toBe(1);
    expect(plan.title).toBe(`${nap3.title} · OGP Forum`);
    expect(plan.meta('og:title')).toBe(nap3.title);
    expect(plan.meta('description')).toMatch(/^National Action Plan, 2016-\d\d – 2018-\d\d: its commitments/);
    expect(plan.meta('og:description')).toBe(plan.meta('description'));
    expect(plan.meta('og:url')).toBe(`${server.url}/plans/${nap3.id}`);
    expect(plan.meta('og:type')).toBe('website');
    expect(plan.meta('og:site_name')).toBe('OGP Forum');
    expect(plan.meta('og:locale')).toBe('en_US');
    expect(plan.link('canonical')?.href).toBe(`${server.url}/plans/${nap3.id}`);
    expect(plan.link('alternate')).toMatchObject({ type: 'application/atom+xml', href: `${server.url}/feeds/plans/${nap3.id}.atom` });
    expect(plan.html).toContain('<div id="root"></div>');
  });

  it('is in Korean for a Korean browser and for ?lang=ko', async () => {
    for (const asked of [page(`/plans/${nap3.id}`, { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' }), page(`/plans/${nap3.id}?lang=ko`, { 'accept-language': 'en' })]) {
      const plan = await asked;
      expect(plan.lang).toBe('ko');
      expect(plan.title).toBe(`${nap3.title_ko} · OGP 포럼`);
      expect(plan.meta('og:locale')).toBe('ko_KR');
      expect(plan.meta('og:site_name')).toBe('OGP 포럼');
      expect(plan.meta('description')).toMatch(/^국가실행계획/);
      expect(plan.link('alternate')?.href).toBe(`${server.url}/feeds/plans/${nap3.id}.atom?lang=ko`);
    }
    expect((await page(`/plans/${nap3.id}?lang=en`, { 'accept-language': 'ko' })).lang).toBe('en');
  });

  it('names a commitment by its code and title, and a plan\'s sub-pages by what they are', async () => {
    const shared = await page(`/commitments/${commitment.id}`);
    expect(shared.meta('og:title')).toBe(`${commitment.code} ${commitment.title}`);
    expect(shared.meta('og:type')).toBe('article');
    expect(shared.meta('description')!.length).toBeGreaterThan(20);
    expect(shared.meta('description')!.length).toBeLessThanOrEqual(200);
    expect((await page(`/commitments/${commitment.id}`, { 'accept-language': 'ko' })).meta('og:title')).toBe(`${commitment.code} ${commitment.title_ko}`);
    expect((await page(`/plans/${nap3.id}/repository`)).meta('og:title')).toBe(`Repository: ${nap3.title}`);
  });

  it('escapes what members wrote: a meeting\'s title stays text', async () => {
    const meeting = await page(`/meetings/${meetingId}`);
    expect(meeting.html).not.toContain('<script>alert');
    expect(meeting.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;friends&quot;');
    expect(meeting.title).toBe(`${MEETING_TITLE} · OGP Forum`);
    expect(meeting.meta('og:title')).toBe(MEETING_TITLE);
    expect(meeting.meta('description')).toMatch(/^Forum meeting on .*2027/);
  });

  it('names a submitted proposal, but never a draft one', async () => {
    const submitted = await page(`/proposals/${submittedId}`);
    expect(submitted.meta('og:title')).toBe(SUBMITTED_TITLE);
    expect(submitted.meta('description')).toBe('Citizens cannot see who meets ministries.');

    const draft = await page(`/proposals/${draftId}`);
    expect(draft.status).toBe(200);
    expect(draft.html).not.toContain(DRAFT_TITLE);
    expect(draft.html).not.toContain('A problem only its authors have read');
    expect(draft.title).toBe('OGP Forum');
    expect(draft.meta('og:title')).toBe('OGP Forum');
  });

  it('falls back to the forum\'s own title for pages that are not there', async () => {
    for (const path of ['/plans/00000000-0000-4000-8000-000000000000', '/commitments/not-an-id', '/nowhere']) {
      const missing = await page(path);
      expect(missing.status).toBe(200);
      expect(missing.title).toBe('OGP Forum');
      expect(missing.meta('og:description')).toMatch(/^Government and civil society/);
    }
    expect((await page('/open-data')).meta('og:title')).toBe('Open data');
  });
});
