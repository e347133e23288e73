// `npm run bench -- --generate [--data <folder>] [--scale <fraction>]`: fills a database with a forum after ten years
// (apps/api/src/seeding/generated-forum.ts). The database is DATABASE_URL if set, else the embedded PostgreSQL of the
// data folder (--data, else DATA_DIR, else .data), migrated and seeded first as `npm start` would.
import { loadConfig } from '../apps/api/dist/config/config.js';
import { startServer } from '../apps/api/dist/server.js';
import { generateForum, TEN_YEARS } from '../apps/api/dist/seeding/generated-forum.js';

/** The ten-year sizes times `scale` (at least one of each). */
export function scaledSize(scale = 1) {
  return Object.fromEntries(Object.entries(TEN_YEARS).map(([key, value]) => [key, Math.max(1, Math.round(value * (key.endsWith('PerPlan') || key.endsWith('PerCommitment') ? 1 : scale)))]));
}

/** Starts the api over `env` (migrations, seeds), generates the forum into its database and stops it. */
export async function generateInto(env, { scale = 1, log = console.log } = {}) {
  const server = await startServer(loadConfig({ ...process.env, LOG_LEVEL: 'silent', PORT: '0', ...env }));
  try {
    log(`generating a forum after ten years${scale === 1 ? '' : ` (scale ${scale})`} into ${server.database.embedded ? env.DATA_DIR ?? 'the data folder' : 'DATABASE_URL'}…`);
    const generated = await generateForum(server.database.url, { size: scaledSize(scale), log: (line) => log(`  ${line}`) });
    log(`done in ${(generated.ms / 1000).toFixed(1)} s`);
    return generated;
  } finally {
    await server.stop();
  }
}

export function argument(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (process.argv.includes('--generate')) {
  await generateInto(argument('--data') ? { DATA_DIR: argument('--data') } : {}, { scale: Number(argument('--scale') ?? 1) });
}
