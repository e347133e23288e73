/**
 * Writes a migration for the difference between the entities and the committed migrations:
 *   npm run migration:generate -- AddMeetings
 * It migrates a throw-away embedded PostgreSQL, asks TypeORM for the schema diff and writes
 * src/database/migrations/<timestamp>-<Name>.ts. Read the result before committing it.
 */
import { Logger } from '@nestjs/common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../config/config.js';
import { connectAndMigrate, createDatabaseIfMissing, withDatabase } from './database.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

async function main(): Promise<void> {
  Logger.overrideLogger(['log', 'warn', 'error']);
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('give the migration a PascalCase name: npm run migration:generate -- AddMeetings');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogp-forum-migration-'));
  const server = await startEmbeddedPostgres(path.join(dataDir, 'postgres'));
  try {
    await createDatabaseIfMissing(server.url, 'generate');
    const dataSource = await connectAndMigrate(withDatabase(server.url, 'generate'));
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const literal = (sql: string) => '`' + sql.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';
    const line = (query: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${literal(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${upQueries.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${downQueries.reverse().map(line).join('\n')}
  }
}
`;
    const file = path.join(REPO_ROOT, 'apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, source);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${upQueries.length} statements); add it to migrations/index.ts.`);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`migration:generate: ${error.message}`);
  process.exit(1);
});
