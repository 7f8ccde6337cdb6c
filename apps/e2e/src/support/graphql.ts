import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildSnapshot } from './paths';

/**
 * The running portal accepts only the frontends' own operations (persisted operations,
 * docs/security.md). A test that asks the BFF directly uses the same ones, by the id the build
 * gave them: the SHA-256 of the document, from the persisted-operations.json of each remote.
 */
export function persistedOperationId(build: BuildSnapshot, operationName: string): string {
  for (const entry of readdirSync(build.staticDir, { withFileTypes: true })) {
    const file = join(build.staticDir, entry.name, 'persisted-operations.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [id, document] of Object.entries(manifest))
      if (new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`).test(document)) return id;
  }
  throw new Error(`no persisted operation named ${operationName} in ${build.staticDir}`);
}

export interface GraphqlResponse<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** POSTs a GraphQL request to the running BFF as the frontends do (CSRF header, language). */
export async function postGraphql<T = unknown>(
  baseUrl: string,
  request: Record<string, unknown>,
  headers: Record<string, string> = { 'x-luotsi-csrf': '1' },
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: (await response.json()) as GraphqlResponse<T>['body'] };
}
