import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { ALLOW_KEY } from '../src/common/guards/allow.decorator.js';
import type { RunningServer } from '../src/server.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Every Query and Mutation resolver method of the running app, with the permission it declares. */
function resolverMethods(): { operation: string; action: Action | undefined }[] {
  const found: { operation: string; action: Action | undefined }[] = [];
  for (const module of server.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const prototype = wrapper.instance ? Object.getPrototypeOf(wrapper.instance) : null;
      if (!prototype) continue;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const method = Object.getOwnPropertyDescriptor(prototype, name)?.value;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata('graphql:resolver_type', method);
        if (type !== 'Query' && type !== 'Mutation') continue;
        const fieldName = Reflect.getMetadata('graphql:resolver_name', method) ?? name;
        const action = Reflect.getMetadata(ALLOW_KEY, method) ?? Reflect.getMetadata(ALLOW_KEY, wrapper.instance.constructor);
        found.push({ operation: `${type}.${fieldName}`, action });
      }
    }
  }
  return found;
}

it('every query and mutation in the schema declares the permission it needs', () => {
  const schema = server.app.get(GraphQLSchemaHost).schema;
  const operations = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
  ].sort();
  const methods = resolverMethods();

  expect(methods.map((method) => method.operation).sort()).toEqual(operations);
  const unguarded = methods.filter((method) => !Object.values(Action).includes(method.action!)).map((method) => method.operation);
  expect(unguarded).toEqual([]);
});
