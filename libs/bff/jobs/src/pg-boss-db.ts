import type { SqlClient } from '@luotsi/db';
import type PgBoss from 'pg-boss';

/**
 * pg-boss's database access over our SqlClient, for the embedded database: PGlite is one
 * connection inside this process, so pg-boss cannot open a pool of its own there.
 *
 * pg-boss sends two kinds of SQL: single statements with parameters (fetch, complete, send),
 * which PGlite's `query` runs, and scripts of several statements wrapped in their own
 * BEGIN … COMMIT (installation, migrations, maintenance under an advisory lock), which need
 * `exec`. Those scripts run inside a SqlClient transaction: on PGlite it holds the connection
 * for the whole script, so no Prisma query slips in between, and when a statement fails the
 * transaction is rolled back instead of leaving the one connection in an aborted transaction.
 * (The inner BEGIN and the outer COMMIT then only raise warnings.) pg-boss 10 uses no LISTEN or
 * NOTIFY: workers poll, which PGlite handles like any query.
 */
export function sqlClientDb(sql: SqlClient): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (/^\s*BEGIN\s*;/i.test(text)) {
        await sql.transaction((tx) => tx.exec(text));
        return { rows: [] };
      }
      // node-postgres sends undefined as NULL; PGlite's serialisers expect null.
      const params = (values ?? []).map((value) => (value === undefined ? null : value));
      return { rows: await sql.query(text, params) };
    },
  };
}
