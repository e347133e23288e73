/**
 * The first admin of a new installation (production seeds no accounts):
 *   node apps/api/dist/cli/invite-admin.js secretariat@forum.example.org "Forum Secretariat"
 * Uses the same configuration as the api (DATABASE_URL, PUBLIC_URL, SMTP_URL …), prints the one-time link, valid for
 * 7 days, and sends the invitation e-mail. Exit code 0: invited and mailed; 2: invited, but the e-mail could not be sent
 * or written (the printed link is the way in); 1: nothing was done.
 */
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Locale, Role } from '@ogp-forum/domain';
import { AppModule } from '../app.module.js';
import { ConfigError, loadConfig, nestLogLevels } from '../config/config.js';
import { connectAndMigrate, openDatabase } from '../database/database.js';
import { seedDatabase } from '../seeding/seed.js';
import { MembersService } from '../members/members.service.js';
import { MailService } from '../mail/mail.service.js';
import { randomUUID } from 'node:crypto';

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
    const members = app.get(MembersService);
    const invited = await members.createInvitation(
      { email, displayName, role: Role.ADMIN, organizationId: null, locale: Locale.en },
      null,
      config.publicUrl ?? `http://localhost:${config.port}`,
    );
    console.log(`Invitation for ${email} (ADMIN), valid until ${invited.expiresAt.toISOString()}:\n\n  ${invited.link}\n`);
    if (!config.publicUrl) console.log('  The link names this machine; set PUBLIC_URL to the address people reach the forum at.\n');
    try {
      // Sent now rather than queued: the command says whether the e-mail went out, and no api may be running yet.
      await app.get(MailService).send(members.invitationMailFor(invited), randomUUID(), new Date());
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const where = config.smtpUrl ? 'sent' : `written to ${config.outboxDir}`;
      console.error(`invite-admin: the invitation e-mail could not be ${where} (${reason}); give ${email} the link above`);
      process.exitCode = 2;
    }
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
