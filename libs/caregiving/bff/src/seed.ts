import { demoId, demoResidents, type PrismaClient, type SeedStep } from '@luotsi/db';
import type { CareAgreementStatus, CareAgreementType } from './agreements';
import { seedAgreementDocuments } from './agreements/seed';
import { seedReports } from './reports/seed';
import { demoInformalCareFeeClasses2026, familyCareMinimumFees } from '@luotsi/caregiving-domain';

/**
 * Demo agreements across the caregiving units. The personas Olli (informal carer, Lohja → northern
 * area) and Pirjo (family carer of two children, Kirkkonummi → southern area) have active ones,
 * which is what makes them carers when they sign in. Kaisa Koordinaattori works in OMA-LAN and
 * OMA-ETE; the others are there to show she cannot see them. Dates are relative to the demo date
 * 2026-11-23: two of Kaisa's agreements end within 60 days of it.
 */
interface DemoAgreement {
  key: string;
  /** A persona's OIDC subject, or "First Last" of a fictional resident in @luotsi/db. */
  carer: string;
  unitCode: string;
  type: CareAgreementType;
  status: CareAgreementStatus;
  caredPersonName: string | null;
  feeClass: string | null;
  monthlyFeeCents: number | null;
  daysOffPerMonth: number;
  validFrom: string;
  validTo: string | null;
}

const fee = demoInformalCareFeeClasses2026;
const familyCareFee = familyCareMinimumFees[2026]?.cents ?? null;

// Days off (Omaishoitolaki 4 §): at least 2 per month, 3 when the care binds round the clock;
// family carers (Perhehoitolaki 14 §) at least 2. Paid per day or per task: no monthly fee.
const agreements: readonly DemoAgreement[] = [
  // Northern area (OMA-POH)
  { key: 'olli', carer: 'carer-olli', unitCode: 'OMA-POH', type: 'informal-care', status: 'active', caredPersonName: 'Aune Omaishoitaja', feeClass: '1', monthlyFeeCents: fee['1'], daysOffPerMonth: 2, validFrom: '2023-05-01', validTo: null },
  { key: 'olli-2027', carer: 'carer-olli', unitCode: 'OMA-POH', type: 'informal-care', status: 'draft', caredPersonName: 'Aune Omaishoitaja', feeClass: '2', monthlyFeeCents: fee['2'], daysOffPerMonth: 3, validFrom: '2027-01-01', validTo: null },
  { key: 'anneli', carer: 'Anneli Mäkinen', unitCode: 'OMA-POH', type: 'informal-care', status: 'active', caredPersonName: 'Veikko Mäkinen', feeClass: '3', monthlyFeeCents: fee['3'], daysOffPerMonth: 3, validFrom: '2025-09-01', validTo: '2026-12-15' },
  { key: 'kari', carer: 'Kari Turunen', unitCode: 'OMA-POH', type: 'informal-care', status: 'draft', caredPersonName: 'Raili Turunen', feeClass: '1', monthlyFeeCents: fee['1'], daysOffPerMonth: 2, validFrom: '2027-01-01', validTo: null },
  // Southern area (OMA-ETE, Kaisa's)
  { key: 'pirjo-niko', carer: 'carer-pirjo', unitCode: 'OMA-ETE', type: 'family-care', status: 'active', caredPersonName: 'Niko Järvi', feeClass: null, monthlyFeeCents: familyCareFee, daysOffPerMonth: 2, validFrom: '2022-08-15', validTo: null },
  { key: 'pirjo-sanni', carer: 'carer-pirjo', unitCode: 'OMA-ETE', type: 'family-care', status: 'active', caredPersonName: 'Sanni Järvi', feeClass: null, monthlyFeeCents: familyCareFee, daysOffPerMonth: 2, validFrom: '2024-01-08', validTo: '2031-08-31' },
  { key: 'juha', carer: 'Juha Laine', unitCode: 'OMA-ETE', type: 'informal-care', status: 'sent', caredPersonName: 'Marja Laine', feeClass: '2', monthlyFeeCents: fee['2'], daysOffPerMonth: 3, validFrom: '2026-12-01', validTo: null },
  { key: 'paivi', carer: 'Päivi Koskinen', unitCode: 'OMA-ETE', type: 'informal-care', status: 'active', caredPersonName: 'Eino Koskinen', feeClass: '1', monthlyFeeCents: fee['1'], daysOffPerMonth: 2, validFrom: '2025-01-16', validTo: '2027-01-15' },
  { key: 'jari', carer: 'Jari Lehtonen', unitCode: 'OMA-ETE', type: 'support-person', status: 'active', caredPersonName: 'Toni Salo', feeClass: null, monthlyFeeCents: null, daysOffPerMonth: 0, validFrom: '2026-04-01', validTo: '2027-03-31' },
  { key: 'mikael', carer: 'Mikael Andersson', unitCode: 'OMA-ETE', type: 'family-care', status: 'ended', caredPersonName: 'Oskar Berg', feeClass: null, monthlyFeeCents: familyCareFee, daysOffPerMonth: 2, validFrom: '2021-03-01', validTo: '2026-06-30' },
  // Western area (OMA-LAN, Kaisa's)
  { key: 'erik', carer: 'Erik Lindqvist', unitCode: 'OMA-LAN', type: 'informal-care', status: 'active', caredPersonName: 'Helena Lindroos', feeClass: '2', monthlyFeeCents: fee['2'], daysOffPerMonth: 3, validFrom: '2025-01-01', validTo: '2026-12-31' },
  { key: 'sara', carer: 'Sara Holmström', unitCode: 'OMA-LAN', type: 'experience-expert', status: 'active', caredPersonName: null, feeClass: null, monthlyFeeCents: null, daysOffPerMonth: 0, validFrom: '2026-01-01', validTo: '2027-06-30' },
  // Espoo (OMA-ESP)
  { key: 'matti', carer: 'Matti Korhonen', unitCode: 'OMA-ESP', type: 'informal-care', status: 'active', caredPersonName: 'Sirkka Korhonen', feeClass: '2', monthlyFeeCents: fee['2'], daysOffPerMonth: 3, validFrom: '2024-06-01', validTo: null },
  { key: 'leena', carer: 'Leena Salminen', unitCode: 'OMA-ESP', type: 'substitute-care', status: 'active', caredPersonName: null, feeClass: null, monthlyFeeCents: null, daysOffPerMonth: 0, validFrom: '2026-02-01', validTo: '2027-01-31' },
];

