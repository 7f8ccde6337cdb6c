import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Replaces each `graphql(\`query Name …\`)` call with the generated document's text (what GraphQL
 * Code Generator's client-preset Babel plugin does, but inlining the string). Without it, every page
 * would ship the app's whole document map; with it, a page ships only its own operations. Types are
 * unaffected: they come from the generated `graphql()` overloads at type-check time, and at run time
 * the client only needs the document's text.
 *
 * Production builds go one step further (persisted operations, docs/security.md): an operation
 * becomes `{ persistedId: "<SHA-256 of its text>" }`, the client sends only that id, and the build
 * writes `persisted-operations.json` (id → text, the operations this bundle uses) next to
 * remoteEntry.js. The BFF reads those files at startup and runs nothing else.
 */
const call = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)[\s\S]*?`\s*\)/g;
const generatedDocument = /export const (\w+) = new TypedDocumentString\(`([\s\S]*?)`(?:,\s*\{[\s\S]*?\})?\)/g;

/** The file name the BFF looks for in each frontend's build folder. */
export const persistedOperationsFile = 'persisted-operations.json';

/** The id of a persisted operation: the SHA-256 of its text, hex (the Apollo convention). */
export function persistedOperationId(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/** The generated documents of an app (`src/gql/graphql.ts`) by export name. */
export function readDocuments(file: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, text] of readFileSync(file, 'utf8').matchAll(generatedDocument)) documents.set(name as string, text as string);
  return documents;
}

export function graphqlDocumentsPlugin(appDir: string): Plugin {
  const generated = resolve(appDir, 'src/gql/graphql.ts');
  let persist = false;
  const persisted = new Map<string, string>();
  return {
    name: 'luotsi-graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      // Tests and dev servers keep the text: they talk to a development BFF, which runs any document.
      persist = config.command === 'build' && !process.env['VITEST'];
    },
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const documents = readDocuments(generated);
      let found = false;
      let replaced = code.replace(call, (match, kind: string, name: string) => {
        const text = documents.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (text === undefined) this.error(`${id}: ${kind} ${name} is not in ${generated}; run npm run codegen`);
        found = true;
        if (!persist || kind === 'fragment') return JSON.stringify(text);
        const persistedId = persistedOperationId(text);
        persisted.set(persistedId, text);
        return `({ persistedId: ${JSON.stringify(persistedId)} })`;
      });
      if (!found) return null;
      // The document map is no longer needed.
      replaced = replaced.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql(?:\/index)?['"];?\n?/, '');
      return { code: replaced, map: null };
    },
    generateBundle() {
      if (!persist || persisted.size === 0) return;
      const manifest = Object.fromEntries([...persisted].sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: persistedOperationsFile, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
