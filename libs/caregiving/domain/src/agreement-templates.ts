/**
 * Agreement templates and the terms they are filled from. A coordinator writes a template per
 * agreement type in Finnish and Swedish (English optional) with `{{field}}` placeholders; the
 * agreement's terms fill them in the language the agreement is made in. The filled text is what
 * the carer reads, signs and what the frozen PDF holds, word for word.
 */
import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';
import { careAgreementTypes, type CareAgreementType } from './agreements';
import { defaultFeeTables, familyCareMinimumFees, feeClassAmount, informalCareMinimumFees, type FeeTables } from './fee-tables';

export const agreementLanguages = ['fi', 'sv', 'en'] as const;
export type AgreementLanguage = (typeof agreementLanguages)[number];

export const paymentSchedules = ['monthly', 'per-visit'] as const;
export type PaymentSchedule = (typeof paymentSchedules)[number];

/** The terms of one version of an agreement, with the names the text needs. */
export interface AgreementTerms {
  type: CareAgreementType;
  carerName: string;
  caredPersonName: string | null;
  unitName: string;
  serviceAreaName: string;
  feeClass: string | null;
  monthlyFeeCents: number | null;
  perDayFeeCents: number | null;
  perTaskFeeCents: number | null;
  daysOffPerMonth: number;
  daysOffAgreed: boolean;
  /** YYYY-MM-DD */
  validFrom: string;
  /** The last valid day; null until further notice. */
  validTo: string | null;
  paymentSchedule: PaymentSchedule;
}

/** The placeholders a template may use. */
export const templateFields = [
  'agreementType',
  'carerName',
  'caredPersonName',
  'unitName',
  'serviceAreaName',
  'feeClass',
  'monthlyFee',
  'perDayFee',
  'perTaskFee',
  'daysOffPerMonth',
  'validFrom',
  'validTo',
  'paymentSchedule',
] as const;
export type TemplateField = (typeof templateFields)[number];

const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;

export type TemplateProblem =
  | { code: 'unknown-field'; field: string }
  | { code: 'unbalanced-braces' };

/** What is wrong with a template text: unknown `{{fields}}` and stray braces. */
export function templateProblems(body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const unknown = new Set<string>();
  for (const match of body.matchAll(placeholder)) {
    const field = match[1] ?? '';
    if (!(templateFields as readonly string[]).includes(field) && !unknown.has(field)) {
      unknown.add(field);
      problems.push({ code: 'unknown-field', field });
    }
  }
  const rest = body.replace(placeholder, '');
  if (rest.includes('{{') || rest.includes('}}')) problems.push({ code: 'unbalanced-braces' });
  return problems;
}

/** The fields a template uses, in order of first use. */
export function templateFieldsUsed(body: string): TemplateField[] {
  const used: TemplateField[] = [];
  for (const match of body.matchAll(placeholder)) {
    const field = (match[1] ?? '') as TemplateField;
    if ((templateFields as readonly string[]).includes(field) && !used.includes(field)) used.push(field);
  }
  return used;
}

const typeNames: Record<CareAgreementType, Record<AgreementLanguage, string>> = {
  'informal-care': { fi: 'omaishoidon tuen sopimus', sv: 'avtal om stöd för närståendevård', en: 'informal care support agreement' },
  'family-care': { fi: 'perhehoidon toimeksiantosopimus', sv: 'uppdragsavtal för familjevård', en: 'family care commission agreement' },
  'support-person': { fi: 'tukihenkilösopimus', sv: 'avtal om stödperson', en: 'support person agreement' },
  'support-family': { fi: 'tukiperhesopimus', sv: 'avtal om stödfamilj', en: 'support family agreement' },
  'experience-expert': { fi: 'kokemusasiantuntijan palkkiosopimus', sv: 'arvodesavtal för erfarenhetsexpert', en: 'experience expert fee agreement' },
  'substitute-care': { fi: 'sijaishoidon toimeksiantosopimus', sv: 'uppdragsavtal för avlösarvård', en: 'substitute care commission agreement' },
};

export function agreementTypeName(type: CareAgreementType, language: AgreementLanguage): string {
  return typeNames[type][language];
}

const scheduleNames: Record<PaymentSchedule, Record<AgreementLanguage, string>> = {
  monthly: {
    fi: 'kuukausittain, edellisen kuukauden palkkio kuun 14. päivänä',
    sv: 'månatligen, föregående månads arvode den 14 i månaden',
    en: 'monthly, the previous month’s fee on the 14th of the month',
  },
  'per-visit': {
    fi: 'toteutuneiden käyntien mukaan, edellisen kuukauden käynnit kuun 14. päivänä',
    sv: 'enligt genomförda besök, föregående månads besök den 14 i månaden',
    en: 'by the visits made, the previous month’s visits on the 14th of the month',
  },
};

