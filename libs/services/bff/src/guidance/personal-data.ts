import { pickLanguage, type PersonalDataSection, type PrismaLike, type RetentionRule } from '@luotsi/bff-core';

/** The recommendation sets professionals made for the resident as an identified client. */
export async function guidancePersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const sets = await prisma.guidanceSet.findMany({
    where: { clientPersonId: personId },
    include: { items: { orderBy: { position: 'asc' } }, handovers: { orderBy: { handedOverAt: 'asc' } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  const services = await prisma.service.findMany({ where: { id: { in: sets.flatMap((s) => s.items.map((i) => i.serviceId)) } }, select: { id: true, name: true } });
  const nameOf = new Map(services.map((s) => [s.id, s.name]));
  const serviceList = (items: { serviceId: string; note: string }[]) =>
    items.map((i) => `${pickLanguage(nameOf.get(i.serviceId) ?? {}, 'fi').text || i.serviceId}${i.note ? `: ${i.note}` : ''}`).join('\n');
  return [
    {
      id: 'services.guidance-sets',
      title: { fi: 'Palvelusuositukset', sv: 'Servicerekommendationer', en: 'Service recommendations' },
      purpose: {
        fi: 'Ammattilainen on koonnut sinulle palveluja, joista voi olla apua, ja antanut ne sinulle.',
        sv: 'En yrkesperson har samlat tjänster som kan vara till hjälp för dig och gett dem till dig.',
        en: 'A professional put together services that may help you and gave them to you.',
      },
      records: sets.map((s) => [
        { key: 'createdAt', label: { fi: 'Laadittu', sv: 'Sammanställd', en: 'Made' }, value: s.createdAt.toISOString(), format: 'dateTime' as const },
        { key: 'language', label: { fi: 'Kieli', sv: 'Språk', en: 'Language' }, value: s.language },
        { key: 'note', label: { fi: 'Viesti sinulle', sv: 'Meddelande till dig', en: 'Message to you' }, value: s.note },
        { key: 'services', label: { fi: 'Palvelut', sv: 'Tjänster', en: 'Services' }, value: serviceList(s.items) },
        {
          key: 'handovers',
          label: { fi: 'Annettu', sv: 'Given', en: 'Given' },
          value: s.handovers.map((h) => `${h.handedOverAt.toISOString()} ${h.channel}`).join('\n'),
        },
      ]),
    },
  ];
}

/**
 * A set is kept a year after it was last changed: long enough for the 90-day link and a follow-up
 * visit. Its referrals hold no personal data and stay for statistics.
 */
export const guidanceRetention: readonly RetentionRule[] = [
  {
    id: 'services.guidance-sets',
    description: 'Recommendation sets (client, notes, handovers and links), counted from the last change; their referrals stay.',
    defaultDays: 365,
    purge: async (prisma, cutoff) => (await prisma.guidanceSet.deleteMany({ where: { updatedAt: { lt: cutoff } } })).count,
  },
];
