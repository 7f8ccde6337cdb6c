import type { PersonalDataSection, PrismaLike, RetentionRule } from '@luotsi/bff-core';

/** A resident's in-portal messages in their data export. */
export async function messagesPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const rows = await prisma.portalMessage.findMany({ where: { personId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
  return [{
    id: 'messages.portal-messages',
    title: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
    purpose: {
      fi: 'Palvelut lähettävät sinulle viestejä, jotka luet kirjauduttuasi.',
      sv: 'Tjänsterna skickar dig meddelanden som du läser när du har loggat in.',
      en: 'Services send you messages that you read after signing in.',
    },
    records: rows.map((m) => [
      { key: 'receivedAt', label: { fi: 'Saapunut', sv: 'Mottaget', en: 'Received' }, value: m.createdAt.toISOString(), format: 'dateTime' },
      { key: 'subject', label: { fi: 'Aihe', sv: 'Ämne', en: 'Subject' }, value: m.subject },
      { key: 'body', label: { fi: 'Viesti', sv: 'Meddelande', en: 'Message' }, value: m.body },
      { key: 'readAt', label: { fi: 'Luettu', sv: 'Läst', en: 'Read' }, value: m.readAt?.toISOString() ?? null, format: 'dateTime' },
    ]),
  }];
}

export const messagesRetention: readonly RetentionRule[] = [
  {
    id: 'messages.portal-messages',
    description: 'In-portal messages, from when they arrived.',
    defaultDays: 730,
    purge: async (prisma, cutoff) => (await prisma.portalMessage.deleteMany({ where: { createdAt: { lt: cutoff } } })).count,
  },
  {
    id: 'messages.notifications',
    description: 'The outbox: notifications whose every delivery is done (delivered or cancelled), from when they were written; the development mailbox likewise.',
    defaultDays: 90,
    purge: async (prisma, cutoff) => {
      const done = await prisma.notification.deleteMany({
        where: { createdAt: { lt: cutoff }, deliveries: { every: { status: { in: ['delivered', 'cancelled'] } } } },
      });
      const mailbox = await prisma.devMailboxMessage.deleteMany({ where: { createdAt: { lt: cutoff } } });
      return done.count + mailbox.count;
    },
  },
];
