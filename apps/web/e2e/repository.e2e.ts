import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../api/src/server.js';
import { clientFor } from '../../api/test/client.js';
import { startTestServer } from '../../api/test/harness.js';
import { describeInBrowser, launchBrowser, openStoryPage, pageOverflow, PHONE, signIn } from './browser.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describeInBrowser("a plan's public repository of documents", () => {
  let server: RunningServer;
  let browser: Browser;
  let planId: string;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-repository-'));
    [server, browser] = await Promise.all([startTestServer({ DATA_DIR: dataDir }), launchBrowser()]);
    [{ id: planId }] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the secretariat uploads the IRM report on the plan page; a refused file says why', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/plans/${planId}`);
    await signIn(page, 'admin@example.org');
    const documents = page.getByRole('region', { name: 'Documents', exact: true });
    await documents.getByText('No document has been attached to this plan yet.').waitFor();

    // A web page renamed .pdf is refused, with the reason on the page.
    await documents.getByLabel('Choose a document').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!DOCTYPE html><p>not a pdf</p>') });
    await documents.getByRole('button', { name: 'Upload' }).click();
    await documents.getByRole('alert').getByText(/This file was refused/).waitFor();

    await documents.getByLabel('Choose a document').setInputFiles({ name: 'IRM end-of-term report 2016-2018.pdf', mimeType: 'application/pdf', buffer: PDF });
    await documents.getByRole('button', { name: 'Upload' }).press('Enter');
    await documents.getByRole('status').getByText('IRM end-of-term report 2016-2018.pdf was uploaded.').waitFor();
    await documents.getByRole('link', { name: 'IRM end-of-term report 2016-2018.pdf' }).waitFor();
    await expect(documents.getByRole('alert').count()).resolves.toBe(0);
  });

  it('an anonymous visitor opens the repository by its address and downloads the document', async () => {
    const page = await (await browser.newContext({ locale: 'en-US', acceptDownloads: true })).newPage();
    await page.goto(`${server.url}/plans/${planId}/repository`);
    await page.getByRole('heading', { level: 1, name: 'Repository of documents: 3rd National Action Plan (2016–2018)' }).waitFor();
    await expect(page.title()).resolves.toBe('Repository: 3rd National Action Plan (2016–2018) · OGP Forum');
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toContain('published meeting minutes');
    await page.getByText('Last updated:').waitFor();

    // The reports, the published minutes and the register are listed with their addresses.
    await expect(page.getByRole('link', { name: 'End-of-term self-assessment report (Word)' }).getAttribute('href')).resolves.toBe(`/reports/plans/${planId}/self-assessment.docx?lang=en`);
    const minutes = page.getByRole('region', { name: 'Published minutes' });
    await expect(minutes.getByRole('link').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'Reasoned-response register (CSV)' }).getAttribute('href')).resolves.toBe(`/exports/reasoned-responses/${planId}.csv`);

    const link = page.getByRole('region', { name: 'IRM reports and other documents' }).getByRole('link', { name: 'IRM end-of-term report 2016-2018.pdf' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('IRM end-of-term report 2016-2018.pdf');
    expect(Buffer.compare(fs.readFileSync(await download.path()), PDF)).toBe(0);
  });

  it('in Korean on a phone, by its address and after a reload: the documents of the cycle, nothing wider than the screen', async () => {
    const { page, errors } = await openStoryPage(browser, { locale: 'ko-KR', viewport: PHONE });
    for (const arrive of [() => page.goto(`${server.url}/plans/${planId}/repository`), () => page.reload()]) {
      await arrive();
      await page.getByRole('heading', { level: 1, name: /^문서 자료실: / }).waitFor();
      await page.getByRole('link', { name: '종료 시점 자체평가 보고서 (Word)' }).waitFor();
      await page.getByRole('link', { name: '검토 결과 회신 목록 (CSV)' }).waitFor();
      expect(await pageOverflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it('the plan page links to its repository', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('link', { name: 'Repository of documents' }).click();
    await page.waitForURL(`${server.url}/plans/${planId}/repository`);
  });

  it("the author's organisation attaches a document to its draft proposal and downloads it while the draft is private", async () => {
    const [{ id: nextPlan }] = await server.dataSource.query(
      `INSERT INTO action_plans (number, title, period_start, period_end, status) VALUES (4, '4th National Action Plan', '2018-09-01', '2020-08-31', 'CO_CREATION') RETURNING id`,
    );
    const client = clientFor(server);
    const author = await client.login('cso@example.org');
    const created = await client.call('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input: { planId: nextPlan, title: 'Open the budget of every ODA project' } }, { token: author.token });
    const proposalId = created.body.data.createProposal.id;

    const page = await (await browser.newContext({ locale: 'en-US', acceptDownloads: true })).newPage();
    await page.goto(`${server.url}/plans/${planId}`);
    await signIn(page, 'cso@example.org');
    await page.goto(`${server.url}/proposals/${proposalId}`);
    const documents = page.getByRole('region', { name: 'Supporting documents' });
    await documents.getByText('No document has been attached to this proposal.').waitFor();
    await documents.getByLabel('Choose a document').setInputFiles({ name: 'oda-budgets.csv', mimeType: 'text/csv', buffer: Buffer.from('project,budget\nA,100\n') });
    await documents.getByRole('button', { name: 'Upload' }).click();
    await documents.getByRole('status').getByText('oda-budgets.csv was uploaded.').waitFor();

    // A plain link would reach the api without the session's token and find nothing: the page fetches it with the token.
    const [download] = await Promise.all([page.waitForEvent('download'), documents.getByRole('button', { name: 'oda-budgets.csv', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('oda-budgets.csv');
    expect(fs.readFileSync(await download.path(), 'utf8')).toBe('project,budget\nA,100\n');
  });
});
