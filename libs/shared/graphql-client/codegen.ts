import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Typed GraphQL documents for every frontend app, generated from the BFF's checked-in schema.
 * Each app gets its own `src/gql/` with only its own operations (so a remote never ships another's
 * queries); documents are plain strings at run time (`documentMode: 'string'`), so no GraphQL
 * library reaches the browser.
 */
const root = resolve(import.meta.dirname, '../../..');
const apps = readdirSync(resolve(root, 'apps')).filter((app) => existsSync(resolve(root, 'apps', app, 'src/module.ts')));

const config: CodegenConfig = {
  schema: resolve(root, 'apps/bff/schema.graphql'),
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    apps.map((app) => [
      `${resolve(root, `apps/${app}/src/gql`)}/`,
      {
        preset: 'client',
        documents: [resolve(root, `apps/${app}/src/**/*.{ts,tsx}`), `!${resolve(root, `apps/${app}/src/gql/**`)}`],
        presetConfig: { fragmentMasking: false },
        config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string' } },
      },
    ]),
  ),
};

export default config;
