import { describe, expect, it } from 'vitest';
import { protectCells } from './disclosure';
import { suppressionThresholdFrom } from './config';
import { validateIndicators, coreIndicators } from './indicators';

// Four areas and the county (index 4).
const areasAndCounty = [{ members: [0, 1, 2, 3], total: 4 }];

describe('protectCells', () => {
  it('hides counts below the threshold and shows the threshold itself', () => {
    expect(protectCells([4, 5, 0, 20], [], { threshold: 5 })).toEqual(['belowThreshold', null, 'belowThreshold', null]);
  });

  it('hides the smallest other area too, so the county total cannot give a small count away', () => {
    // 40 + 3 + 12 + 9 = 64: without the second hide, 64 - 40 - 12 - 9 = 3.
    expect(protectCells([40, 3, 12, 9, 64], areasAndCounty, { threshold: 5 })).toEqual([null, 'belowThreshold', null, 'complementary', null]);
  });

  it('needs nothing more when two cells are already hidden', () => {
    expect(protectCells([40, 3, 2, 9, 54], areasAndCounty, { threshold: 5 })).toEqual([null, 'belowThreshold', 'belowThreshold', null, null]);
  });

  it('treats a cell without data as known, and hides a total that would give its only member away', () => {
    // Only area 3 has data and it is hidden: the county equals it, so it is small and hidden too.
    expect(protectCells([null, null, null, 3, 3], areasAndCounty, { threshold: 5 })).toEqual([null, null, null, 'belowThreshold', 'belowThreshold']);
    // A hidden total with every member shown would be their sum: one member is hidden with it.
    expect(protectCells([10, 20, 30, 40, 100], areasAndCounty, { threshold: 5, fixed: new Map([[4, 'complementary' as const]]) })).toEqual([
      'complementary', null, null, null, 'complementary',
    ]);
  });

  it('follows a hide through crossing groups until nothing changes', () => {
    // Two days (rows) of two areas and their daily totals; columns add up to fixed monthly totals.
    //   day 1: 3  10 | 13
    //   day 2: 8  20 | 28
    //   month: 11 30   (shown, fixed)
    const values = [3, 10, 13, 8, 20, 28, 11, 30];
    const groups = [
      { members: [0, 1], total: 2 },
      { members: [3, 4], total: 5 },
      { members: [0, 3], total: 6 },
      { members: [1, 4], total: 7 },
    ];
    const state = protectCells(values, groups, { threshold: 5, fixed: new Map([[6, null], [7, null]]) });
    expect(state).toEqual(['belowThreshold', 'complementary', null, 'complementary', 'complementary', null, null, null]);
    for (const group of groups) expect([...group.members, group.total].filter((i) => state[i] !== null)).not.toHaveLength(1);
  });
});

describe('configuration', () => {
  it('defaults the threshold to 5 and refuses nonsense', () => {
    expect(suppressionThresholdFrom({})).toBe(5);
    expect(suppressionThresholdFrom({ LUOTSI_INSIGHTS_SUPPRESSION_THRESHOLD: '10' })).toBe(10);
    for (const bad of ['0', '-3', '2.5', 'five'])
      expect(() => suppressionThresholdFrom({ LUOTSI_INSIGHTS_SUPPRESSION_THRESHOLD: bad })).toThrow(/whole number/);
  });

  it('checks the indicator registry', () => {
    expect(validateIndicators(coreIndicators)).toHaveLength(3);
    const [first] = coreIndicators;
    if (!first) throw new Error('no indicators');
    expect(() => validateIndicators([first, first])).toThrow(/declared twice/);
    expect(() => validateIndicators([{ ...first, id: 'family.assessments-completed' }])).toThrow(/does not start with its domain/);
    expect(() => validateIndicators([{ ...first, name: { ...first.name, sv: ' ' } }])).toThrow(/no name in sv/);
  });
});
