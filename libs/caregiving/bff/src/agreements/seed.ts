import { demoId, type PrismaClient } from '@luotsi/db';
import { careAgreementTypes, sha256Hex, type AgreementVersionStatus } from '@luotsi/caregiving-domain';
import { demoAgreementTemplates } from './demo-templates';
import { renderAgreementPdf } from './pdf';
import { documentHeading, renderSelect, syncAgreement, versionText } from './service';

/** Per-day and per-task fees of the demo agreements without a monthly fee, in cents. */
const demoPerFees: Record<string, { perDayFeeCents?: number; perTaskFeeCents?: number; paymentSchedule: 'per-visit' }> = {
  'support-person': { perTaskFeeCents: 3_000, paymentSchedule: 'per-visit' },
  'support-family': { perDayFeeCents: 6_000, paymentSchedule: 'per-visit' },
  'experience-expert': { perTaskFeeCents: 5_000, paymentSchedule: 'per-visit' },
  'substitute-care': { perDayFeeCents: 9_500, paymentSchedule: 'per-visit' },
};

const versionStatusOf: Record<string, AgreementVersionStatus> = { draft: 'draft', sent: 'sent', signed: 'signed', active: 'active', ended: 'active' };

/**
 * The demo templates (one per type) and version 1 of every demo agreement: drafts as drafts, sent
 * ones with their text fixed, agreements in force signed by the carer two weeks before they
 * started and countersigned by a coordinator of the unit, with the frozen PDF and its SHA-256.
 * Idempotent: fixed ids, and a version already signed is left as it is (its PDF never changes).
 */
export async function seedAgreementDocuments(prisma: PrismaClient, demoAgreementIds: readonly string[]): Promise<void> {
  for (const type of careAgreementTypes) {
    const id = demoId('care-agreement-template', type);
    const data = { type, ...demoAgreementTemplates[type], updatedByName: 'Kaisa Koordinaattori' };
    await prisma.careAgreementTemplate.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  const agreements = await prisma.careAgreement.findMany({
    where: { id: { in: [...demoAgreementIds] } },
    select: {
      id: true, type: true, status: true, unitId: true, caredPersonName: true, feeClass: true, monthlyFeeCents: true,
      daysOffPerMonth: true, validFrom: true, validTo: true, carer: { select: { firstName: true, lastName: true, language: true } },
    },
  });
  for (const agreement of agreements) {
    const id = demoId('care-agreement-version', agreement.id);
    const existing = await prisma.careAgreementVersion.findUnique({ where: { id }, select: { carerSignedAt: true } });
    if (existing?.carerSignedAt) {
      // Signed since (in the demo): the document stays, and the agreement row follows its versions.
      await syncAgreement(prisma, agreement.id);
      continue;
    }
    const coordinator = await prisma.staffMember.findFirst({
      where: { roles: { has: 'caregiver-coordinator' }, units: { some: { unitId: agreement.unitId } } },
      orderBy: { lastName: 'asc' },
    });
    if (!coordinator) throw new Error(`No caregiver coordinator in the unit of demo agreement ${agreement.id}`);
    const perFees = demoPerFees[agreement.type];
    const status = versionStatusOf[agreement.status] ?? 'draft';
    const language = agreement.carer.language === 'sv' ? 'sv' : 'fi';
    const terms = {
      language, templateId: demoId('care-agreement-template', agreement.type), caredPersonName: agreement.caredPersonName,
      feeClass: agreement.feeClass, monthlyFeeCents: agreement.monthlyFeeCents, daysOffPerMonth: agreement.daysOffPerMonth,
      validFrom: agreement.validFrom, validTo: agreement.validTo, perDayFeeCents: perFees?.perDayFeeCents ?? null,
      perTaskFeeCents: perFees?.perTaskFeeCents ?? null, paymentSchedule: perFees?.paymentSchedule ?? 'monthly',
    };
    if (perFees) {
      await prisma.careAgreement.update({
        where: { id: agreement.id },
        data: { perDayFeeCents: terms.perDayFeeCents, perTaskFeeCents: terms.perTaskFeeCents, paymentSchedule: terms.paymentSchedule },
      });
    }
    const base = { agreementId: agreement.id, version: 1, status: 'draft', ...terms, createdByStaffId: coordinator.id, createdByName: `${coordinator.firstName} ${coordinator.lastName}` };
    await prisma.careAgreementVersion.upsert({ where: { id }, create: { id, ...base }, update: base });
    if (status === 'draft') continue;
    const renderable = await prisma.careAgreementVersion.findUniqueOrThrow({ where: { id }, select: renderSelect });
    const text = versionText(renderable).text;
    const sentAt = new Date(agreement.validFrom.getTime() - 21 * 86_400_000 + 9 * 3_600_000);
    if (status === 'sent') {
      await prisma.careAgreementVersion.update({ where: { id }, data: { status, sentAt, frozenText: text } });
      continue;
    }
    const signedAt = new Date(sentAt.getTime() + 7 * 86_400_000);
    const carerName = `${agreement.carer.firstName} ${agreement.carer.lastName}`;
    const pdf = await renderAgreementPdf({ language, ...documentHeading(renderable), text, carerSignature: { name: carerName, signedAt } });
    await prisma.careAgreementVersion.update({
      where: { id },
      data: {
        status, sentAt, frozenText: text, carerSignedAt: signedAt, carerSignerName: carerName, pdf: new Uint8Array(pdf), pdfSha256: await sha256Hex(pdf),
        ...(status === 'active'
          ? { countersignedAt: new Date(signedAt.getTime() + 86_400_000), countersignedByStaffId: coordinator.id, countersignedByName: `${coordinator.firstName} ${coordinator.lastName}` }
          : {}),
      },
    });
  }
}