const untilFurtherNotice: Record<AgreementLanguage, string> = { fi: 'toistaiseksi', sv: 'tills vidare', en: 'until further notice' };
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as written in an agreement: 1.12.2026 in Finnish and Swedish, 1 December 2026 in English. */
export function agreementDate(date: string, language: AgreementLanguage): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return language === 'en' ? `${day} ${englishMonths[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

/** Cents as written in an agreement: 1 234,50 € (fi, sv) or €1,234.50 (en). */
export function agreementMoney(cents: number, language: AgreementLanguage): string {
  const euros = Math.trunc(Math.abs(cents) / 100);
  const rest = String(Math.abs(cents) % 100).padStart(2, '0');
  const sign = cents < 0 ? '-' : '';
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : ' ');
  return language === 'en' ? `${sign}€${grouped}.${rest}` : `${sign}${grouped},${rest} €`;
}

/** The value of every field in `language`; null where the terms have none. */
export function templateValues(terms: AgreementTerms, language: AgreementLanguage): Record<TemplateField, string | null> {
  const money = (cents: number | null) => (cents === null ? null : agreementMoney(cents, language));
  return {
    agreementType: agreementTypeName(terms.type, language),
    carerName: terms.carerName,
    caredPersonName: terms.caredPersonName,
    unitName: terms.unitName,
    serviceAreaName: terms.serviceAreaName,
    feeClass: terms.feeClass,
    monthlyFee: money(terms.monthlyFeeCents),
    perDayFee: money(terms.perDayFeeCents),
    perTaskFee: money(terms.perTaskFeeCents),
    daysOffPerMonth: String(terms.daysOffPerMonth),
    validFrom: agreementDate(terms.validFrom, language),
    validTo: terms.validTo ? agreementDate(terms.validTo, language) : untilFurtherNotice[language],
    paymentSchedule: scheduleNames[terms.paymentSchedule][language],
  };
}

export interface RenderedAgreement {
  text: string;
  /** Fields the template uses but the terms leave empty: the version cannot be sent like this. */
  missing: TemplateField[];
}

/** Fills a template's `{{fields}}`; an empty field is left as `[field]` so it shows in the preview. */
export function renderAgreementText(body: string, terms: AgreementTerms, language: AgreementLanguage): RenderedAgreement {
  const values = templateValues(terms, language);
  const missing: TemplateField[] = [];
  const text = body.replace(placeholder, (whole, name: string) => {
    if (!(templateFields as readonly string[]).includes(name)) return whole;
    const value = values[name as TemplateField];
    if (value === null) {
      if (!missing.includes(name as TemplateField)) missing.push(name as TemplateField);
      return `[${name}]`;
    }
    return value;
  });
  return { text, missing };
}

/**
 * How an agreement type is paid: a monthly care fee from the fee tables (informal care by fee class,
 * family care at least the statutory minimum), or a per-day / per-task fee agreed in the agreement.
 */
export const agreementFeeKinds: Readonly<Record<CareAgreementType, 'monthly' | 'per-day-or-task'>> = {
  'informal-care': 'monthly',
  'family-care': 'monthly',
  'support-person': 'per-day-or-task',
  'support-family': 'per-day-or-task',
  'experience-expert': 'per-day-or-task',
  'substitute-care': 'per-day-or-task',
};

/** Types with statutory days off (Omaishoitolaki 4 §, Perhehoitolaki 14 §): 2 a month, 3 for round-the-clock care. */
export const daysOffTypes: readonly CareAgreementType[] = ['informal-care', 'family-care'];

/**
 * The newest year of `table` not after `year`. Minimums are indexed upwards every January, so a
 * year whose figures are not yet in the tables is at least the last known year's.
 */
function knownYear(table: Readonly<Record<number, unknown>>, year: number): number | null {
  const years = Object.keys(table).map(Number).filter((y) => y <= year);
  return years.length ? Math.max(...years) : null;
}

/**
 * The monthly fee the fee tables suggest for an agreement starting on `validFrom`: the informal
 * care fee class's amount of that year (or the last year in the tables), the family care minimum
 * likewise; null for the types paid per day or task.
 */
export function suggestedMonthlyFeeCents(
  type: CareAgreementType,
  feeClass: string | null,
  validFrom: string,
  tables: FeeTables = defaultFeeTables,
): number | null {
  const year = Number(validFrom.slice(0, 4));
  if (type === 'informal-care') {
    const known = knownYear(tables.informalCareFeeClasses, year);
    return feeClass && known !== null ? (feeClassAmount(tables, known, feeClass)?.cents ?? null) : null;
  }
  if (type === 'family-care') {
    const known = knownYear(familyCareMinimumFees, year);
    return known === null ? null : (familyCareMinimumFees[known]?.cents ?? null);
  }
  return null;
}

/** The statutory minimum monthly fee of the year (at least the last known year's); null for types without one. */
export function minimumMonthlyFeeCents(type: CareAgreementType, validFrom: string): number | null {
  const year = Number(validFrom.slice(0, 4));
  if (type === 'informal-care') {
    const known = knownYear(informalCareMinimumFees, year);
    return known === null ? null : (informalCareMinimumFees[known]?.minimum.cents ?? null);
  }
  if (type === 'family-care') {
    const known = knownYear(familyCareMinimumFees, year);
    return known === null ? null : (familyCareMinimumFees[known]?.cents ?? null);
  }
  return null;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const calendarDate = z
  .string()
  .regex(datePattern)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, fieldRule('invalid-format'));
const cents = z.number().int().min(0).max(10_000_000);
/** A database id: any UUID form (the demo data's are name-based v5 ids). */
export const agreementIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  .transform((value) => value.toLowerCase());
const id = agreementIdSchema;

export const caredPersonNameMaxLength = 120;
export const feeClassMaxLength = 10;

/**
 * The terms a coordinator enters (the draft form, and the BFF again). Cross-field rules: validity
 * ends after it starts; a monthly-fee type has a monthly fee not below the year's statutory
 * minimum; the other types have a per-day or per-task fee; days off are the statutory 2 or 3
 * unless an agreed number is marked as agreed.
 */
export const agreementTermsSchema = z
  .object({
    type: z.enum(careAgreementTypes),
    language: z.enum(agreementLanguages),
    templateId: id,
    caredPersonName: plainText({ max: caredPersonNameMaxLength, min: 0 }).nullish(),
    feeClass: plainText({ max: feeClassMaxLength, min: 0 }).nullish(),
    monthlyFeeCents: cents.nullish(),
    perDayFeeCents: cents.nullish(),
    perTaskFeeCents: cents.nullish(),
    daysOffPerMonth: z.number().int().min(0).max(31),
    daysOffAgreed: z.boolean(),
    validFrom: calendarDate,
    validTo: calendarDate.nullish(),
    paymentSchedule: z.enum(paymentSchedules),
  })
  .superRefine((terms, ctx) => {
    const issue = (path: string, code: Parameters<typeof fieldRule>[0]) =>
      ctx.addIssue({ code: 'custom', path: [path], message: code, ...fieldRule(code) });
    if (terms.validTo && terms.validTo < terms.validFrom) issue('validTo', 'out-of-range');
    const kind = agreementFeeKinds[terms.type];
    if (kind === 'monthly') {
      if (terms.monthlyFeeCents == null) issue('monthlyFeeCents', 'required');
      else {
        const minimum = minimumMonthlyFeeCents(terms.type, terms.validFrom);
        if (minimum !== null && terms.monthlyFeeCents < minimum) issue('monthlyFeeCents', 'out-of-range');
      }
      if (terms.type === 'informal-care' && !terms.feeClass) issue('feeClass', 'required');
      if (!terms.caredPersonName) issue('caredPersonName', 'required');
    } else if (terms.perDayFeeCents == null && terms.perTaskFeeCents == null) {
      issue('perDayFeeCents', 'required');
    }
    if (!terms.daysOffAgreed && daysOffTypes.includes(terms.type) && ![2, 3].includes(terms.daysOffPerMonth)) {
      issue('daysOffPerMonth', 'invalid-choice');
    }
  });
export type AgreementTermsInput = z.output<typeof agreementTermsSchema>;

export const templateBodyMaxLength = 20_000;
export const templateNameMaxLength = 120;

/** Text written by hand: a template may only use known fields and must print in the PDF's font. */
const templateBody = plainText({ max: templateBodyMaxLength, multiline: true })
  .refine((body) => templateProblems(body).length === 0, fieldRule('invalid'))
  .refine((body) => unprintableCharacters(body).length === 0, fieldRule('invalid-format'));

export const agreementTemplateSchema = z.object({
  type: z.enum(careAgreementTypes),
  name: z.object({
    fi: plainText({ max: templateNameMaxLength }),
    sv: plainText({ max: templateNameMaxLength }),
    en: plainText({ max: templateNameMaxLength, min: 0 }).nullish(),
  }),
  body: z.object({ fi: templateBody, sv: templateBody, en: templateBody.nullish().or(z.literal('')) }),
});
export type AgreementTemplateInput = z.output<typeof agreementTemplateSchema>;

// The frozen PDF uses the standard Helvetica font (WinAnsi encoding): Latin-1 and these extras,
// which cover Finnish, Swedish and English (ä, ö, å, é, €, dashes and quotes).
const winAnsiExtras = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Characters of `text` the PDF font cannot show (each once); line breaks and tabs are fine. */
export function unprintableCharacters(text: string): string[] {
  const bad = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const printable = char === '\n' || char === '\r' || char === '\t' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.includes(char);
    if (!printable) bad.add(char);
  }
  return [...bad];
}
