import { inject } from 'vitest';
import { describe, expect, test } from '../support/fixtures';
import { persistedOperationId, postGraphql } from '../support/graphql';

/**
 * Issue 3's acceptance against the running demo (the same build and mode as `npm start`): what an
 * attacker sends is refused with a clear error and no data; the frontends' own operations work.
 */
/** A selection nested `depth` levels deep (whether the fields exist does not matter: it is refused first). */
function nested(depth: number): string {
  let selection = 'text';
  for (let i = 0; i < depth; i++) selection = `name { ${selection} }`;
  return `query Deep { serviceMunicipalities { ${selection} } }`;
}

const attacks: { name: string; request: Record<string, unknown> }[] = [
  { name: 'an over-deep query', request: { query: nested(20) } },
  { name: 'a query with 100 aliases', request: { query: `query Aliases { ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }` } },
  { name: 'introspection', request: { query: 'query Schema { __schema { types { name fields { name } } } }' } },
  { name: 'an unknown (non-persisted) operation', request: { query: '{ familyArticles { id } }' } },
  { name: 'an unknown persisted id', request: { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } } },
];

describe('GraphQL hardening of the running demo', () => {
  test.for(attacks)('refuses $name with a clear error and no data', async ({ request }) => {
    const { status, body } = await postGraphql(inject('baseUrl'), request);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toMatch(/^[A-Z_]+$/);
    expect(body.errors?.[0]?.message.length).toBeGreaterThan(20);
  });

  test('refuses a POST without the CSRF header', async () => {
    const id = persistedOperationId(inject('build'), 'FamilyArticles');
    const { status, body } = await postGraphql(inject('baseUrl'), { extensions: { persistedQuery: { version: 1, sha256Hash: id } } }, {});
    expect(status).toBe(403);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('CSRF');
  });

  test("answers the frontends' own operation, and personal data is never cached", async () => {
    const id = persistedOperationId(inject('build'), 'FamilyArticles');
    const response = await fetch(`${inject('baseUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-luotsi-csrf': '1' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { data?: { familyArticles: unknown[] } };
    expect(body.data?.familyArticles.length).toBeGreaterThan(0);
  });

  test('the portal page has a strict Content-Security-Policy and still works', async ({ page }) => {
    const response = await fetch(`${inject('baseUrl')}/fi`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${inject('baseUrl')}/fi/family-center`);
    await page.getByTestId('family-articles').waitFor();
    expect(violations).toEqual([]);
  });
});
