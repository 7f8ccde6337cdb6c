import { describe, expect, it } from 'vitest';
import { createSchema, createYoga } from 'graphql-yoga';
import { useOperationTimeout } from './timeout';

describe('the GraphQL operation timeout', () => {
  // A resolver that never answers stands for a stuck database; the app's own schema has none.
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { stuck: String, quick: String }',
      resolvers: { Query: { stuck: () => new Promise<string>(() => undefined), quick: () => 'ok' } },
    }),
    plugins: [useOperationTimeout(50)],
    logging: false,
  });
  const run = async (query: string) => {
    const response = await yoga.fetch('http://luotsi.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  };

  it('answers TIMEOUT with no data when an operation does not finish in time', async () => {
    const reply = await run('{ stuck quick }');
    expect(reply.status).toBe(504);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(reply.body).not.toHaveProperty('data');
  });

  it('lets an operation that finishes in time through', async () => {
    expect((await run('{ quick }')).body).toEqual({ data: { quick: 'ok' } });
  });
});
