/**
 * The first admin of a new installation (production seeds no accounts):
 *   node apps/api/dist/cli/invite-admin.js secretariat@forum.example.org "Forum Secretariat"
 * Uses the same configuration as the api (DATABASE_URL, PUBLIC_URL, SMTP_URL …), sends the invitation e-mail and prints
 * the one-time link, valid for 7 days.
 */
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Locale, Role } from '@ogp-forum/domain';
import { AppModule } from '../app.module.js';
import { ConfigError, loadConfig, nestLogLevels } from '../config/config.js';
import { connectAndMigrate, openDatabase } from '../database/database.js';
import { seedDatabase } from '../seeding/seed.js';
import { MembersService } from '../members/members.service.js';

async function main(): Promise<void> {
  const [email, displayName] = process.argv.slice(2);
  if (!email || !displayName) throw new ConfigError('usage: invite-admin <e-mail> "<display name>"');
  const config = loadConfig();
  Logger.overrideLogger(nestLogLevels('warn'));
  const database = await openDatabase(config, () => undefined);
  const dataSource = await connectAndMigrate(database.url);
  try {
    await seedDatabase(dataSource, { demoAccounts: config.seedDemoAccounts, demoPassword: config.demoPassword });
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, jwtSecret: config.jwtSecret ?? 'unused-by-this-command-0000000000' }, dataSource), {
      logger: ['error', 'warn'],
    });
    const { link, expiresAt } = await app.get(MembersService).invite(
      { email, displayName, role: Role.ADMIN, organizationId: null, locale: Locale.en },
      null,
      config.publicUrl ?? `http://localhost:${config.port}`,
    );
    console.log(`Invitation for ${email} (ADMIN), valid until ${expiresAt.toISOString()}:\n\n  ${link}\n`);
    await app.close();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(`invite-admin: ${error.message}`);
  process.exit(1);
});
