// `npm test`: install and build if needed, then one jest run over every tier — domain unit tests, api tests against
// a real embedded PostgreSQL, browser tests in Chromium. Extra arguments go to jest (`npm test -- plan`).
import path from 'node:path';
import { build, ensureInstalled, ROOT, run } from './lib.mjs';

ensureInstalled();
build({ quiet: true });
run(process.execPath, ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', path.join(ROOT, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2)], {
  env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
});
