import { todayIn } from '@ogp-forum/domain';
import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DateTime } from 'luxon';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

/**
 * Self-assessment reports over real HTTP from the seeded 3rd NAP: the seed document's summary table reproduced in HTML,
 * Markdown and DOCX (read back from the zip), mid-term cut-offs, Korean, the narrative sections and the public comment.
 */

const seed = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'seeds/data/nap3.json'), 'utf8')) as {
  themes: { position: number; title: string }[];
  commitments: { code: string; theme: number; title: string; titleKo: string; milestones: { title: string; start: string; end: string }[] }[];
};
const sampleMeetings = (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'seeds/data/meetings-sample.json'), 'utf8')) as { meetings: { date: string; title: string }[] }).meetings;

/** The seed document's table "Category | Commitment | Status", row by row; a category only on its first row. */
const SEED_SUMMARY: string[][] = seed.themes.flatMap((theme) =>
  seed.commitments
    .filter((c) => c.theme === theme.position)
    .map((c, index) => [index === 0 ? `${theme.position}. ${theme.title}` : '', `${c.code}. ${c.title}`, c.code === '4-a' ? 'Substantially completed' : c.code === '4-c' ? '(Incorporated into 4-b)' : 'Completed']),
);

const longDate = (iso: string) => DateTime.fromISO(iso).setLocale('en-US').toLocaleString({ year: 'numeric', month: 'long', day: 'numeric' });

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The rows of the HTML table with this caption, as text; a cell spanning rows is given on its first row only. */
function htmlTable(html: string, caption: string): string[][] {
  const table = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].find((m) => decode(/<caption>([\s\S]*?)<\/caption>/.exec(m[1])?.[1] ?? '') === caption);
  if (!table) throw new Error(`no table "${caption}"`);
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table[1])![1];
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1])));
}

/** The rows of the Markdown pipe table under its italic caption line. */
function markdownTable(md: string, caption: string): string[][] {
  const lines = md.split('\n');
  const start = lines.indexOf(`*${caption}*`);
  if (start < 0) throw new Error(`no table "${caption}"`);
  const rows: string[][] = [];
  for (let i = start + 4; i < lines.length && lines[i].startsWith('|'); i += 1) {
    rows.push(lines[i].slice(1, -1).split(' | ').map((c) => c.trim().replace(/\\(.)/g, '$1').replace(/^\*(.*)\*$/, '$1')));
  }
  return rows;
}

/** The tables of word/document.xml, each as rows of cell texts (the continuation of a merged cell reads ''). */
function docxTables(xml: string): string[][][] {
  const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) => [...(r[1] ?? r[2]).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1]))));
}

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let planId: string;
const tokens: Record<string, string> = {};

const report = (query: string, format = 'html') => request(server.url).get(`/reports/plans/${planId}/self-assessment.${format}${query}`);
const docx = async (query = '') => {
  const response = await report(query, 'docx').buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const files = unzipSync(new Uint8Array(response.body as Buffer));
  return { response, document: strFromU8(files['word/document.xml']), styles: strFromU8(files['word/styles.xml']), settings: strFromU8(files['word/settings.xml']) };
};

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  const { body } = await client.call('{ actionPlans { id number } }');
  planId = body.data.actionPlans.find((p: { number: number }) => p.number === 3).id;
  for (const email of ['admin', 'mois', 'cso', 'citizen']) tokens[email] = (await client.login(`${email}@example.org`)).token;
});
afterAll(() => server.stop());

