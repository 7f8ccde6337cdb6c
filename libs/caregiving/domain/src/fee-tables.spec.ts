import { describe, expect, it } from 'vitest';
import {
  defaultFeeTables,
  demoInformalCareFeeClasses2026,
  familyCareMinimumFees,
  feeClassAmount,
  figuresNeedingConfirmation,
  informalCareMinimumFees,
} from './fee-tables';

describe('statutory fee tables', () => {
  it('holds the known informal care minimums in cents', () => {
    const minimums = Object.fromEntries(
      Object.entries(informalCareMinimumFees).map(([y, r]) => [y, r.minimum.cents]),
    );
    expect(minimums).toMatchObject({
      2020: 40_809,
      2021: 41_345,
      2022: 42_361,
      2023: 43_970,
      2024: 46_199,
      2026: 53_000,
    });
    expect(informalCareMinimumFees[2024]!.heavyTransitional.cents).toBe(92_399);
    expect(familyCareMinimumFees[2024]!.cents).toBe(92_402);
    expect(familyCareMinimumFees[2026]!.cents).toBe(96_635);
  });

  it('marks 2025 as an unverified estimate, about 2.2 % on 2024', () => {
    const row = informalCareMinimumFees[2025]!;
    expect(row.minimum.status).toBe('unverified-estimate');
    expect(row.heavyTransitional.status).toBe('unverified-estimate');
    expect(row.minimum.cents / informalCareMinimumFees[2024]!.minimum.cents).toBeCloseTo(1.022, 3);
    expect(figuresNeedingConfirmation().map((f) => `${f.table} ${f.year}`)).toContain(
      'informal-care-minimum 2025',
    );
  });

  it('keeps every heavy transitional minimum at least twice the year’s minimum', () => {
    for (const [year, row] of Object.entries(informalCareMinimumFees)) {
      expect(row.heavyTransitional.cents, year).toBeGreaterThanOrEqual(2 * row.minimum.cents);
    }
  });

  it('never lowers a minimum from one year to the next', () => {
    const years = Object.keys(informalCareMinimumFees).map(Number).sort();
    for (let i = 1; i < years.length; i++) {
      expect(informalCareMinimumFees[years[i]!]!.minimum.cents).toBeGreaterThan(
        informalCareMinimumFees[years[i - 1]!]!.minimum.cents,
      );
    }
  });

  it('follows the year’s statutory figures in fee classes tied to them', () => {
    expect(feeClassAmount(defaultFeeTables, 2026, '1')).toMatchObject({
      cents: 53_000,
      heavyTransitional: false,
    });
    expect(feeClassAmount(defaultFeeTables, 2026, '2')).toMatchObject({
      cents: 80_000,
      heavyTransitional: false,
    });
    expect(feeClassAmount(defaultFeeTables, 2026, '3')).toMatchObject({
      cents: 106_000,
      heavyTransitional: true,
    });
    expect(feeClassAmount(defaultFeeTables, 2026, '9')).toBeNull();
    expect(feeClassAmount(defaultFeeTables, 2019, '1')).toBeNull();
  });
});

describe('demo county seed amounts', () => {
  it('keeps the 2026 classes the BFF seeds agreements with', () => {
    expect(demoInformalCareFeeClasses2026).toEqual({ '1': 53_000, '2': 80_000, '3': 106_000 });
  });
});
