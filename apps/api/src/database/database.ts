import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source.js';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE_NAME = 'ogp_forum';

/** The database the api talks to, and how to let go of it. */
export interface Database {
  url: string;
  /** The embedded server, when we started one; null with DATABASE_URL. */
  embedded: EmbeddedDatabase | null;
}

/** A failure to reach the database the operator configured; one line naming what to fix. */
export class DatabaseUnreachableError extends Error {}

/** Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL with its data under DATA_DIR. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<Database> {
  if (config.databaseUrl) {
    await checkReachable(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), log);
  try {
    await createDatabaseIfMissing(embedded.url, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: withDatabase(embedded.url, EMBEDDED_DATABASE_NAME), embedded };
}

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export async function createDatabaseIfMissing(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from} ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}

async function checkReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseUnreachableError(
      `DATABASE_URL: cannot connect to ${hostname}:${port || 5432}${pathname} (${reason.split('\n')[0]})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Opens the TypeORM DataSource and brings the schema up to date with the committed migrations. */
export async function connectAndMigrate(url: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
