// Shared by `npm start`, `npm test` and `npm run build`: only Node's own modules, because these run before
// the dependencies are installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`ogp-forum: \`${[command, ...args].join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureInstalled() {
  const marker = path.join(ROOT, 'node_modules/.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('ogp-forum: installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function newestChange(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

/** Compiles the domain library and the api (incremental), and builds the web app when its sources changed. */
export function build({ quiet = false } = {}) {
  if (!quiet) console.log('ogp-forum: compiling the api…');
  run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api']);
  const webIndex = path.join(ROOT, 'apps/web/dist/index.html');
  const webSources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'libs/domain/src', 'package-lock.json'];
  const sourcesChanged = Math.max(...webSources.map((source) => newestChange(path.join(ROOT, source))));
  if (newestChange(webIndex) < sourcesChanged) {
    if (!quiet) console.log('ogp-forum: building the web app…');
    // Vite does not type-check; the compiler does, so a type error stops the build here.
    run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'apps/web/tsconfig.json']);
    run(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: path.join(ROOT, 'apps/web'),
    });
  }
}
