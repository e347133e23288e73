import 'reflect-metadata';
import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module.js';
import { loadConfig } from '../../config/config.js';
import { schemaBuildOptions } from './schema-options.js';

/** The schema as committed in apps/api/schema.graphql: sorted by name, so that it only changes when the schema does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | { forwardRef: () => unknown } | undefined;

/** Every provider class of a module and of the modules it imports, as Nest's own schema builder would find them. */
function providerClasses(root: ModuleRef, seen = new Set<unknown>(), found = new Set<Type<unknown>>()): Set<Type<unknown>> {
  if (!root || root instanceof Promise || 'forwardRef' in root || seen.has(root)) return found;
  seen.add(root);
  const dynamic = 'module' in root ? root : undefined;
  const moduleClass = dynamic ? dynamic.module : (root as Type<unknown>);
  const imports: ModuleRef[] = [...(Reflect.getMetadata('imports', moduleClass) ?? []), ...(dynamic?.imports ?? [])];
  const providers: Provider[] = [...(Reflect.getMetadata('providers', moduleClass) ?? []), ...(dynamic?.providers ?? [])];
  for (const provider of providers) {
    if (typeof provider === 'function') found.add(provider);
    else if ('useClass' in provider) found.add(provider.useClass);
  }
  for (const imported of imports) providerClasses(imported, seen, found);
  return found;
}

/**
 * The api's schema built from its resolvers alone, without a database or a server: the application's module tree
 * is only read, never started.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const appModule = AppModule.forRoot(loadConfig({}), new DataSource({ type: 'postgres' }));
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: ['error'] });
  try {
    await app.init();
    return await app.get(GraphQLSchemaFactory).create([...providerClasses(appModule)], schemaBuildOptions);
  } finally {
    await app.close();
  }
}
