import { describe, expect, it } from 'vitest';
import { frequentOnly, protectCounts, protectTotal } from './index';

describe('small counts', () => {
  it('hide counts from 1 to 4 and show zero and 5 or more', () => {
    expect(protectCounts([{ k: 'a', count: 0 }, { k: 'b', count: 4 }, { k: 'c', count: 5 }, { k: 'd', count: 1 }]).map((r) => r.count)).toEqual([0, null, 5, null]);
    expect([0, 3, 5].map((n) => protectTotal(n))).toEqual([0, null, 5]);
  });

  it('with a total shown, never leave one hidden count alone: the smallest other is hidden too', () => {
    const rows = [{ k: 'ngo', count: 12 }, { k: 'parish', count: 2 }, { k: 'county', count: 7 }, { k: 'company', count: 0 }];
    expect(protectCounts(rows, { withTotal: true }).map((r) => r.count)).toEqual([12, null, null, 0]);
    // Two hidden already: the total cannot separate them.
    expect(protectCounts([{ count: 9 }, { count: 2 }, { count: 3 }], { withTotal: true }).map((r) => r.count)).toEqual([9, null, null]);
  });

  it('list free-text terms only when searched at least 5 times', () => {
    expect(frequentOnly([{ term: 'perhekeskus', count: 9 }, { term: 'matti meikäläinen', count: 1 }, { term: 'kerho', count: 5 }]).map((r) => r.term)).toEqual([
      'perhekeskus',
      'kerho',
    ]);
  });
});