describe('the end-of-term report of the seeded 3rd NAP', () => {
  it('as HTML reproduces the summary table of the seed document, every part and every milestone with its dates', async () => {
    const response = await report('');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('filename="nap3-end-of-term-self-assessment-en.html"');
    const html = response.text;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>End-of-Term Self-Assessment Report on the 3rd National Action Plan (2016–2018)</title>');
    expect(html).toContain('@media print');
    expect([...html.matchAll(/<h2 id="[^"]+" class="page-break">([^<]*)<\/h2>/g)].map((m) => decode(m[1]))).toEqual([
      'I. Introduction',
      'II. National Action Plan Process',
      'III. IRM Recommendations',
      'IV. Implementation of National Action Plan Commitments',
      'V. Conclusion and Future Plan',
      'Appendix: Commitment Implementation Status in Detail',
    ]);
    expect(htmlTable(html, 'Commitments by category and status')).toEqual(SEED_SUMMARY.map((row) => row.filter((cell, index) => index > 0 || cell)));
    expect(html).toContain('The plan has 14 commitments under 6 categories.');
    // The seeded narrative sections, transcribed from the seed document.
    expect(decode(html)).toContain('For countries joining the Open Government Partnership (OGP), National Action Plans are the key');
    expect(decode(html)).toContain('Among the 14 commitments, except the one integrated into another, 12 have already been completed');
    for (const c of seed.commitments) {
      const rows = htmlTable(html, `Milestones of commitment ${c.code}`);
      expect(rows.map((row) => row.slice(0, 3))).toEqual(c.milestones.map((m) => [m.title, longDate(m.start), longDate(m.end)]));
    }
    // Section II: the selected proposals with their reasoned responses, and the sample meetings of the term.
    expect(htmlTable(html, 'Proposals received and their reasoned responses')).toHaveLength(4);
    expect(htmlTable(html, 'Meetings held, with attendance by sector').map((row) => row[0])).toEqual(sampleMeetings.map((m) => longDate(m.date)));
  });

  it('as Markdown has the same summary table and parts', async () => {
    const response = await report('', 'md');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="nap3-end-of-term-self-assessment-en\.md"/);
    const md = response.text;
    expect(markdownTable(md, 'Commitments by category and status')).toEqual(SEED_SUMMARY);
    for (const part of ['I. Introduction', 'II. National Action Plan Process', 'III. IRM Recommendations', 'IV. Implementation of National Action Plan Commitments', 'V. Conclusion and Future Plan', 'Appendix: Commitment Implementation Status in Detail']) {
      expect(md).toContain(`\n## ${part}\n`);
    }
    for (const c of seed.commitments) {
      expect(markdownTable(md, `Milestones of commitment ${c.code}`).map((row) => row.slice(0, 3))).toEqual(c.milestones.map((m) => [m.title, longDate(m.start), longDate(m.end)]));
    }
  });

  it('as DOCX, read back from its zip, has real headings, a table of contents, the summary table and all 14 codes', async () => {
    const { response, document, styles, settings } = await docx();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toContain('filename="nap3-end-of-term-self-assessment-en.docx"');
    const tables = docxTables(document);
    const summary = tables.find((t) => t[0]?.join('|') === 'Category|Commitment|Status')!;
    expect(summary.slice(1)).toEqual(SEED_SUMMARY);
    for (const c of seed.commitments) expect(document).toContain(`${c.code}. ${c.title.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}`);
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(6);
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/);
    expect(settings).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
    expect(styles).toContain('w:eastAsia="Malgun Gothic"');
    for (const c of seed.commitments) {
      const milestones = tables.find((t) => t[0]?.join('|') === 'Milestone|Start Date|End Date|Completion Level' && t.length - 1 === c.milestones.length && t[1][0] === c.milestones[0].title)!;
      expect(milestones.slice(1).map((row) => row.slice(0, 3))).toEqual(c.milestones.map((m) => [m.title, longDate(m.start), longDate(m.end)]));
    }
  });

  it('in Korean has Korean headings and titles, and says the English introduction is not translated yet', async () => {
    const response = await report('?lang=ko');
    expect(response.status).toBe(200);
    const html = response.text;
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('<title>제3차 국가실행계획 (2016–2018) 최종 자체평가 보고서</title>');
    for (const part of ['I. 서론', 'II. 국가실행계획 수립 및 이행 과정', 'III. 독립평가기구(IRM) 권고', 'IV. 국가실행계획 과제 이행', 'V. 결론 및 향후 계획', '부록: 과제별 세부 이행 현황']) {
      expect(html).toMatch(new RegExp(`<h2 id="[^"]+" class="page-break">${part.replace(/[()]/g, '\\$&')}</h2>`));
    }
    const summary = htmlTable(html, '분야별 과제와 이행 수준');
    expect(summary.map((row) => row[row.length - 2])).toEqual(seed.commitments.map((c) => `${c.code}. ${c.titleKo}`));
    expect(summary.filter((row) => row[row.length - 1] === '완료')).toHaveLength(12);
    expect(summary.find((row) => row.includes('4-c. 국민 서비스 안내 애플리케이션 개발·제공'))!.at(-1)).toBe('(4-b에 통합)');
    expect(html).toContain('한국어로 아직 작성되지 않아 영어 원문을 싣습니다.');

    const word = await docx('?lang=ko');
    expect(word.response.headers['content-disposition']).toContain('filename="nap3-end-of-term-self-assessment-ko.docx"');
    expect(word.document).toContain('I. 서론');
    expect(word.styles).toContain('w:eastAsia="ko-KR"');
  });
});

