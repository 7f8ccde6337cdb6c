/**
 * Broken requests through the whole stack (Express, Yoga): bodies that are not GraphQL requests,
 * variables of the wrong JSON type, values GraphQL cannot coerce. The answer is a 4xx or a
 * GraphQL error meant for the client; never a 500, never a masked internal error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from '@luotsi/db';
import { openSeededDatabase, startTestApp, type TestApp } from '../security/test-app';
import { wrongJson } from './arbitraries';

let db: Database;
let app: TestApp;

beforeAll(async () => {
  db = await openSeededDatabase();
  app = await startTestApp(db, { mode: 'development' });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function post(body: string, contentType = 'application/json') {
  const response = await fetch(`${app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/graphql-response+json, application/json', 'x-luotsi-csrf': '1' },
    body,
  });
  const text = await response.text();
  return { status: response.status, text };
}

const setLanguage = 'mutation ($language: Language!) { setMyLanguage(language: $language) { language } }';

describe('malformed GraphQL requests over HTTP', () => {
  it.each([
    ['not JSON', '{"query": "{ __typename }"'],
    ['an empty body', ''],
    ['a JSON array of garbage', '[1, 2'],
    ['JSON null', 'null'],
    ['a JSON string', '"{ __typename }"'],
    ['a number as the query', '{"query": 42}'],
    ['no query at all', '{"variables": {}}'],
    ['a query that does not parse', '{"query": "mutation { setMyLanguage(language: "}'],
    ['variables that are not an object', `{"query": ${JSON.stringify(setLanguage)}, "variables": "sv"}`],
    ['an unknown field', '{"query": "mutation { dropEverything }"}'],
  ])('refuses %s with a 4xx', async (_name, body) => {
    const { status, text } = await post(body);
    expect(status, text).toBeGreaterThanOrEqual(400);
    expect(status, text).toBeLessThan(500);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('refuses a body that is not JSON by its content type', async () => {
    const { status } = await post(JSON.stringify({ query: '{ __typename }' }), 'text/plain');
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('answers variables of any wrong JSON type with a client error, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(wrongJson, async (language) => {
        const { status, text } = await post(JSON.stringify({ query: setLanguage, variables: { language } }));
        expect(status, text).toBeLessThan(500);
        expect(text).not.toContain('INTERNAL_SERVER_ERROR');
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        // A code the frontends can show: "check the information you gave".
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }),
      { seed: 20_260_301, numRuns: 25 },
    );
  });

  it('answers a 2 MB variable without a 500', async () => {
    const { status, text } = await post(JSON.stringify({ query: setLanguage, variables: { language: '€'.repeat(700_000) } }));
    expect(status, text.slice(0, 300)).toBeLessThan(500);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
  });
});
