import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client';
import { repositoryRoot } from './paths';
import { cachedDump, pgliteVersion } from './pglite-cache';
import { lockDataDir, type DataDirLock } from './pglite-lock';
import { pgliteSqlClient, pgSqlClient, type SqlClient } from './sql-client';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseConfig {
  /**
   * `postgres://…` / `postgresql://…` (optionally `?schema=name`): PostgreSQL.
   * `memory://`: a throw-away in-memory PGlite (tests).
   * Absent: embedded PGlite in a data folder, created on first use.
   */
  url?: string;
  /** PostgreSQL schema to use instead of the default search path (overrides `?schema=`). */
  schema?: string;
  /** PGlite data folder; defaults to LUOTSI_DATA_DIR, else <repo>/.data/pglite. */
  dataDir?: string;
}

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Raw SQL on the same database (migrations, tests, SQL Prisma cannot express). */
  sql: SqlClient;
  /** Where the data lives, for logs; without credentials. */
  description: string;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export function defaultDataDir(): string {
  return resolve(process.env['LUOTSI_DATA_DIR'] || join(repositoryRoot(), '.data', 'pglite'));
}

export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  const url = config.url?.trim();
  if (!url) return openPglite(config.dataDir ? resolve(config.dataDir) : defaultDataDir());
  if (url.startsWith('memory://')) return wrapPglite(await newInMemoryPglite(), 'PGlite in memory');
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, config.schema);
  throw new Error(
    `Unsupported database URL "${url.replace(/\/\/[^@/]*@/, '//***@')}": use postgres://…, memory:// or none for the embedded database.`,
  );
}

async function openPglite(dataDir: string): Promise<Database> {
  const lock: DataDirLock = lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = new PGlite(dataDir);
    await client.waitReady;
  } catch (error) {
    lock.release();
    throw new Error(
      `Could not open the embedded database in ${dataDir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return wrapPglite(client, `PGlite in ${dataDir}`, () => lock.release());
}

/**
 * A new in-memory PGlite, from `template` (a dumpDataDir() blob) or empty. A new PGlite runs
 * initdb, about 3 s of CPU; loading a dump takes about 0.5 s. So the empty cluster is dumped once
 * and cached (see pglite-cache.ts): test suites open many in-memory databases.
 */
export async function newInMemoryPglite(template?: Blob): Promise<PGlite> {
  const client = new PGlite({ loadDataDir: template ?? (await pristineCluster()) });
  await client.waitReady;
  return client;
}

function pristineCluster(): Promise<Blob> {
  return cachedDump(`pglite${pgliteVersion()}`, 'pristine', async () => {
    const first = new PGlite();
    try {
      await first.waitReady;
      return await first.dumpDataDir('none');
    } finally {
      await first.close();
    }
  });
}

/** A Database over an open PGlite instance, which close() closes. Internal: tests build their own. */
export function wrapPglite(
  client: PGlite,
  description: string,
  afterClose: () => void = () => undefined,
): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return makeDatabase('pglite', prisma, pgliteSqlClient(client), description, async () => {
    try {
      await client.close();
    } finally {
      afterClose();
    }
  });
}

async function openPostgres(rawUrl: string, explicitSchema: string | undefined): Promise<Database> {
  const url = new URL(rawUrl);
  const schema = explicitSchema ?? url.searchParams.get('schema') ?? undefined;
  // `schema` is Prisma's URL convention, not libpq's: node-postgres must not see it.
  url.searchParams.delete('schema');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(
      `Invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and underscores.`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url.toString(),
    // Raw SQL (migrations) finds its tables through the search path; Prisma qualifies names itself.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const sql = pgSqlClient(pool);
  const description = `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}${schema ? ` schema ${schema}` : ''}`;
  try {
    if (schema) {
      // Create only when missing: CREATE SCHEMA needs a privilege production roles may lack.
      const found = await sql.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (found.length === 0) {
        await sql
          .exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
          .catch((error: { code?: string }) => {
            // IF NOT EXISTS still races with a concurrent creator; the schema exists either way.
            if (error.code !== '23505' && error.code !== '42P06') throw error;
          });
      }
    } else {
      await sql.query('SELECT 1');
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Could not connect to ${description}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
  return makeDatabase('postgres', prisma, sql, description, () => pool.end());
}

function makeDatabase(
  kind: DatabaseKind,
  prisma: PrismaClient,
  sql: SqlClient,
  description: string,
  closeDriver: () => Promise<void>,
): Database {
  let closing: Promise<void> | null = null;
  return {
    prisma,
    kind,
    sql,
    description,
    async ping() {
      try {
        await prisma.$queryRaw`SELECT 1`;
        return true;
      } catch {
        return false;
      }
    },
    close() {
      closing ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await closeDriver();
        }
      })();
      return closing;
    },
  };
}