describe('a mid-term report', () => {
  it('includes only the progress updates and meetings up to its cut-off', async () => {
    // The seeded progress reports are dated 30 June 2018, the sample meetings run from September 2017 to June 2018.
    const before = await report('?kind=MID_TERM&until=2018-01-31');
    expect(before.status).toBe(200);
    expect(before.headers['content-disposition']).toContain('filename="nap3-mid-term-2018-01-31-self-assessment-en.html"');
    expect(before.text).toContain('<title>Mid-Term Self-Assessment Report on the 3rd National Action Plan (2016–2018)</title>');
    const held = sampleMeetings.filter((m) => m.date <= '2018-01-31');
    expect(htmlTable(before.text, 'Meetings held, with attendance by sector').map((row) => row[0])).toEqual(held.map((m) => longDate(m.date)));
    expect(before.text).not.toContain('Reported on');
    expect(before.text.match(/No progress was reported in this period\./g)).toHaveLength(13);
    expect(htmlTable(before.text, 'Commitments by category and status').map((row) => row.at(-1))).toEqual(SEED_SUMMARY.map((row) => (row[2].startsWith('(') ? row[2] : 'Not started')));

    const atEnd = await report('?kind=MID_TERM&until=2018-06-30');
    expect(atEnd.text.match(/Reported on June 30, 2018/g)).toHaveLength(13);
    expect(htmlTable(atEnd.text, 'Meetings held, with attendance by sector')).toHaveLength(sampleMeetings.length);
  });

  it.each`
    query                                        | status | message
    ${'?kind=MID_TERM'}                          | ${400} | ${/needs its cut-off date/}
    ${'?kind=MID_TERM&until=2018-02-30'}         | ${400} | ${/YYYY-MM-DD/}
    ${'?kind=MID_TERM&until=2019-01-01'}         | ${400} | ${/within the plan's period, 2016-10-01 to 2018-06-30/}
    ${'?until=2018-01-31'}                       | ${400} | ${/MID_TERM reports only/}
    ${'?kind=MIDTERM'}                           | ${400} | ${/kind must be one of MID_TERM, END_OF_TERM/}
    ${'?lang=fr'}                                | ${400} | ${/lang must be one of en, ko/}
    ${'?kind=MID_TERM&until=2018-01-31&until=2018-02-28'} | ${400} | ${/until must be one date/}
  `('answers $query with $status', async ({ query, status, message }) => {
    const response = await report(query);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
  });
});

describe('reports of plans that are not there', () => {
  it('answers an unknown plan or format with 404 and a plan still being co-created with 409', async () => {
    const unknown = await request(server.url).get('/reports/plans/00000000-0000-4000-8000-000000000000/self-assessment.html');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect((await request(server.url).get('/reports/plans/not-a-plan/self-assessment.docx')).status).toBe(404);
    expect((await request(server.url).get(`/reports/plans/${planId}/self-assessment.pdf`)).status).toBe(404);

    const created = await client.call(
      'mutation { createActionPlan(input: { number: 5, title: "5th National Action Plan", periodStart: "2021-01-01", periodEnd: "2022-12-31" }) { id status } }',
      {},
      { token: tokens.admin },
    );
    expect(created.body.data.createActionPlan.status).toBe('CO_CREATION');
    const coCreation = await request(server.url).get(`/reports/plans/${created.body.data.createActionPlan.id}/self-assessment.md`);
    expect(coCreation.status).toBe(409);
    expect(coCreation.body).toEqual({ code: 'CONFLICT', message: expect.stringMatching(/still being co-created/) });
  });
});

const SAVE = `mutation($input: SaveReportNarrativeInput!) { saveReportNarrative(input: $input) { key locale text version } }`;
const NARRATIVES = `query($planId: ID!, $kind: ReportKind!, $locale: Locale!) { reportNarratives(planId: $planId, kind: $kind, locale: $locale) { key text version } }`;
const VERSIONS = `query($section: ReportNarrativeRef!) { reportNarrativeVersions(section: $section) { version text } }`;

