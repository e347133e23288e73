import { generate } from '@graphql-codegen/cli';
import fs from 'node:fs';
import path from 'node:path';
import config from './codegen.js';

// Stale files mean the schema or a graphql() document changed without `npm run codegen`.
it('the committed src/gql/ holds the types generated from the committed schema and the graphql() documents (npm run codegen)', async () => {
  const generated: { filename: string; content: string }[] = await generate(config, false);
  expect(generated.length).toBeGreaterThan(0);
  const stale = generated
    .filter(({ filename, content }) => !fs.existsSync(filename) || fs.readFileSync(filename, 'utf8') !== content)
    .map(({ filename }) => path.relative(process.cwd(), filename));
  expect(stale).toEqual([]);
});
