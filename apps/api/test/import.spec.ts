import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { Client } from 'pg';
import request from 'supertest';
import { loadConfig, REPO_ROOT } from '../src/config/config.js';
import { csvFile, jsonFile } from '../src/open-data/open-data.files.js';
import { OPEN_DATA_TABLES } from '../src/open-data/open-data.tables.js';
import { startServer, type RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { createEmptyTestDatabase, createTestDatabase, startTestServer, TEST_JWT_SECRET } from './harness.js';

/**
 * `npm run import`, the built command as an operator runs it, against real PostgreSQL databases: an export of the
 * seeded forum (with a comment, a reply, a document, a rules version of its own) loaded into an empty database exports
 * again the very same files; a non-empty database and damaged archives are refused with nothing written.
 */

const CLI = path.join(REPO_ROOT, 'apps/api/dist/cli/import-open-data.js');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-import-'));

let source: RunningServer;
let archive: Buffer;

async function download(server: RunningServer, at: string): Promise<Buffer> {
  const answer = await request(server.url).get(at).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(answer.status).toBe(200);
  return answer.body as Buffer;
}

const unpack = (zip: Buffer) => Object.fromEntries(Object.entries(unzipSync(new Uint8Array(zip))).map(([name, bytes]) => [name, Buffer.from(bytes)]));
const repack = (files: Record<string, Buffer | string>) => {
  const file = path.join(tmp(), 'ogp-forum.zip');
  fs.writeFileSync(file, zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : new Uint8Array(content)]))));
  return file;
};

