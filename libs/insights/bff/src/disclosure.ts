/**
 * Statistical disclosure control of indicator counts (the privacy rule of the insights issue):
 * a count below the threshold (default 5) is never shown, so that nobody can be recognised from
 * a small number ("the only family in Hanko that asked for help in July").
 *
 * Hiding the small cell alone is not enough when a total is published too: the county figure
 * minus the three other service areas gives the hidden one back, and so does a month minus its
 * other days. So in every group of cells and their total, one hidden cell is never left alone:
 * the smallest other cell of the group is hidden as well ("complementary" suppression), repeated
 * until nothing changes. The pattern depends only on the data, never on what was asked, so two
 * queries cannot be played against each other.
 */
export type Suppression = 'belowThreshold' | 'complementary';

export interface CellGroup {
  /** Indexes of the cells that add up to the total. */
  members: readonly number[];
  /** Index of the cell that holds their total. */
  total: number;
}

export interface ProtectOptions {
  threshold: number;
  /** Cells already decided (e.g. monthly totals when the days of a month are protected). */
  fixed?: ReadonlyMap<number, Suppression | null>;
}

/**
 * Which cells to hide. `values[i]` null means no data: nothing to hide and nothing that can hide
 * another. Returns the suppression of each cell, null for the ones that may be shown.
 */
export function protectCells(values: readonly (number | null)[], groups: readonly CellGroup[], { threshold, fixed }: ProtectOptions): (Suppression | null)[] {
  const state = values.map((value, i): Suppression | null => {
    if (fixed?.has(i)) return fixed.get(i) ?? null;
    return value !== null && value < threshold ? 'belowThreshold' : null;
  });
  const canHide = (i: number) => !fixed?.has(i) && values[i] !== null && state[i] === null;
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      // total = sum(members): if exactly one of these cells is hidden, the others give it away.
      // A cell without data counts as known (it adds nothing).
      const cells = [...group.members, group.total];
      if (cells.filter((i) => state[i] !== null).length !== 1) continue;
      // Hide the smallest other cell: it tells the least. Ties go to the first one.
      let pick: number | undefined;
      for (const i of cells) if (canHide(i) && (pick === undefined || (values[i] ?? 0) < (values[pick] ?? 0))) pick = i;
      if (pick !== undefined) {
        state[pick] = 'complementary';
        changed = true;
      }
    }
  }
  return state;
}
