import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/**
 * The file each frontend's production build writes next to its remoteEntry.js
 * (tools/vite/graphql-documents.ts): `{ "<sha256 of the document>": "<document>" }`.
 */
export const persistedOperationsFile = 'persisted-operations.json';

/** Operation id → document text. */
export type PersistedOperations = ReadonlyMap<string, string>;

export function persistedOperationId(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * Reads the built frontends' manifests. An entry whose id is not the hash of its document is
 * refused: the id is the document's identity, and a tampered file must not smuggle one in.
 */
export function loadPersistedOperations(staticDir: string | undefined, frontendIds: readonly string[]): PersistedOperations {
  const operations = new Map<string, string>();
  if (!staticDir) return operations;
  for (const id of frontendIds) {
    const file = join(staticDir, id, persistedOperationsFile);
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [hash, document] of Object.entries(manifest)) {
      if (typeof document !== 'string' || persistedOperationId(document) !== hash)
        throw new Error(`${file}: the entry ${hash} is not the SHA-256 of its document`);
      operations.set(hash, document);
    }
  }
  return operations;
}

/**
 * Only the frontends' own operations run: a request names one by its SHA-256
 * (`extensions.persistedQuery.sha256Hash`, the Apollo convention) and carries no document text.
 */
export function usePersistedOperationsOnly(operations: PersistedOperations): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => operations.get(id) ?? null,
    allowArbitraryOperations: false,
    customErrors: {
      persistedQueryOnly: {
        message: 'Only the operations of the Luotsi frontends are accepted; send a persisted operation id instead of a document.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'The request names no operation: send extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
      notFound: {
        message: 'Unknown operation: it is not one of the Luotsi frontends’ operations. Reload the page to get the current version.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
