// Migrates and seeds the template database, in a process of its own (see global-setup.mjs for why).
import { Logger } from '@nestjs/common';
import { connectAndMigrate, createDatabaseIfMissing, withDatabase } from '../dist/database/database.js';
import { seedDatabase } from '../dist/seeding/seed.js';

Logger.overrideLogger(process.env.LOG_LEVEL === 'silent' ? false : ['error', 'warn']);
const [serverUrl, database] = process.argv.slice(2);
await createDatabaseIfMissing(serverUrl, database);
const dataSource = await connectAndMigrate(withDatabase(serverUrl, database));
await seedDatabase(dataSource, { demoAccounts: true, demoPassword: 'demo-password-1' });
await dataSource.destroy();
