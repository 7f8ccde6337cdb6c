import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * The raw SQL access the migrator and tests need, the same on PGlite and PostgreSQL. Prisma's raw
 * queries cannot run multi-statement scripts (they use prepared statements), hence this.
 */
export interface SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** Runs a script of one or more statements without parameters. */
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on one connection: commits if it resolves, rolls back if it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}

type PGliteLike = PGlite | PGliteTransaction;

function pgliteQueryable(db: PGliteLike): Omit<SqlClient, 'transaction'> {
  return {
    kind: 'pglite',
    async exec(script) {
      await db.exec(script);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
  };
}

export function pgliteSqlClient(db: PGlite): SqlClient {
  const client: SqlClient = {
    ...pgliteQueryable(db),
    transaction: (fn) => db.transaction((tx) => fn(pgliteTransactionClient(tx))),
  };
  return client;
}

function pgliteTransactionClient(tx: PGliteTransaction): SqlClient {
  return {
    ...pgliteQueryable(tx),
    transaction: () => Promise.reject(new Error('Nested transactions are not supported')),
  };
}

function pgQueryable(db: pg.Pool | pg.PoolClient): Omit<SqlClient, 'transaction'> {
  return {
    kind: 'postgres',
    async exec(script) {
      // Without parameters node-postgres uses the simple query protocol, which accepts many statements.
      await db.query(script);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query(sql, params)).rows as T[];
    },
  };
}

export function pgSqlClient(pool: pg.Pool): SqlClient {
  return {
    ...pgQueryable(pool),
    async transaction(fn) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const tx: SqlClient = {
          ...pgQueryable(connection),
          transaction: () => Promise.reject(new Error('Nested transactions are not supported')),
        };
        const result = await fn(tx);
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}
