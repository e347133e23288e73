import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Packer, Document, Paragraph } from 'docx';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// s3rver: a local S3-compatible server, so the bucket storage is tested over the real S3 protocol.
import S3rver from 's3rver';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

/**
 * Documents over real HTTP (multipart in, download out), the same cases against the two storages: a folder under
 * DATA_DIR and an S3-compatible bucket. UPLOAD_MAX_MB is 1 so that "too large" costs one megabyte.
 */

const MB = 1024 * 1024;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);
const CSV = Buffer.from('code,title\n1-a,공공데이터 개방\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface StorageUnderTest {
  name: string;
  /** The server's extra environment. */
  start(dataDir: string): Promise<NodeJS.ProcessEnv>;
  /** Every key the storage holds. */
  keys(dataDir: string): Promise<string[]>;
  stop(): Promise<void>;
}

const folder: StorageUnderTest = {
  name: 'a folder under DATA_DIR',
  start: async () => ({}),
  keys: async (dataDir) => (fs.existsSync(path.join(dataDir, 'attachments')) ? fs.readdirSync(path.join(dataDir, 'attachments')) : []),
  stop: async () => undefined,
};

function bucket(): StorageUnderTest {
  let s3: { close(): Promise<void> } | undefined;
  let client: S3Client | undefined;
  return {
    name: 'an S3-compatible bucket',
    async start(dataDir) {
      const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(dataDir, 's3rver'), configureBuckets: [{ name: 'forum-docs' }] });
      const { port } = (await server.run()) as { port: number };
      s3 = server;
      client = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
      return { S3_URL: `s3+http://S3RVER:S3RVER@127.0.0.1:${port}/forum-docs/ogp?region=us-east-1&forcePathStyle=true` };
    },
    async keys() {
      const answer = await client!.send(new ListObjectsV2Command({ Bucket: 'forum-docs' }));
      return (answer.Contents ?? []).map((object) => object.Key!);
    },
    async stop() {
      client?.destroy();
      await s3?.close();
    },
  };
}

