import { Action } from '@ogp-forum/domain';
import { ALLOW_KEY } from '../src/common/guards/allow.decorator.js';
import { LiveGateway } from '../src/live/live.gateway.js';
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

it('every live event handler declares the permission it needs', () => {
  const prototype = LiveGateway.prototype as unknown as Record<string, unknown>;
  const handlers = Object.getOwnPropertyNames(prototype).filter(
    (name) => typeof prototype[name] === 'function' && Reflect.getMetadata('message', prototype[name] as object),
  );
  expect(handlers.sort()).toEqual(['authenticate', 'replay', 'subscribe', 'typing', 'unsubscribe']);
  for (const name of handlers) {
    expect(Object.values(Action)).toContain(Reflect.getMetadata(ALLOW_KEY, prototype[name] as object));
  }
});
