import { Action } from '@ogp-forum/domain';
import type { RunningServer } from '../src/server.js';
import { startTestServer } from './harness.js';
import { resolverMethods, schemaOperations } from './operations.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('every query and mutation in the schema declares the permission it needs', () => {
  const methods = resolverMethods(server);
  expect(methods.map((method) => method.operation).sort()).toEqual(schemaOperations(server));
  const unguarded = methods.filter((method) => !Object.values(Action).includes(method.action!)).map((method) => method.operation);
  expect(unguarded).toEqual([]);
});
