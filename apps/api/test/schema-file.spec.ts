import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createPatch } from 'diff';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/config.js';
import { buildApiSchema, printSchemaFile } from '../src/common/graphql/schema-file.js';
import type { RunningServer } from '../src/server.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('apps/api/schema.graphql is the schema the api serves (npm run codegen writes it)', () => {
  const served = printSchemaFile(server.app.get(GraphQLSchemaHost).schema);
  const committed = fs.readFileSync(path.join(REPO_ROOT, 'apps/api/schema.graphql'), 'utf8');
  const stale = committed === served ? '' : `stale, run \`npm run codegen\`:\n${createPatch('apps/api/schema.graphql', committed, served)}`;
  expect(stale).toBe('');
});

it('the schema npm run codegen prints, built without a database, is the one the api serves', async () => {
  const served = printSchemaFile(server.app.get(GraphQLSchemaHost).schema);
  expect(printSchemaFile(await buildApiSchema())).toBe(served);
});
