// `npm run codegen`: writes the api's GraphQL schema to apps/api/schema.graphql, then the web's operation types to
// apps/web/src/gql/ (apps/web/codegen.ts). Run it after changing the schema or a graphql() document; `npm test` fails
// while either is stale.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureInstalled, ROOT, run } from './lib.mjs';

ensureInstalled();
run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api']);
const printed = spawnSync(process.execPath, [path.join(ROOT, 'apps/api/dist/cli/print-schema.js')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (printed.status !== 0) {
  console.error('ogp-forum: printing the GraphQL schema failed');
  process.exit(printed.status ?? 1);
}
fs.writeFileSync(path.join(ROOT, 'apps/api/schema.graphql'), printed.stdout);
run(process.execPath, [path.join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts'], { cwd: path.join(ROOT, 'apps/web') });
console.log('ogp-forum: wrote apps/api/schema.graphql and apps/web/src/gql/');
