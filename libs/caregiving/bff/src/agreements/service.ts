import type { Prisma, PrismaClient } from '@luotsi/db';
import {
  agreementStatusOf, agreementTypeName, renderAgreementText, versionLabel,
  type AgreementLanguage, type AgreementTerms, type AgreementVersionStatus, type CareAgreementStatus,
  type CareAgreementType, type PaymentSchedule, type RenderedAgreement,
} from '@luotsi/caregiving-domain';

type Db = PrismaClient | Prisma.TransactionClient;

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const asDate = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** A { fi, sv?, en? } name in `language`, else in Finnish. */
export function nameIn(value: unknown, language: AgreementLanguage): string {
  const record = (value ?? {}) as Partial<Record<AgreementLanguage, string>>;
  return record[language] ?? record.fi ?? record.sv ?? '';
}

export const isAgreementLanguage = (value: unknown): value is AgreementLanguage => value === 'fi' || value === 'sv' || value === 'en';

/** What rendering a version's text needs, as one Prisma selection. */
export const renderSelect = {
  version: true,
  language: true,
  caredPersonName: true,
  feeClass: true,
  monthlyFeeCents: true,
  perDayFeeCents: true,
  perTaskFeeCents: true,
  daysOffPerMonth: true,
  daysOffAgreed: true,
  validFrom: true,
  validTo: true,
  paymentSchedule: true,
  frozenText: true,
  template: { select: { body: true } },
  agreement: {
    select: {
      id: true,
      type: true,
      carer: { select: { firstName: true, lastName: true } },
      unit: { select: { name: true } },
      serviceArea: { select: { name: true } },
    },
  },
} satisfies Prisma.CareAgreementVersionSelect;

export type RenderableVersion = Prisma.CareAgreementVersionGetPayload<{ select: typeof renderSelect }>;

export function termsOf(v: RenderableVersion): AgreementTerms {
  const language = isAgreementLanguage(v.language) ? v.language : 'fi';
  return {
    type: v.agreement.type as CareAgreementType,
    carerName: `${v.agreement.carer.firstName} ${v.agreement.carer.lastName}`,
    caredPersonName: v.caredPersonName,
    unitName: nameIn(v.agreement.unit.name, language),
    serviceAreaName: nameIn(v.agreement.serviceArea.name, language),
    feeClass: v.feeClass,
    monthlyFeeCents: v.monthlyFeeCents,
    perDayFeeCents: v.perDayFeeCents,
    perTaskFeeCents: v.perTaskFeeCents,
    daysOffPerMonth: v.daysOffPerMonth,
    daysOffAgreed: v.daysOffAgreed,
    validFrom: isoDate(v.validFrom)!,
    validTo: isoDate(v.validTo),
    paymentSchedule: v.paymentSchedule as PaymentSchedule,
  };
}

/** The text of a version: as sent (fixed from sending on), or rendered from its template now. */
export function versionText(v: RenderableVersion): RenderedAgreement {
  if (v.frozenText !== null) return { text: v.frozenText, missing: [] };
  const language = isAgreementLanguage(v.language) ? v.language : 'fi';
  const body = v.template ? nameIn(v.template.body, language) : '';
  return renderAgreementText(body, termsOf(v), language);
}

/** The title and reference printed on the frozen PDF. */
export function documentHeading(v: RenderableVersion): { title: string; reference: string } {
  const language = isAgreementLanguage(v.language) ? v.language : 'fi';
  const title = agreementTypeName(v.agreement.type as CareAgreementType, language);
  return {
    title: title.charAt(0).toUpperCase() + title.slice(1),
    reference: `${versionLabel(v.version, language)} · ${v.agreement.id}`,
  };
}

/** The terms columns of a version (and of the agreement that mirrors them). */
export interface TermsInput {
  language: AgreementLanguage;
  templateId: string;
  caredPersonName?: string | null;
  feeClass?: string | null;
  monthlyFeeCents?: number | null;
  perDayFeeCents?: number | null;
  perTaskFeeCents?: number | null;
  daysOffPerMonth: number;
  daysOffAgreed: boolean;
  validFrom: string;
  validTo?: string | null;
  paymentSchedule: PaymentSchedule;
}

export function versionColumns(t: TermsInput) {
  return {
    language: t.language,
    templateId: t.templateId,
    caredPersonName: t.caredPersonName || null,
    feeClass: t.feeClass || null,
    monthlyFeeCents: t.monthlyFeeCents ?? null,
    perDayFeeCents: t.perDayFeeCents ?? null,
    perTaskFeeCents: t.perTaskFeeCents ?? null,
    daysOffPerMonth: t.daysOffPerMonth,
    daysOffAgreed: t.daysOffAgreed,
    validFrom: asDate(t.validFrom)!,
    validTo: asDate(t.validTo),
    paymentSchedule: t.paymentSchedule,
  };
}

const mirroredColumns = {
  caredPersonName: true, feeClass: true, monthlyFeeCents: true, perDayFeeCents: true, perTaskFeeCents: true,
  daysOffPerMonth: true, daysOffAgreed: true, validFrom: true, validTo: true, paymentSchedule: true,
} as const;

/**
 * Brings the agreement row in line with its versions: its status, and the terms of the version in
 * force (or, while none is, of the newest open one). Fees and the carer role at sign-in read the
 * agreement row, so it changes in the same transaction as the version.
 */
export async function syncAgreement(tx: Db, agreementId: string): Promise<void> {
  const agreement = await tx.careAgreement.findUniqueOrThrow({ where: { id: agreementId }, select: { status: true } });
  const versions = await tx.careAgreementVersion.findMany({
    where: { agreementId },
    select: { version: true, status: true, ...mirroredColumns },
    orderBy: { version: 'desc' },
  });
  const status = agreementStatusOf(
    versions.map((v) => ({ version: v.version, status: v.status as AgreementVersionStatus })),
    agreement.status as CareAgreementStatus,
  );
  const source = versions.find((v) => v.status === 'active') ?? versions.find((v) => v.status !== 'cancelled' && v.status !== 'superseded');
  const terms = source
    ? {
        caredPersonName: source.caredPersonName, feeClass: source.feeClass, monthlyFeeCents: source.monthlyFeeCents,
        perDayFeeCents: source.perDayFeeCents, perTaskFeeCents: source.perTaskFeeCents, daysOffPerMonth: source.daysOffPerMonth,
        daysOffAgreed: source.daysOffAgreed, validFrom: source.validFrom, validTo: source.validTo, paymentSchedule: source.paymentSchedule,
      }
    : {};
  await tx.careAgreement.update({ where: { id: agreementId }, data: { status, ...terms } });
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'P2002' || /23505|unique constraint/i.test(error instanceof Error ? error.message : '');
}