/** The built import command; its exit code and what it printed. */
async function runImport(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

/** Rows in every table of the schema but the migrations' own. */
async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`);
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) counts[table_name] = Number((await client.query(`SELECT count(*) FROM "${table_name}"`)).rows[0].count);
    return counts;
  } finally {
    await client.end();
  }
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

beforeAll(async () => {
  source = await startTestServer({ DATA_DIR: tmp() });
  const client = clientFor(source);
  const [citizen, admin] = await Promise.all([client.login('citizen@example.org'), client.login('admin@example.org')]);
  const [commitment] = await source.dataSource.query(`SELECT id FROM commitments WHERE code = '2-a'`);
  const post = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
  const first = await client.call(post, { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body: 'Is the data set published yet?' } }, { token: citizen.token });
  await client.call(post, { input: { subjectType: 'COMMITMENT', subjectId: commitment.id, body: '네, 공개되었습니다.', parentId: first.body.data.postComment.id } }, { token: admin.token });
  await client.call('mutation($input: SaveForumRulesInput!) { saveForumRules(input: $input) { version } }', { input: { locale: 'en', text: '# Rules\n\nThe forum meets monthly.', baseVersion: 1 } }, { token: admin.token });
  const uploaded = await request(source.url).post('/attachments').set('authorization', `Bearer ${admin.token}`).field('subjectType', 'COMMITMENT').field('subjectId', commitment.id).attach('file', PDF, { filename: '증빙 evidence.pdf', contentType: 'application/pdf' });
  expect(uploaded.status).toBe(201);
  archive = await download(source, '/open-data/ogp-forum.zip');
});
afterAll(() => source?.stop());

describe('npm run import', () => {
  it('loads an export into an empty database, and exporting it again gives the very same files', async () => {
    const databaseUrl = await createEmptyTestDatabase();
    const dataDir = tmp();
    const file = repack(unpack(archive));
    const result = await runImport([file, '--documents-from', source.url], { DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported ogp-forum\.zip: \d+ rows \(organizations \d+, forum_rules 3, plans 1, /);

    // The api on the imported database, as `npm start` runs it: its seeding adds nothing to an imported forum.
    const imported = await startServer(loadConfig({ LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, LIVE_ADAPTER: 'memory', PORT: '0', DATABASE_URL: databaseUrl, DATA_DIR: dataDir }));
    try {
      const before = unpack(archive);
      const after = unpack(await download(imported, '/open-data/ogp-forum.zip'));
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      // No export stamps the time it was made: every file, README and LICENSE included, must be byte for byte the same.
      for (const name of Object.keys(before)) expect([name, after[name].equals(before[name])]).toEqual([name, true]);
      expect(JSON.parse(after['documents.json'].toString())).toHaveLength(1);

      // Nobody can sign in: open data has no accounts, and the demo accounts are not seeded on an imported forum.
      expect(await imported.dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
      // The document's bytes came along, and the threads replay in order.
      const [document] = JSON.parse(after['documents.json'].toString());
      const file = await request(imported.url).get(document.url).buffer(true);
      expect(file.status).toBe(200);
      const [commitment] = await imported.dataSource.query(`SELECT id FROM commitments WHERE code = '2-a'`);
      const thread = await clientFor(imported).call('query($id: ID!) { comments(subjectType: COMMITMENT, subjectId: $id) { edges { node { seq body parentId } } } }', { id: commitment.id });
      const nodes = thread.body.data.comments.edges.map((edge: { node: { seq: number; body: string; parentId: string | null } }) => edge.node);
      expect(nodes.map((n: { body: string }) => n.body)).toEqual(['Is the data set published yet?', '네, 공개되었습니다.']);
      expect(nodes[1].parentId).not.toBeNull();
      expect(nodes[1].seq).toBeGreaterThan(nodes[0].seq);
      const [record] = await imported.dataSource.query('SELECT file_name, archive_sha256 FROM data_imports');
      expect(record.file_name).toBe('ogp-forum.zip');
    } finally {
      await imported.stop();
    }
  });

  it('refuses a database that is not empty (here: a seeded installation), exit code 2, and leaves it as it was', async () => {
    const databaseUrl = await createTestDatabase();
    const before = await rowCounts(databaseUrl);
    const result = await runImport([repack(unpack(archive)), '--documents-from', source.url], { DATABASE_URL: databaseUrl, DATA_DIR: tmp() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^import: refused: the database is not empty \(.*action_plans 1.*organizations \d+.*\); import only into a new installation.*Nothing was written\.\n$/);
    expect(await rowCounts(databaseUrl)).toEqual(before);
  });

  it('refuses an archive with documents but no way to fetch their files, exit code 1, before touching the database', async () => {
    const result = await runImport([repack(unpack(archive))], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATA_DIR: tmp() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the archive lists 1 document, whose files are not in it: give --documents-from');
  });

  /** Each damaged archive: refused with code 3 and its reason, and the empty database keeps no row. */
  const withTable = (files: Record<string, Buffer | string>, table: string, edit: (rows: Record<string, unknown>[]) => void) => {
    const definition = OPEN_DATA_TABLES.find((t) => t.name === table)!;
    const rows = JSON.parse(files[`${table}.json`].toString());
    edit(rows);
    return { ...files, [`${table}.json`]: jsonFile(rows), [`${table}.csv`]: csvFile(definition, rows) };
  };
  const damaged: [string, (files: Record<string, Buffer | string>) => Record<string, Buffer | string>, RegExp][] = [
    ['a CSV that says something else than its JSON', (f) => ({ ...f, 'themes.csv': f['themes.csv'].toString().replace('Proactive', 'Reactive') }), /themes\.csv does not match themes\.json/],
    ['a CSV cut in the middle of a quoted cell', (f) => ({ ...f, 'commitments.csv': f['commitments.csv'].toString().slice(0, 500) }), /commitments\.csv does not match/],
    ['a JSON file that is not JSON', (f) => ({ ...f, 'milestones.json': f['milestones.json'].toString().slice(0, -20) }), /milestones\.json is not valid JSON/],
    ['a missing file', (f) => Object.fromEntries(Object.entries(f).filter(([name]) => name !== 'agenda_items.json')), /agenda_items\.json is missing/],
    ['a row that breaks schema.json', (f) => withTable(f, 'plans', (rows) => (rows[0].number = 'three')), /plans\.json\/0\/number must be integer/],
    ['a milestone of a commitment that is not in the archive', (f) => withTable(f, 'milestones', (rows) => (rows[5].commitment_id = '00000000-0000-4000-8000-000000000000')), /rows do not fit together \(Key \(commitment_id\)=\(00000000-0000-4000-8000-000000000000\) is not present in table "commitments"\.\)/],
    ['a comment on a meeting that is not in the archive', (f) => withTable(f, 'public_comments', (rows) => ((rows[0].subject_type = 'MEETING'), (rows[0].subject_id = '00000000-0000-4000-8000-000000000000'))), /public_comments\.json: row .* is on MEETING 00000000-0000-4000-8000-000000000000, which is not in the archive/],
    ['the archive of one plan', (f) => ({ ...f, 'README.md': f['README.md'].toString().replace('the whole forum', '3rd National Action Plan') }), /this is the archive of one plan/],
  ];
  it.each(damaged)('refuses %s, exit code 3, and writes nothing', async (_name, damage, reason) => {
    const databaseUrl = await createEmptyTestDatabase();
    const dataDir = tmp();
    const result = await runImport([repack(damage(unpack(archive))), '--documents-from', source.url], { DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toMatch(/Nothing was written\.\n$/);
    expect(result.code).toBe(3);
    // The checks before writing leave even the schema out; a refusal by the database rolls everything back.
    const counts = await rowCounts(databaseUrl).catch(() => ({}));
    expect(nonZero(counts)).toEqual({});
    const stored = path.join(dataDir, 'attachments');
    expect(fs.existsSync(stored) ? fs.readdirSync(stored) : []).toEqual([]);
  });
});
