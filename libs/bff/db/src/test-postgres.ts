import { userInfo } from 'node:os';
import pg from 'pg';

/** `?schema=` is Prisma's URL convention, unknown to node-postgres. */
export function withoutSchema(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete('schema');
  return parsed.toString();
}

/**
 * The PostgreSQL the integration tests run against: TEST_DATABASE_URL, or the local server's `test`
 * database as `postgres` or as the current user. `url` is null when none answers; `required` says
 * TEST_DATABASE_URL was set, so an unreachable server must fail the run rather than leave tests
 * out (CI must not skip silently).
 */
export async function findTestPostgres(): Promise<{ url: string | null; required: boolean; reason: string }> {
  const explicit = process.env['TEST_DATABASE_URL'];
  const candidates = explicit
    ? [explicit]
    : ['postgres://postgres@127.0.0.1:5432/test', `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`];
  const errors: string[] = [];
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: withoutSchema(url), connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return { url, required: Boolean(explicit), reason: '' };
    } catch (error) {
      errors.push(`${url.replace(/\/\/[^@/]*@/, '//')}: ${(error as Error).message}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return { url: null, required: Boolean(explicit), reason: `PostgreSQL unreachable (${errors.join('; ')})` };
}

/** Drops throwaway test schemas (and what is in them). */
export async function dropTestSchemas(url: string, schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: withoutSchema(url) });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
