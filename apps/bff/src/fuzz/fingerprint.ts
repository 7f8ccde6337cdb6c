import type { SqlClient } from '@luotsi/db';

/** Tables whose changes are not data writes (the migrator's own bookkeeping). */
const notData = new Set(['_luotsi_migrations', '_prisma_migrations']);

/**
 * A cheap fingerprint of every table of the current schema: row count and md5 of all rows (in a
 * stable order). Two equal fingerprints mean no row was inserted, changed or deleted.
 */
export async function databaseFingerprint(sql: SqlClient, ignore: ReadonlySet<string> = new Set()): Promise<Record<string, string>> {
  const tables = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const names = tables.map((t) => t.name).filter((name) => !notData.has(name) && !ignore.has(name));
  if (names.length === 0) return {};
  // One round trip for all tables: the fuzz run takes a fingerprint after every refused call.
  const parts = names.map(
    (name, i) =>
      `SELECT ${i} AS i, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS f FROM "${name.replaceAll('"', '""')}" t`,
  );
  const rows = await sql.query<{ i: number; f: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [names[Number(row.i)] ?? String(row.i), row.f]));
}

/** The tables whose fingerprints differ. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
