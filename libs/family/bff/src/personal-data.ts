import type { PersonalDataSection, PrismaLike, RetentionRule, Trilingual } from '@luotsi/bff-core';
import { helpRequestTopicLabels } from '@luotsi/family-domain';

const topics: Record<string, Trilingual> = helpRequestTopicLabels;
const contactMethods: Record<string, Trilingual> = {
  phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' },
  portal: { fi: 'Asiointipalvelu', sv: 'E-tjänsten', en: 'Online service' },
  anonymous: { fi: 'Nimetön', sv: 'Anonym', en: 'Anonymous' },
};
const statuses: Record<string, Trilingual> = {
  new: { fi: 'Uusi', sv: 'Ny', en: 'New' },
  answered: { fi: 'Vastattu', sv: 'Besvarad', en: 'Answered' },
  closed: { fi: 'Suljettu', sv: 'Stängd', en: 'Closed' },
};

/** A coded value with its meaning when the code is known. */
function coded(labels: Record<string, Trilingual>, value: string) {
  const valueLabel = labels[value];
  return valueLabel ? { value, valueLabel } : { value };
}

/**
 * "Ask for help" requests the resident sent signed in. Anonymous requests are not linked to anyone,
 * so they cannot be part of anyone's export.
 */
export async function familyPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const rows = await prisma.helpRequest.findMany({ where: { personId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
  return [
    {
      id: 'family.help-requests',
      title: { fi: 'Pyydä apua -viestit', sv: 'Be om hjälp-meddelanden', en: 'Ask for help messages' },
      purpose: {
        fi: 'Perhepalvelut vastaavat viestiisi ja ohjaavat sinut oikeaan palveluun.',
        sv: 'Familjetjänsterna svarar på ditt meddelande och hänvisar dig till rätt tjänst.',
        en: 'Family services answer your message and direct you to the right service.',
      },
      records: rows.map((r) => [
        { key: 'topic', label: { fi: 'Aihe', sv: 'Ämne', en: 'Topic' }, ...coded(topics, r.topic) },
        { key: 'message', label: { fi: 'Viesti', sv: 'Meddelande', en: 'Message' }, value: r.message },
        { key: 'contactMethod', label: { fi: 'Yhteystapa', sv: 'Kontaktsätt', en: 'Contact method' }, ...coded(contactMethods, r.contactMethod) },
        { key: 'status', label: { fi: 'Tila', sv: 'Status', en: 'Status' }, ...coded(statuses, r.status) },
        { key: 'reply', label: { fi: 'Vastaus', sv: 'Svar', en: 'Reply' }, value: r.reply },
        { key: 'receivedAt', label: { fi: 'Saapunut', sv: 'Ankommen', en: 'Received' }, value: r.createdAt.toISOString(), format: 'dateTime' as const },
        { key: 'dueAt', label: { fi: 'Vastattava viimeistään', sv: 'Ska besvaras senast', en: 'To be answered by' }, value: r.dueAt.toISOString(), format: 'dateTime' as const },
      ]),
    },
  ];
}

/**
 * Closed requests are removed once the period has passed since they arrived; open requests are
 * never removed.
 */
export const familyRetention: readonly RetentionRule[] = [
  {
    id: 'family.help-requests',
    description: 'Closed "ask for help" requests (signed-in and anonymous), counted from when they arrived.',
    defaultDays: 365,
    purge: async (prisma, cutoff) =>
      (await prisma.helpRequest.deleteMany({ where: { status: 'closed', createdAt: { lt: cutoff } } })).count,
  },
];
