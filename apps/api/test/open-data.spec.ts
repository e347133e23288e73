import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let nap3: string;
const HIDDEN_TEXT = 'A comment the moderator hid: call 010-1234-5678 now';
const DRAFT_TITLE = 'A draft proposal nobody outside its organisation may read';
const VISIBLE_TEXT = 'A public comment on commitment 1-a, kept in the archive';
const MEETING_TEXT = 'A comment on a meeting of the forum, public like its calendar';
const REPLY_TEXT = 'A reply to the comment the moderator hid';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
let publicDocument: string;
let replyId: string;

/** Downloads an archive as a visitor and unpacks it: file name → text. */
async function download(path: string): Promise<Record<string, string>> {
  const answer = await request(server.url).get(path).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toBe('application/zip');
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(answer.body as Buffer))).map(([name, bytes]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)]));
}

const csvRows = (file: string) => parse(file, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-open-data-')) });
  nap3 = (await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3'))[0].id;
  const client = clientFor(server);
  const [citizen, admin] = await Promise.all([client.login('citizen@example.org'), client.login('admin@example.org')]);
  const [commitment] = await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`);
  const post = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
  const hidden = await client.call(post, { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body: HIDDEN_TEXT } }, { token: citizen.token });
  await client.call(post, { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body: VISIBLE_TEXT } }, { token: citizen.token });
  const hide = await client.call('mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }', { input: { id: hidden.body.data.postComment.id, reason: 'Personal data' } }, { token: admin.token });
  expect(hide.body.errors).toBeUndefined();
  const reply = await client.call(post, { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body: REPLY_TEXT, parentId: hidden.body.data.postComment.id } }, { token: citizen.token });
  replyId = reply.body.data.postComment.id;
  const [meeting] = await server.dataSource.query(`SELECT id FROM meetings WHERE sample ORDER BY starts_at LIMIT 1`);
  const onMeeting = await client.call(post, { input: { subjectType: 'MEETING', subjectId: meeting.id, body: MEETING_TEXT } }, { token: citizen.token });
  expect(onMeeting.body.errors).toBeUndefined();
  // A draft proposal of Open Net for the 3rd NAP, written straight into this test's own database.
  const [draft] = await server.dataSource.query(
    `INSERT INTO proposals (plan_id, title, proposer_id, organization_id, status)
     SELECT $1, $2, u.id, u.organization_id, 'DRAFT' FROM users u WHERE u.email = 'cso@example.org' RETURNING id`,
    [nap3, DRAFT_TITLE],
  );
  const cso = await client.login('cso@example.org');
  const attach = (token: string, subjectType: string, subjectId: string, filename: string) =>
    request(server.url).post('/attachments').set('authorization', `Bearer ${token}`).field('subjectType', subjectType).field('subjectId', subjectId).attach('file', PDF, { filename, contentType: 'application/pdf' });
  const evidence = await attach(admin.token, 'COMMITMENT', commitment.id, 'evidence-1-a.pdf');
  expect(evidence.status).toBe(201);
  publicDocument = evidence.body.id;
  expect((await attach(cso.token, 'PROPOSAL', draft.id, 'draft-annex-secret.pdf')).status).toBe(201);
});
afterAll(() => server.stop());

describe('GET /open-data/ogp-forum.zip', () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await download('/open-data/ogp-forum.zip');
  });

  const TABLES = ['organizations', 'forum_rules', 'plans', 'themes', 'commitments', 'milestones', 'progress_updates', 'irm_recommendations', 'meetings', 'agenda_items', 'decisions', 'action_items', 'proposals', 'reasoned_responses', 'report_consultations', 'report_sections', 'public_comments', 'documents'];

  it('holds a CSV and a JSON file per table, schema.json, README.md and LICENSE.md (CC BY 4.0 by default)', () => {
    expect(Object.keys(files).sort()).toEqual([...TABLES.flatMap((t) => [`${t}.csv`, `${t}.json`]), 'LICENSE.md', 'README.md', 'schema.json'].sort());
    expect(files['LICENSE.md']).toContain('Creative Commons Attribution 4.0 International');
    for (const table of TABLES) expect(files['README.md']).toContain(`## ${table}`);
    expect(files['README.md']).toContain('| `title/ko` |');
  });

  it('every CSV parses with a real CSV parser, starts with a BOM and has the same rows as its JSON file', () => {
    for (const table of TABLES) {
      expect(files[`${table}.csv`].startsWith('\uFEFF')).toBe(true);
      const rows = csvRows(files[`${table}.csv`]);
      const json = JSON.parse(files[`${table}.json`]) as Record<string, unknown>[];
      expect(rows).toHaveLength(json.length);
      if (json.length) expect(Object.keys(rows[0])).toEqual(Object.keys(json[0]));
    }
  });

  it('every JSON file validates against schema.json (ajv)', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(files['schema.json']));
    const archive = Object.fromEntries(TABLES.map((t) => [`${t}.json`, JSON.parse(files[`${t}.json`])]));
    expect(validate(archive) ? [] : validate.errors).toEqual([]);
    // The schema is strict enough to fail: a row with a missing column does not validate.
    const broken = { ...archive, 'plans.json': [{ ...archive['plans.json'][0], number: 'three' }] };
    expect(validate(broken)).toBe(false);
  });

  it('the 3rd NAP\'s commitments file has its 14 codes, and Korean in its own column', () => {
    const commitments = csvRows(files['commitments.csv']).filter((row) => row.plan_id === nap3);
    expect(commitments.map((row) => row.code)).toEqual(['1-a', '1-b', '1-c', '2-a', '2-b', '2-c', '2-d', '3-a', '4-a', '4-b', '4-c', '5-a', '6-a', '6-b']);
    const milestones = JSON.parse(files['milestones.json']) as Record<string, string | null>[];
    expect(milestones.some((m) => m['title/ko'])).toBe(true);
  });

  it('keeps the public comment and the published minutes, but not a hidden comment, a draft, an online link or an e-mail address', () => {
    const everything = Object.values(files).join('\n');
    expect(everything).toContain(VISIBLE_TEXT);
    expect(everything).not.toContain(HIDDEN_TEXT);
    expect(everything).not.toContain('010-1234-5678');
    expect(everything).not.toContain(DRAFT_TITLE);
    expect(everything).not.toMatch(/[\w.+-]+@example\.org/);
    expect(everything).not.toContain('meet.example.org');
    const meetings = JSON.parse(files['meetings.json']) as Record<string, unknown>[];
    expect(meetings.filter((m) => m.sample)).toHaveLength(10);
    expect(JSON.parse(files['decisions.json'])).not.toHaveLength(0);
    expect(JSON.parse(files['reasoned_responses.json'])).toHaveLength(4);
  });

  it('lists the documents a visitor may download, with their size, hash and address, and not a draft proposal\'s', async () => {
    const documents = JSON.parse(files['documents.json']) as Record<string, unknown>[];
    const [commitment] = await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`);
    expect(documents).toEqual([
      expect.objectContaining({ id: publicDocument, subject_type: 'COMMITMENT', subject_id: commitment.id, plan_id: nap3, name: 'evidence-1-a.pdf', size: PDF.length, content_type: 'application/pdf', url: `/attachments/${publicDocument}` }),
    ]);
    expect(documents[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(files).join('\n')).not.toContain('draft-annex-secret.pdf');
    // The address in the archive is the one a visitor downloads from, without a token.
    const download = await request(server.url).get(String(documents[0].url));
    expect(download.status).toBe(200);
  });

  it('keeps comments on meetings (a reply to a hidden comment stays, without naming its parent), organisations, the basic rules and the reports\' sections', () => {
    const comments = JSON.parse(files['public_comments.json']) as Record<string, unknown>[];
    expect(comments.find((c) => c.body === MEETING_TEXT)).toMatchObject({ subject_type: 'MEETING' });
    expect(comments.find((c) => c.id === replyId)).toMatchObject({ body: REPLY_TEXT, parent_id: null });
    const organizations = JSON.parse(files['organizations.json']) as Record<string, unknown>[];
    const commitments = JSON.parse(files['commitments.json']) as Record<string, string>[];
    for (const commitment of commitments) expect(organizations.find((o) => o.id === commitment.lead_organization_id)?.['name/en']).toBe(commitment.lead_organization);
    const rules = JSON.parse(files['forum_rules.json']) as Record<string, unknown>[];
    expect(rules.map((r) => [r.language, r.version, r.seeded])).toEqual([['en', 1, true], ['ko', 1, true]]);
    expect(rules[0].text).toContain('regular monthly meetings');
    expect((JSON.parse(files['report_sections.json']) as Record<string, unknown>[]).map((s) => s.section)).toEqual(expect.arrayContaining(['INTRODUCTION', 'CONCLUSION']));
  });

  it('escapes a cell that would run as a formula in a spreadsheet', () => {
    const commitments = csvRows(files['commitments.csv']);
    const cells = commitments.flatMap((row) => Object.values(row));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    // Markdown lists start with "- ": they are kept, behind the quote that disarms them.
    expect(cells.some((cell) => cell.startsWith("'- "))).toBe(true);
  });
});

describe('GET /open-data/plans/:planId.zip', () => {
  it('holds the plan\'s own rows only: its commitments, and the meetings held in its period', async () => {
    const files = await download(`/open-data/plans/${nap3}.zip`);
    expect((JSON.parse(files['plans.json']) as { id: string }[]).map((p) => p.id)).toEqual([nap3]);
    expect(JSON.parse(files['commitments.json'])).toHaveLength(14);
    expect(JSON.parse(files['meetings.json'])).toHaveLength(10);
    expect(files['README.md']).toContain('# OGP Forum open data: 3rd National Action Plan');
    const everything = Object.values(files).join('\n');
    expect(everything).not.toContain(HIDDEN_TEXT);
    expect(everything).not.toContain(DRAFT_TITLE);
    expect(everything).toContain(VISIBLE_TEXT);
  });

  it('an unknown plan is a 404 with a code, never a stack trace', async () => {
    const answer = await request(server.url).get('/open-data/plans/00000000-0000-4000-8000-000000000000.zip');
    expect(answer.status).toBe(404);
    expect(JSON.stringify(answer.body)).not.toMatch(/at .*\.js/);
    expect((await request(server.url).get('/open-data/plans/nap3.zip')).status).toBe(404);
  });
});

describe('OPEN_DATA_LICENSE', () => {
  it('names another licence in LICENSE.md and README.md', async () => {
    const other = await startTestServer({ OPEN_DATA_LICENSE: 'Open Government Licence v3.0' });
    try {
      const answer = await request(other.url).get('/open-data/ogp-forum.zip').buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      const files = unzipSync(new Uint8Array(answer.body as Buffer));
      expect(strFromU8(files['LICENSE.md'])).toContain('This data is published under: Open Government Licence v3.0');
      expect(strFromU8(files['README.md'])).toContain('Licence: Open Government Licence v3.0');
    } finally {
      await other.stop();
    }
  });
});
