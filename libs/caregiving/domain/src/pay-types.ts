/**
 * What a payroll row pays. The codes are stable (they are in the CSV); a county maps them to its
 * payroll system's own wage types (palkkalajit) when it builds the export.
 */

export const payTypes = [
  'informal-care-fee',
  'family-care-fee',
  'family-care-expense',
  'family-care-start-up',
  'expense-claim',
] as const;
export type PayType = (typeof payTypes)[number];

export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

export interface PayTypeInfo {
  /**
   * Whether payroll withholds tax. Care fees are taxable income reported to the Incomes Register;
   * reimbursements of costs are not. To be confirmed with the county's payroll for each wage type.
   */
  taxable: boolean;
  label: LocalizedText;
}

export const payTypeInfo: Readonly<Record<PayType, PayTypeInfo>> = {
  'informal-care-fee': {
    taxable: true,
    label: {
      fi: 'Omaishoidon hoitopalkkio',
      sv: 'Vårdarvode för närståendevård',
      en: 'Informal care fee',
    },
  },
  'family-care-fee': {
    taxable: true,
    label: {
      fi: 'Perhehoidon hoitopalkkio',
      sv: 'Vårdarvode för familjevård',
      en: 'Family care fee',
    },
  },
  'family-care-expense': {
    taxable: false,
    label: {
      fi: 'Perhehoidon kulukorvaus',
      sv: 'Kostnadsersättning för familjevård',
      en: 'Family care expense reimbursement',
    },
  },
  'family-care-start-up': {
    taxable: false,
    label: {
      fi: 'Perhehoidon käynnistämiskorvaus',
      sv: 'Startersättning för familjevård',
      en: 'Family care start-up reimbursement',
    },
  },
  'expense-claim': {
    taxable: false,
    label: { fi: 'Kulujen korvaus', sv: 'Ersättning för kostnader', en: 'Reimbursed expenses' },
  },
};

/** A correction to an earlier, locked month, as a statement shows it next to the pay type. */
export const adjustmentLabel: LocalizedText = { fi: 'Oikaisu', sv: 'Rättelse', en: 'Correction' };