async function carerId(prisma: PrismaClient, carer: string): Promise<string> {
  if (!carer.includes(' ')) return (await prisma.person.findUniqueOrThrow({ where: { oidcSubject: carer } })).id;
  const resident = demoResidents.find((r) => `${r.firstName} ${r.lastName}` === carer);
  if (!resident) throw new Error(`Demo agreement refers to an unknown resident ${carer}`);
  return (await prisma.person.findUniqueOrThrow({ where: { personalIdentityCode: resident.personalIdentityCode } })).id;
}

export const caregivingSeed: SeedStep = {
  id: 'caregiving',
  async run(prisma: PrismaClient) {
    for (const a of agreements) {
      const unit = await prisma.unit.findUniqueOrThrow({ where: { code: a.unitCode } });
      const id = demoId('care-agreement', a.key);
      const data = {
        type: a.type,
        carerId: await carerId(prisma, a.carer),
        caredPersonName: a.caredPersonName,
        serviceAreaId: unit.serviceAreaId,
        unitId: unit.id,
        feeClass: a.feeClass,
        monthlyFeeCents: a.monthlyFeeCents,
        daysOffPerMonth: a.daysOffPerMonth,
        validFrom: new Date(`${a.validFrom}T00:00:00Z`),
        validTo: a.validTo ? new Date(`${a.validTo}T00:00:00Z`) : null,
        status: a.status,
      };
      await prisma.careAgreement.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
    // Templates, and version 1 with the signed documents of these agreements (agreements/seed.ts).
    await seedAgreementDocuments(prisma, agreements.map((a) => demoId('care-agreement', a.key)));
    // Monthly reports, and the generated carers of the four service areas (reports/seed.ts).
    await seedReports(prisma);
  },
};
