/**
 * Prints the api's GraphQL schema, sorted, as committed in apps/api/schema.graphql (`npm run codegen` writes it there;
 * a test fails when the committed file is not the schema the api serves):
 *   node apps/api/dist/cli/print-schema.js > apps/api/schema.graphql
 */
import { buildApiSchema, printSchemaFile } from '../common/graphql/schema-file.js';

process.stdout.write(printSchemaFile(await buildApiSchema()));
