import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { graphqlLimits, limitErrorCodes } from './graphql-limits';
import { persistedOperationId } from './persisted-operations';
import { codeOf, frontendOperations, openSeededDatabase, postGraphql, startTestApp, type GraphqlReply, type TestApp } from './test-app';

let db: Database;
let demo: TestApp;
let demoWithoutAllowList: TestApp;
let development: TestApp;
const operations = frontendOperations();

beforeAll(async () => {
  db = await openSeededDatabase();
  demo = await startTestApp(db, { mode: 'demo', persistedOperations: operations });
  // Demo hardening with the allow-list off: the limits below are the second line of defence (and
  // the first in development), so they are attacked on their own.
  demoWithoutAllowList = await startTestApp(db, { mode: 'demo', adjust: (c) => ({ ...c, graphql: { ...c.graphql, persistedOperationsOnly: false } }) });
  development = await startTestApp(db, { mode: 'development' });
});

afterAll(async () => {
  await Promise.all([demo, demoWithoutAllowList, development].map((app) => app?.close()));
  await db?.close();
});

/** A refusal: an error with a code, and no `data` at all (not even null). */
function expectRefused(reply: GraphqlReply, code: string) {
  expect(codeOf(reply)).toBe(code);
  expect(reply.body.errors?.[0]?.message).toBeTruthy();
  expect(reply.body).not.toHaveProperty('data');
}

const nested = (levels: number, leaf: string) => `${'{ a '.repeat(levels - 1)}{ ${leaf} }${' }'.repeat(levels - 1)}`;
const overDeep = `query Deep ${nested(graphqlLimits.depth + 4, 'slug')}`;
const hundredAliases = `query Aliases { ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const introspection = 'query Schema { __schema { types { name fields { name } } } }';
const familyArticles = [...operations].find(([, text]) => text.includes('query FamilyArticles'));

describe('in demo, only the frontends’ own operations run', () => {
  it('runs a persisted operation named by its SHA-256', async () => {
    const [id] = familyArticles!;
    const reply = await postGraphql(demo.base, { extensions: { persistedQuery: { version: 1, sha256Hash: id } }, variables: {} });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect((reply.body.data as { familyArticles: unknown[] }).familyArticles.length).toBeGreaterThan(0);
  });

  it('refuses an unknown operation id', async () => {
    const id = persistedOperationId('query Stolen { me { firstName lastName } }');
    const reply = await postGraphql(demo.base, { extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
    expect(reply.status).toBe(400);
    expectRefused(reply, 'PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses document text, even a harmless one, and names no schema detail', async () => {
    for (const query of ['{ familyArticles { slug } }', overDeep, hundredAliases, introspection]) {
      const reply = await postGraphql(demo.base, { query });
      expect(reply.status).toBe(400);
      expectRefused(reply, 'PERSISTED_QUERY_ONLY');
      expect(JSON.stringify(reply.body)).not.toMatch(/familyArticles|__schema|Article/);
    }
  });

  it('refuses document text smuggled next to a persisted id', async () => {
    const [id] = familyArticles!;
    const reply = await postGraphql(demo.base, { query: '{ me { firstName } }', extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
    expectRefused(reply, 'PERSISTED_QUERY_ONLY');
  });

  it('refuses a POST without the CSRF header, with no data', async () => {
    const [id] = familyArticles!;
    const reply = await postGraphql(demo.base, { extensions: { persistedQuery: { version: 1, sha256Hash: id } } }, {});
    expect(reply.status).toBe(403);
    expectRefused(reply, 'CSRF');
  });

  it('lets every frontend document through the limits', async () => {
    for (const [id, text] of operations) {
      const reply = await postGraphql(demo.base, { extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
      const codes = (reply.body.errors ?? []).map((e) => e.extensions?.['code']);
      expect(codes, text.slice(0, 60)).not.toContain('PERSISTED_QUERY_NOT_FOUND');
      for (const code of Object.values(limitErrorCodes)) expect(codes, text.slice(0, 60)).not.toContain(code);
    }
  });
});

describe('limits on any document', () => {
  it.each([
    ['over-deep', overDeep, 'QUERY_TOO_DEEP'],
    ['100 aliases', hundredAliases, 'TOO_MANY_ALIASES'],
    ['a huge token count', `query Tokens { familyArticles { ${'slug '.repeat(graphqlLimits.tokens)} } }`, 'TOO_MANY_TOKENS'],
    ['many directives', `query Directives { familyArticles { ${'slug @include(if: true) '.repeat(graphqlLimits.directives + 1)} } }`, 'TOO_MANY_DIRECTIVES'],
    // Within the depth and token limits, but wide at the bottom: ~1.5^6 × 150 ≫ the cost limit.
    ['a costly one', `query Costly ${nested(7, 'slug '.repeat(150))}`, 'QUERY_TOO_COSTLY'],
  ])('refuses %s document with a clear error and no data', async (_name, query, code) => {
    const reply = await postGraphql(demoWithoutAllowList.base, { query });
    expect(reply.status).toBe(400);
    expectRefused(reply, code);
  });

  it('refuses introspection outside development', async () => {
    for (const query of [introspection, 'query Type { __type(name: "Query") { fields { name } } }']) {
      const reply = await postGraphql(demoWithoutAllowList.base, { query });
      expect(reply.body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
      expect(reply.body).not.toHaveProperty('data');
    }
  });

  it('does not leak field names through "did you mean" suggestions outside development', async () => {
    const reply = await postGraphql(demoWithoutAllowList.base, { query: '{ familyArticlez { slug } }' });
    expect(reply.body).not.toHaveProperty('data');
    expect(JSON.stringify(reply.body.errors)).not.toMatch(/Did you mean|familyArticles/);
  });

  it('keeps introspection and suggestions for the tools in development', async () => {
    const schema = await postGraphql(development.base, { query: introspection });
    expect(schema.body.errors).toBeUndefined();
    const typo = await postGraphql(development.base, { query: '{ familyArticlez { slug } }' });
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "familyArticles?"/);
    // The limits hold in development too.
    expectRefused(await postGraphql(development.base, { query: hundredAliases }), 'TOO_MANY_ALIASES');
  });
});
