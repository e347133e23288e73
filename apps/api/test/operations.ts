import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Action } from '@ogp-forum/domain';
import { ALLOW_KEY } from '../src/common/guards/allow.decorator.js';
import type { RunningServer } from '../src/server.js';

/** Every Query and Mutation resolver method of the running app, with the permission it declares. */
export function resolverMethods(server: RunningServer): { operation: string; action: Action | undefined }[] {
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


/** Every operation of the schema as `Query.name` / `Mutation.name`, sorted. */
export function schemaOperations(server: RunningServer): string[] {
  const schema = server.app.get(GraphQLSchemaHost).schema;
  return [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
  ].sort();
}
