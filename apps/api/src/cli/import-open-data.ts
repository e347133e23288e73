/**
 * `npm run import -- <file.zip> [--documents-from <address of the forum it came from>]`: loads the open-data archive
 * of a whole forum (GET /open-data/ogp-forum.zip) into an empty installation — the embedded PostgreSQL under DATA_DIR,
 * as `npm start` runs it, or DATABASE_URL when set. Migrates the database first; checks the whole archive before
 * writing; writes everything in one transaction.
 *
 * Exit code 0: imported. 1: nothing was done (usage, configuration, the database or the documents' forum unreachable).
 * 2: refused, the database is not empty. 3: refused, the archive is invalid (a file missing or damaged, a row that does
 * not validate against schema.json, rows that do not fit together). Nothing is written unless the code is 0.
 */
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QueryFailedError } from 'typeorm';
import { createDocumentStorage, type DocumentStorage } from '../attachments/storage.js';
import { ConfigError, loadConfig, nestLogLevels, type AppConfig } from '../config/config.js';
import { connectAndMigrate, DatabaseUnreachableError, openDatabase } from '../database/database.js';
import { EmbeddedPostgresError } from '../database/embedded-postgres.js';
import { DataImport } from '../open-data/data-import.entity.js';
import { checkArchive, ImportRefusal, nonEmptyTables, notEmptyMessage, writeArchive, type ImportTables } from '../open-data/open-data.import.js';

const USAGE = 'usage: npm run import -- <ogp-forum.zip> [--documents-from <https://address-of-the-forum-it-came-from>]';

class UsageError extends Error {}

function parseArguments(args: string[]): { file: string; documentsFrom: string | null } {
  let file: string | null = null;
  let documentsFrom: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--documents-from') {
      documentsFrom = args[++i] ?? null;
      if (!documentsFrom || !/^https?:\/\//.test(documentsFrom)) throw new UsageError(`--documents-from needs the forum's address, http(s)://…\n${USAGE}`);
    } else if (!file && !args[i].startsWith('--')) file = args[i];
    else throw new UsageError(`unexpected argument ${args[i]}\n${USAGE}`);
  }
  if (!file) throw new UsageError(USAGE);
  return { file, documentsFrom };
}

/**
 * Copies each listed document from the forum the archive came from into this installation's storage, checking its size
 * and SHA-256 against the archive. Returns the keys stored, for the caller to remove if the import fails.
 */
async function copyDocuments(config: AppConfig, storage: DocumentStorage, documents: ImportTables[string], from: string, stored: string[]): Promise<void> {
  const incoming = path.join(config.dataDir, 'incoming');
  fs.mkdirSync(incoming, { recursive: true });
  for (const document of documents) {
    const url = new URL(String(document.url), from);
    const response = await fetch(url).catch((error: Error) => {
      throw new Error(`could not fetch ${url}: ${error.message}`);
    });
    if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== document.size || sha256 !== document.sha256) throw new Error(`${url} is not the document the archive describes (size or SHA-256 differ)`);
    const temporary = path.join(incoming, `import-${document.id}`);
    fs.writeFileSync(temporary, bytes);
    try {
      await storage.put(String(document.id), temporary, { size: bytes.length, contentType: String(document.content_type) });
      stored.push(String(document.id));
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
}

async function main(): Promise<void> {
  const { file, documentsFrom } = parseArguments(process.argv.slice(2));
  let zip: Buffer;
  try {
    zip = fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // Everything in the archive is checked before the database is even opened.
  const archive = checkArchive(zip);
  const documents = archive.tables.documents;
  if (documents.length && !documentsFrom) {
    throw new UsageError(`the archive lists ${documents.length} document${documents.length === 1 ? '' : 's'}, whose files are not in it: give --documents-from <the address of the forum it came from> to copy them\n${USAGE}`);
  }

  const config = loadConfig();
  Logger.overrideLogger(nestLogLevels('warn'));
  const database = await openDatabase(config, () => undefined);
  const dataSource = await connectAndMigrate(database.url).catch(async (error: unknown) => {
    await database.embedded?.stop();
    throw error;
  });
  const storage = createDocumentStorage(config);
  const stored: string[] = [];
  try {
    const before = await nonEmptyTables(dataSource);
    if (Object.keys(before).length) throw new ImportRefusal('DATABASE_NOT_EMPTY', notEmptyMessage(before));
    if (documentsFrom) await copyDocuments(config, storage, documents, documentsFrom, stored);
    const counts = await dataSource.transaction(async (tx) => {
      // Nobody else (an `npm start` seeding this database) writes while the import checks again and writes.
      await tx.query('LOCK TABLE organizations, users, action_plans, meetings, proposals, forum_rules, data_imports IN SHARE ROW EXCLUSIVE MODE');
      const now = await nonEmptyTables(tx);
      if (Object.keys(now).length) throw new ImportRefusal('DATABASE_NOT_EMPTY', notEmptyMessage(now));
      const written = await writeArchive(tx, archive.tables);
      await tx.insert(DataImport, { fileName: path.basename(file), archiveSha256: archive.sha256, rowCounts: written });
      return written;
    });
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`Imported ${path.basename(file)}: ${total} rows (${Object.entries(counts).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ')}).`);
    console.log('No member accounts come with open data: invite the secretariat with invite-admin (see the README).');
  } catch (error) {
    for (const key of stored) await storage.delete(key).catch(() => undefined);
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ImportRefusal) {
    console.error(`import: refused: ${error.message}. Nothing was written.`);
    process.exit(error.kind === 'DATABASE_NOT_EMPTY' ? 2 : 3);
  }
  if (error instanceof QueryFailedError) {
    // A constraint of the database (a reference to a row that is not in the archive, a duplicate): the transaction rolled back.
    const detail = (error.driverError as { detail?: string }).detail ?? error.message;
    console.error(`import: refused: the archive's rows do not fit together (${detail}). Nothing was written.`);
    process.exit(3);
  }
  const known = error instanceof UsageError || error instanceof ConfigError || error instanceof DatabaseUnreachableError || error instanceof EmbeddedPostgresError;
  console.error(`import: ${known ? (error as Error).message : `failed: ${(error as Error).stack ?? error}`}. Nothing was written.`);
  process.exit(1);
});
