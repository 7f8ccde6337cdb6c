/**
 * Prints the GraphQL schema to apps/bff/schema.graphql. The file is checked in: frontends generate
 * their types from it and CI fails when it differs from what the code builds (schema.spec.ts).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, printSchemaSdl } from '@luotsi/bff-core';
import { bffModules } from '../src/modules';

export const schemaFile = resolve(import.meta.dirname, '../schema.graphql');

writeFileSync(schemaFile, printSchemaSdl(buildSchema(bffModules)));
console.log(`wrote ${schemaFile}`);