describe.each([folder, bucket()])('documents kept in $name', (storage) => {
  let server: RunningServer;
  let client: ReturnType<typeof clientFor>;
  let dataDir: string;
  let plan: string;
  let commitment1a: string;
  let admin: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-attachments-'));
    server = await startTestServer({ DATA_DIR: dataDir, UPLOAD_MAX_MB: '1', ...(await storage.start(dataDir)) });
    client = clientFor(server);
    plan = (await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3'))[0].id;
    commitment1a = (await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`))[0].id;
    admin = (await client.login('admin@example.org')).token;
  });
  afterAll(async () => {
    await server.stop();
    await storage.stop();
  });

  function upload(token: string | null, subjectType: string, subjectId: string, bytes: Buffer, filename: string, claimed = 'application/pdf') {
    const req = request(server.url).post('/attachments');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.field('subjectType', subjectType).field('subjectId', subjectId).attach('file', bytes, { filename, contentType: claimed });
  }

  /** What is kept anywhere: the storage, the attachments table, and the uploads still being received. */
  async function kept() {
    const incoming = path.join(dataDir, 'incoming');
    return {
      stored: (await storage.keys(dataDir)).length,
      rows: Number((await server.dataSource.query('SELECT count(*) AS n FROM attachments'))[0].n),
      incoming: fs.existsSync(incoming) ? fs.readdirSync(incoming).length : 0,
    };
  }

  it('stores a PDF for the plan and serves it to anyone as a download with the safe headers', async () => {
    const answer = await upload(admin, 'PLAN', plan, PDF, '../../평가 보고서 (IRM).pdf', 'text/html');
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: expect.any(String), name: '평가 보고서 (IRM).pdf', size: PDF.length, sha256: sha256(PDF), contentType: 'application/pdf' });
    // Kept under its id in this storage, not under the name it came with.
    expect(await storage.keys(dataDir)).toContainEqual(expect.stringMatching(new RegExp(`(^|/)${answer.body.id}$`)));

    const download = await request(server.url).get(`/attachments/${answer.body.id}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    // RFC 5987: an ASCII stand-in for old readers, the exact name in UTF-8 for the rest.
    expect(download.headers['content-disposition']).toBe(`attachment; filename="__ ___ (IRM).pdf"; filename*=UTF-8''${encodeURIComponent('평가 보고서 ')}%28IRM%29.pdf`);
    expect(download.headers['content-length']).toBe(String(PDF.length));

    const listed = await client.call(`query($id: ID!) { actionPlan(id: $id) { attachments { id name size contentType sha256 url createdAt uploadedBy { displayName } } } }`, { id: plan });
    expect(listed.body.data.actionPlan.attachments).toEqual([
      expect.objectContaining({ id: answer.body.id, name: '평가 보고서 (IRM).pdf', url: `/attachments/${answer.body.id}`, uploadedBy: { displayName: expect.any(String) } }),
    ]);
  });

  it('takes a Word document, a CSV and a PNG by what their bytes are', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Evidence')] }] }));
    const cases: [Buffer, string, string][] = [
      [docx, 'evidence.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [CSV, 'milestones.csv', 'text/csv'],
      [PNG, 'chart.png', 'image/png'],
    ];
    for (const [bytes, filename, contentType] of cases) {
      const answer = await upload(admin, 'PLAN', plan, bytes, filename, 'application/octet-stream');
      expect({ filename, status: answer.status, contentType: answer.body.contentType }).toEqual({ filename, status: 201, contentType });
    }
  });

  it.each`
    what                                   | bytes                                     | filename
    ${'a web page renamed .pdf'}           | ${HTML}                                   | ${'minutes.pdf'}
    ${'a program renamed .pdf'}            | ${EXE}                                    | ${'minutes.pdf'}
    ${'a PNG named .pdf'}                  | ${PNG}                                    | ${'chart.pdf'}
    ${'a CSV that is not UTF-8 text'}      | ${Buffer.from([0x63, 0x6f, 0xff, 0x00])}  | ${'table.csv'}
    ${'an empty file'}                     | ${Buffer.alloc(0)}                        | ${'empty.pdf'}
  `('refuses $what as BAD_USER_INPUT and keeps nothing', async ({ bytes, filename }) => {
    const before = await kept();
    const answer = await upload(admin, 'PLAN', plan, bytes, filename);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'BAD_USER_INPUT', message: expect.any(String) });
    expect(await kept()).toEqual({ ...before, incoming: 0 });
  });

  it('refuses a file over UPLOAD_MAX_MB with 413 and a clear message, and keeps nothing', async () => {
    const before = await kept();
    const big = Buffer.concat([PDF, Buffer.alloc(MB)]);
    const answer = await upload(admin, 'PLAN', plan, big, 'huge.pdf');
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The file is larger than 1 MB, the most the forum takes' });
    expect(await kept()).toEqual({ ...before, incoming: 0 });
  });

  it('lets the lead ministry attach evidence to its commitment, and no one else but the secretariat', async () => {
    const mois = (await client.login('mois@example.org')).token;
    const acrc = (await client.login('acrc@example.org')).token;
    const cso = (await client.login('cso@example.org')).token;
    // The page asks the api whether to offer the upload control: the same rule as the upload itself.
    const MAY = `query($id: ID!) { commitment(id: $id) { mayAttachDocuments } }`;
    const may = async (token?: string) => (await client.call(MAY, { id: commitment1a }, { token })).body.data.commitment.mayAttachDocuments;
    expect({ anonymous: await may(), mois: await may(mois), acrc: await may(acrc), cso: await may(cso), admin: await may(admin) }).toEqual({ anonymous: false, mois: true, acrc: false, cso: false, admin: true });

    const before = await kept();
    expect((await upload(null, 'COMMITMENT', commitment1a, PDF, 'evidence.pdf')).body.code).toBe('UNAUTHENTICATED');
    expect((await upload(acrc, 'COMMITMENT', commitment1a, PDF, 'evidence.pdf')).status).toBe(403);
    expect((await upload(cso, 'COMMITMENT', commitment1a, PDF, 'evidence.pdf')).status).toBe(403);
    expect((await upload(cso, 'PLAN', plan, PDF, 'plan.pdf')).status).toBe(403);
    expect(await kept()).toEqual({ ...before, incoming: 0 });

    const evidence = await upload(mois, 'COMMITMENT', commitment1a, PDF, 'evidence.pdf');
    expect(evidence.status).toBe(201);
    const listed = await client.call(`query($id: ID!) { commitment(id: $id) { attachments { name uploadedBy { displayName } } } }`, { id: commitment1a });
    expect(listed.body.data.commitment.attachments).toEqual([{ name: 'evidence.pdf', uploadedBy: { displayName: expect.any(String) } }]);

    // Only its uploader (or the secretariat) removes it; then it is gone from the storage too.
    const DELETE = 'mutation($id: ID!) { deleteAttachment(id: $id) }';
    expect(errorCode(await client.call(DELETE, { id: evidence.body.id }, { token: acrc }))).toBe('FORBIDDEN');
    expect((await client.call(DELETE, { id: evidence.body.id }, { token: mois })).body.data.deleteAttachment).toBe(true);
    expect((await request(server.url).get(`/attachments/${evidence.body.id}`)).status).toBe(404);
    expect(await kept()).toEqual({ ...before, incoming: 0 });
  });

  it("keeps a draft proposal's document to the author's organisation: outsiders get 404", async () => {
    const [{ id: nextPlan }] = await server.dataSource.query(
      `INSERT INTO action_plans (number, title, period_start, period_end, status) VALUES (4, '4th National Action Plan', '2018-09-01', '2020-08-31', 'CO_CREATION') RETURNING id`,
    );
    const author = (await client.login('cso@example.org')).token;
    const outsider = (await client.login('cso2@example.org')).token;
    const created = await client.call('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input: { planId: nextPlan, title: 'Open the budget of every ODA project' } }, { token: author });
    const proposal = created.body.data.createProposal.id;

    // An outsider cannot even learn that the draft exists by uploading to it.
    expect((await upload(outsider, 'PROPOSAL', proposal, PDF, 'mine.pdf')).status).toBe(404);
    const answer = await upload(author, 'PROPOSAL', proposal, PDF, 'budget-lines.pdf');
    expect(answer.status).toBe(201);
    const url = `/attachments/${answer.body.id}`;

    expect(await request(server.url).get(url)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect((await request(server.url).get(url).set('authorization', `Bearer ${outsider}`)).status).toBe(404);
    expect((await request(server.url).get(url).set('authorization', `Bearer ${admin}`)).status).toBe(404);
    const own = await request(server.url).get(url).set('authorization', `Bearer ${author}`);
    expect(own.status).toBe(200);
    expect(own.headers['content-disposition']).toContain('budget-lines.pdf');
    const listed = await client.call(`query($id: ID!) { proposal(id: $id) { attachments { name } } }`, { id: proposal }, { token: author });
    expect(listed.body.data.proposal.attachments).toEqual([{ name: 'budget-lines.pdf' }]);
  });

  it("lists the plan's documents and published minutes on its public repository, last updated by the newest", async () => {
    const answer = await upload(admin, 'PLAN', plan, PDF, 'IRM end-of-term report.pdf');
    const repository = await client.call(
      `query($id: ID!) { planRepository(planId: $id) { plan { number } documents { id name createdAt } minutes { id startsAt minutes { publishedAt } } registerUpdatedAt lastUpdatedAt } }`,
      { id: plan },
    );
    const page = repository.body.data.planRepository;
    expect(page.plan.number).toBe(3);
    expect(page.documents.map((d: { id: string }) => d.id)).toContain(answer.body.id);
    // The sample meetings of 2017–2018 fall in the 3rd plan's period and have published minutes.
    expect(page.minutes.length).toBeGreaterThan(0);
    const newest = page.documents.at(-1).createdAt;
    expect(page.lastUpdatedAt).toBe(newest);
  });

  it('answers a missing document, or a malformed request, with a coded JSON error', async () => {
    expect(await request(server.url).get('/attachments/00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(await request(server.url).get('/attachments/not-an-id')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect((await upload(admin, 'ELSEWHERE', plan, PDF, 'x.pdf')).body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('subjectType') });
    expect((await upload(admin, 'PLAN', 'x', PDF, 'x.pdf')).body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('subjectId') });
    const noFile = await request(server.url).post('/attachments').set('authorization', `Bearer ${admin}`).field('subjectType', 'PLAN').field('subjectId', plan);
    expect(noFile.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('"file"') });
  });
});