describe('the narrative sections', () => {
  const section = () => ({ planId, kind: 'END_OF_TERM', key: 'INTRODUCTION', locale: 'ko' });

  it('are saved by the government and the secretariat from a base version, a stale base being a CONFLICT with the newer text', async () => {
    const seeded = await client.call(NARRATIVES, { planId, kind: 'END_OF_TERM', locale: 'en' });
    expect(seeded.body.data.reportNarratives.map((n: { key: string; version: number }) => [n.key, n.version])).toEqual([
      ['INTRODUCTION', 1],
      ['PROCESS_NOTE', 1],
      ['IRM_NOTE', 0],
      ['IMPLEMENTATION_NOTE', 0],
      ['CONCLUSION', 1],
    ]);

    const first = await client.call(SAVE, { input: { ...section(), text: '개방정부파트너십(OGP) 참여국에게 국가실행계획은 핵심입니다.', baseVersion: 0 } }, { token: tokens.mois });
    expect(first.body.data.saveReportNarrative).toEqual({ key: 'INTRODUCTION', locale: 'ko', text: '개방정부파트너십(OGP) 참여국에게 국가실행계획은 핵심입니다.', version: 1 });

    const stale = await client.call(SAVE, { input: { ...section(), text: '다른 서론', baseVersion: 0 } }, { token: tokens.admin });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.body.errors![0].extensions).toMatchObject({ currentVersion: 1, currentText: '개방정부파트너십(OGP) 참여국에게 국가실행계획은 핵심입니다.' });

    const merged = await client.call(SAVE, { input: { ...section(), text: '개방정부파트너십(OGP) 참여국에게 국가실행계획은 핵심입니다. 병합한 서론.', baseVersion: 1 } }, { token: tokens.admin });
    expect(merged.body.data.saveReportNarrative.version).toBe(2);
    const versions = await client.call(VERSIONS, { section: section() });
    expect(versions.body.data.reportNarrativeVersions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    // The Korean report now reads the Korean introduction instead of the English fallback.
    const html = (await report('?lang=ko')).text;
    expect(html).toContain('병합한 서론.');
    expect(html.split('id="process"')[0]).not.toContain('한국어로 아직 작성되지 않아');
  });

  it.each`
    who          | code
    ${'cso'}     | ${'FORBIDDEN'}
    ${'citizen'} | ${'FORBIDDEN'}
    ${null}      | ${'UNAUTHENTICATED'}
  `('are not written by $who: $code', async ({ who, code }) => {
    const answer = await client.call(SAVE, { input: { ...section(), key: 'CONCLUSION', text: 'Not mine to write', baseVersion: 0 } }, { token: who ? tokens[who] : undefined });
    expect(errorCode(answer)).toBe(code);
    const after = await client.call(NARRATIVES, { planId, kind: 'END_OF_TERM', locale: 'ko' });
    expect(after.body.data.reportNarratives.find((n: { key: string }) => n.key === 'CONCLUSION').version).toBe(0);
  });
});

const OPEN = `mutation($input: OpenReportConsultationInput!) { openReportConsultation(input: $input) { id opensOn closesOn open commentCount } }`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;

describe('public comment on the draft report', () => {
  it('is opened by the secretariat for at least 14 days; a citizen comments, the report counts it, and after closing comments are refused', async () => {
    const today = todayIn('Asia/Seoul');
    const plus = (days: number) => DateTime.fromISO(today).plus({ days }).toISODate()!;

    const short = await client.call(OPEN, { input: { planId, kind: 'END_OF_TERM', opensOn: today, closesOn: plus(12) } }, { token: tokens.admin });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.body.errors![0].message).toMatch(/at least 14 days/);
    expect(errorCode(await client.call(OPEN, { input: { planId, kind: 'END_OF_TERM', opensOn: today, closesOn: plus(13) } }, { token: tokens.cso }))).toBe('FORBIDDEN');

    const opened = await client.call(OPEN, { input: { planId, kind: 'END_OF_TERM', opensOn: today, closesOn: plus(13) } }, { token: tokens.admin });
    const consultation = opened.body.data.openReportConsultation;
    expect(consultation).toMatchObject({ opensOn: today, closesOn: plus(13), open: true, commentCount: 0 });

    const comment = await client.call(POST, { input: { subjectType: 'REPORT', subjectId: consultation.id, body: 'Please say which meetings discussed 4-a.' } }, { token: tokens.citizen });
    expect(comment.body.errors).toBeUndefined();
    const thread = await client.call(`{ comments(subjectType: REPORT, subjectId: "${consultation.id}") { totalCount } }`);
    expect(thread.body.data.comments.totalCount).toBe(1);

    const md = (await report('', 'md')).text;
    expect(md).toContain(`The draft of this report is open for public comment from ${longDate(today)} to ${longDate(plus(13))}; 1 comment has been received so far.`);
    expect(md).toContain(`/plans/${planId}/report?kind=END_OF_TERM#public-comment`);

    // The period ran out: the last day was yesterday where the forum is.
    await server.dataSource.query('UPDATE report_consultations SET opens_on = $1, closes_on = $2 WHERE id = $3', [plus(-20), plus(-1), consultation.id]);
    const late = await client.call(POST, { input: { subjectType: 'REPORT', subjectId: consultation.id, body: 'One more thing' } }, { token: tokens.citizen });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.body.errors![0].message).toContain(`takes comments from ${plus(-20)} to ${plus(-1)}`);
    const closed = (await report('')).text;
    expect(decode(closed)).toContain(`The draft of this report was open for public comment from ${longDate(plus(-20))} to ${longDate(plus(-1))} (20 days); 1 comment was received.`);
    const state = await client.call(`{ reportConsultation(planId: "${planId}", kind: END_OF_TERM) { open commentCount } }`);
    expect(state.body.data.reportConsultation).toEqual({ open: false, commentCount: 1 });
  });
});
