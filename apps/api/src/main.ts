import { ConfigError, loadConfig } from './config/config.js';
import { DatabaseUnreachableError } from './database/database.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { DataImport } from './open-data/data-import.entity.js';
import { readDemoAccounts } from './seeding/seed-data.js';
import { startServer } from './server.js';

function banner(url: string, demoAccounts: boolean, demoPassword: string, demoPasswordFromEnv: boolean, imported: boolean): string {
  const lines = [``, `  ogp-forum is ready at ${url}`, ``];
  if (imported) {
    lines.push('  This forum was loaded from open data (npm run import): no demo accounts. Invite the secretariat with invite-admin.', '');
  } else if (demoAccounts) {
    lines.push(`  Demo accounts (password: ${demoPasswordFromEnv ? 'the DEMO_PASSWORD you set' : demoPassword}):`);
    for (const account of readDemoAccounts()) {
      lines.push(`    ${account.email.padEnd(22)} ${account.role.padEnd(11)} ${account.purpose}`);
    }
    lines.push('');
  }
  lines.push('  Stop with Ctrl+C.', '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, (line) => {
    if (config.logLevel === 'debug' || config.logLevel === 'trace') console.log(line);
  });
  const shutdown = async (signal: NodeJS.Signals) => {
    console.log(`\n  ${signal}: stopping ogp-forum…`);
    try {
      await server.stop();
      process.exit(0);
    } catch (error) {
      console.error(`ogp-forum: could not stop cleanly: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const host = config.production ? server.url.replace('127.0.0.1', 'localhost') : server.url;
  const imported = await server.dataSource.getRepository(DataImport).exists();
  console.log(banner(host, config.seedDemoAccounts, config.demoPassword, Boolean(process.env.DEMO_PASSWORD), imported));
}

main().catch((error: unknown) => {
  // Configuration and connection mistakes are the operator's to fix: one line, no stack.
  if (error instanceof ConfigError || error instanceof DatabaseUnreachableError || error instanceof EmbeddedPostgresError) {
    console.error(`ogp-forum: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`ogp-forum: PORT ${process.env.PORT ?? 3000} is already in use; set PORT to a free port`);
  } else {
    console.error('ogp-forum: could not start:', error);
  }
  process.exit(1);
});
