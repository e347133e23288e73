import fs from 'node:fs';

export default async function globalTeardown() {
  const database = globalThis.__OGP_TEST_DATABASE__;
  if (!database) return;
  await database.server.stop();
  fs.rmSync(database.dataDir, { recursive: true, force: true });
}
