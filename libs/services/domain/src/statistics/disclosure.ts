/**
 * Small counts of the service tray's statistics are suppressed: a count from 1 to 4 is shown as
 * "fewer than 5" (null), so that nobody can be picked out ("the one client a unit referred to the
 * parish's grief group in May"). Zero is shown: it tells about nobody. A list shown with its total
 * would give a single hidden count back (total minus the others), so then the smallest other
 * count is hidden as well. Free-text search terms appear only when searched at least 5 times, as
 * a rare term can itself identify the person who typed it.
 */
export const suppressionThreshold = 5;

export interface CountRow {
  count: number;
}

export type Protected<T extends CountRow> = Omit<T, 'count'> & { count: number | null };

function hidden(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

/**
 * The rows with counts below the threshold hidden (null). With `withTotal`, a lone hidden row is
 * joined by the smallest other shown non-zero row, so that the total does not reveal it.
 */
export function protectCounts<T extends CountRow>(rows: readonly T[], { withTotal = false, threshold = suppressionThreshold } = {}): Protected<T>[] {
  const hide = rows.map((row) => hidden(row.count, threshold));
  if (withTotal && hide.filter(Boolean).length === 1) {
    let pick = -1;
    rows.forEach((row, i) => {
      if (!hide[i] && row.count > 0 && (pick === -1 || row.count < (rows[pick]?.count ?? Infinity))) pick = i;
    });
    if (pick !== -1) hide[pick] = true;
  }
  return rows.map((row, i) => ({ ...row, count: hide[i] ? null : row.count }));
}

/** A total shown alone: hidden when small. */
export function protectTotal(count: number, threshold = suppressionThreshold): number | null {
  return hidden(count, threshold) ? null : count;
}

/** Rows whose own key may identify someone (free-text terms): only those reaching the threshold. */
export function frequentOnly<T extends CountRow>(rows: readonly T[], threshold = suppressionThreshold): T[] {
  return rows.filter((row) => row.count >= threshold);
}
