import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder';
import { assertFailClosed } from './fail-closed';
import type { BffModule } from './module';
import './scalars';
import './localized';

let built: GraphQLSchema | undefined;

/** Builds the schema once from the modules; registering twice would duplicate types. */
export function buildSchema(modules: readonly BffModule[]): GraphQLSchema {
  if (built) return built;
  for (const module of modules) module.schema?.(builder, { modules });
  const schema = builder.toSchema({ sortSchema: true });
  assertFailClosed(schema);
  built = schema;
  return schema;
}

export function printSchemaSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
