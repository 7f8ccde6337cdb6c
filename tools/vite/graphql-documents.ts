import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Replaces each `graphql(\`query Name …\`)` call with the generated document's text (what GraphQL
 * Code Generator's client-preset Babel plugin does, but inlining the string). Without it, every page
 * would ship the app's whole document map; with it, a page ships only its own operations. Types are
 * unaffected: they come from the generated `graphql()` overloads at type-check time, and at run time
 * the client only needs the document's text.
 */
const call = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)[\s\S]*?`\s*\)/g;
const generatedDocument = /export const (\w+) = new TypedDocumentString\(`([\s\S]*?)`(?:,\s*\{[\s\S]*?\})?\)/g;

function readDocuments(file: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, text] of readFileSync(file, 'utf8').matchAll(generatedDocument)) documents.set(name as string, text as string);
  return documents;
}

export function graphqlDocumentsPlugin(appDir: string): Plugin {
  const generated = resolve(appDir, 'src/gql/graphql.ts');
  return {
    name: 'luotsi-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const documents = readDocuments(generated);
      let found = false;
      let replaced = code.replace(call, (match, kind: string, name: string) => {
        const text = documents.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (text === undefined) this.error(`${id}: ${kind} ${name} is not in ${generated}; run npm run codegen`);
        found = true;
        return JSON.stringify(text);
      });
      if (!found) return null;
      // The document map is no longer needed.
      replaced = replaced.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql(?:\/index)?['"];?\n?/, '');
      return { code: replaced, map: null };
    },
  };
}
