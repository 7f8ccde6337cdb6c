/**
 * Statistics of the family center for managers: counts by topic and municipality, with small
 * counts suppressed so that a single family cannot be recognised in a small municipality.
 */
export const smallCountThreshold = 5;

export interface CountRow {
  key: string;
  count: number;
}

export interface SuppressedRow {
  key: string;
  /** Null when the true count is between 1 and the threshold: shown as "fewer than 5". */
  count: number | null;
  suppressed: boolean;
}

/**
 * Rows of at least `threshold` keep their count; smaller non-zero counts become null. The total
 * is hidden when it is itself small, or when exactly one row is hidden (subtracting the shown
 * rows from the total would reveal it).
 */
export function suppressSmallCounts(rows: readonly CountRow[], threshold = smallCountThreshold): { rows: SuppressedRow[]; total: number | null } {
  const out = rows
    .filter((r) => r.count > 0)
    .map((r) => (r.count >= threshold ? { key: r.key, count: r.count, suppressed: false } : { key: r.key, count: null, suppressed: true }))
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.key.localeCompare(b.key));
  const hidden = rows.filter((r) => r.count > 0 && r.count < threshold);
  const sum = rows.reduce((s, r) => s + r.count, 0);
  const total = hidden.length === 1 || (sum > 0 && sum < threshold) ? null : sum;
  return { rows: out, total };
}

/** Median of handling times in hours (answer time − arrival), null for none; rounded to 0.1 h. */
export function medianHours(durationsMs: readonly number[]): number | null {
  if (durationsMs.length === 0) return null;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round((median / 3_600_000) * 10) / 10;
}
