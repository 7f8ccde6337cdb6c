import { trilingual, type PersonalDataSection, type PrismaLike, type RetentionRule, type Trilingual } from '@luotsi/bff-core';

function coded(valueLabel: Trilingual | undefined, value: string) {
  return valueLabel ? { value, valueLabel } : { value };
}

/** Times booked for the resident in professionals' calendars, past and coming. */
export async function appointmentsPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const rows = await prisma.calendarEntry.findMany({
    where: { clientId: personId },
    include: { type: { select: { name: true } }, unit: { select: { name: true } } },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
  });
  return [
    {
      id: 'appointments.bookings',
      title: { fi: 'Varatut ajat', sv: 'Bokade tider', en: 'Booked times' },
      purpose: {
        fi: 'Ammattilainen on varannut sinulle ajan, ja se näkyy hänen kalenterissaan.',
        sv: 'En yrkesperson har bokat en tid åt dig, och den syns i hens kalender.',
        en: 'A professional booked a time for you, and it is in their calendar.',
      },
      records: rows.map((e) => [
        { key: 'startsAt', label: { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' }, value: e.startsAt.toISOString(), format: 'dateTime' as const },
        { key: 'endsAt', label: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' }, value: e.endsAt.toISOString(), format: 'dateTime' as const },
        { key: 'type', label: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' }, ...coded(trilingual(e.type.name), e.typeCode) },
        { key: 'unit', label: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' }, ...coded(trilingual(e.unit.name), e.unitId) },
        { key: 'title', label: { fi: 'Merkintä', sv: 'Anteckning', en: 'Note' }, value: e.title },
        { key: 'reason', label: { fi: 'Varauksen syy', sv: 'Orsak till bokningen', en: 'Reason for the booking' }, value: e.reason },
      ]),
    },
  ];
}

/**
 * A past booking stays in the professional's calendar (working-time statistics count it), but no
 * longer says whose it was: the client and the free-text note are cleared once the period has
 * passed since the time ended.
 */
export const appointmentsRetention: readonly RetentionRule[] = [
  {
    id: 'appointments.client-bookings',
    description: 'The client, note and booking reason of calendar entries, counted from when the time ended; the entry itself stays.',
    defaultDays: 2 * 365,
    purge: async (prisma, cutoff) =>
      (await prisma.calendarEntry.updateMany({ where: { clientId: { not: null }, endsAt: { lt: cutoff } }, data: { clientId: null, title: null, reason: null } })).count,
  },
];
