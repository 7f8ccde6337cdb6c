import { trilingual, type PersonalDataSection, type PrismaLike, type RetentionRule, type Trilingual } from '@luotsi/bff-core';

const types: Record<string, Trilingual> = {
  'informal-care': { fi: 'Omaishoidon tuki', sv: 'Stöd för närståendevård', en: 'Informal care support' },
  'family-care': { fi: 'Perhehoito', sv: 'Familjevård', en: 'Family care' },
  'experience-expert': { fi: 'Kokemusasiantuntija', sv: 'Erfarenhetsexpert', en: 'Experience expert' },
  'support-person': { fi: 'Tukihenkilö', sv: 'Stödperson', en: 'Support person' },
  'support-family': { fi: 'Tukiperhe', sv: 'Stödfamilj', en: 'Support family' },
  'substitute-care': { fi: 'Sijaishoito', sv: 'Avlösarvård', en: 'Substitute care' },
};
const statuses: Record<string, Trilingual> = {
  draft: { fi: 'Luonnos', sv: 'Utkast', en: 'Draft' },
  sent: { fi: 'Odottaa allekirjoitusta', sv: 'Väntar på underskrift', en: 'Waiting for signature' },
  signed: { fi: 'Allekirjoitettu', sv: 'Undertecknat', en: 'Signed' },
  active: { fi: 'Voimassa', sv: 'I kraft', en: 'In force' },
  ended: { fi: 'Päättynyt', sv: 'Upphört', en: 'Ended' },
};

function coded(labels: Record<string, Trilingual | undefined>, value: string) {
  const valueLabel = labels[value];
  return valueLabel ? { value, valueLabel } : { value };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The carer's agreements, drafts included: the right of access covers what the county is still
 * preparing (the carer's own page hides drafts only because they are not final).
 */
export async function caregivingPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const rows = await prisma.careAgreement.findMany({
    where: { carerId: personId },
    include: { serviceArea: { select: { name: true } }, unit: { select: { name: true } } },
    orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
  });
  return [
    {
      id: 'caregiving.agreements',
      title: { fi: 'Hoito- ja toimeksiantosopimukset', sv: 'Vård- och uppdragsavtal', en: 'Care and commission agreements' },
      purpose: {
        fi: 'Sopimuksen perusteella hyvinvointialue maksaa hoitopalkkiosi ja järjestää vapaapäiväsi (omaishoitolaki 937/2005, perhehoitolaki 263/2015).',
        sv: 'Utifrån avtalet betalar välfärdsområdet ditt vårdarvode och ordnar dina lediga dagar (lagen om stöd för närståendevård 937/2005, familjevårdslagen 263/2015).',
        en: 'Under the agreement the county pays your care fee and arranges your days off (Informal Care Support Act 937/2005, Family Care Act 263/2015).',
      },
      records: rows.map((a) => [
        { key: 'type', label: { fi: 'Sopimus', sv: 'Avtal', en: 'Agreement' }, ...coded(types, a.type) },
        { key: 'status', label: { fi: 'Tila', sv: 'Status', en: 'Status' }, ...coded(statuses, a.status) },
        { key: 'caredPersonName', label: { fi: 'Hoidettava', sv: 'Den som vårdas', en: 'Cared person' }, value: a.caredPersonName },
        { key: 'validFrom', label: { fi: 'Voimassa alkaen', sv: 'Giltigt från', en: 'Valid from' }, value: isoDate(a.validFrom), format: 'date' as const },
        { key: 'validTo', label: { fi: 'Voimassa asti', sv: 'Giltigt till', en: 'Valid until' }, value: a.validTo ? isoDate(a.validTo) : null, format: 'date' as const },
        { key: 'feeClass', label: { fi: 'Hoitoisuusluokka', sv: 'Vårdtyngdsklass', en: 'Fee class' }, value: a.feeClass },
        { key: 'monthlyFeeCents', label: { fi: 'Hoitopalkkio kuukaudessa', sv: 'Vårdarvode per månad', en: 'Care fee per month' }, value: a.monthlyFeeCents, format: 'cents' as const },
        { key: 'daysOffPerMonth', label: { fi: 'Vapaapäiviä kuukaudessa', sv: 'Lediga dagar per månad', en: 'Days off per month' }, value: a.daysOffPerMonth },
        { key: 'serviceArea', label: { fi: 'Palvelualue', sv: 'Serviceområde', en: 'Service area' }, ...coded({ [a.serviceAreaId]: trilingual(a.serviceArea.name) }, a.serviceAreaId) },
        { key: 'unit', label: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' }, ...coded({ [a.unitId]: trilingual(a.unit.name) }, a.unitId) },
        { key: 'createdAt', label: { fi: 'Laadittu', sv: 'Upprättat', en: 'Created' }, value: a.createdAt.toISOString(), format: 'dateTime' as const },
      ]),
    },
  ];
}

/**
 * Agreements are social-welfare client documents: by default kept 12 years after they ended
 * (Asiakastietolaki 703/2023; the county's data management plan decides). Agreements in force
 * or without an end date never expire.
 */
export const caregivingRetention: readonly RetentionRule[] = [
  {
    id: 'caregiving.agreements',
    description: 'Ended care agreements, counted from their last valid day.',
    defaultDays: 12 * 365 + 3,
    purge: async (prisma, cutoff) =>
      (await prisma.careAgreement.deleteMany({ where: { status: 'ended', validTo: { lt: cutoff } } })).count,
  },
];
