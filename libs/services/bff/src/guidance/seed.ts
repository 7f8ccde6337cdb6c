import { demoId, demoToday, type PrismaClient } from '@luotsi/db';
import { findPersona } from '@luotsi/identity-domain';
import { helsinkiToUtc } from '@luotsi/calendar';
import { linkExpiresAt, newLinkToken, referralsOfHandover, type HandoverChannel } from '@luotsi/services-domain';

const service = (key: string) => demoId('ptv-service', key);
const dayMs = 24 * 60 * 60 * 1000;

interface DemoSet {
  key: string;
  staff: string;
  unit: string;
  client?: string;
  language: 'fi' | 'sv' | 'en';
  note: string;
  items: [string, string][];
  handovers: { channel: HandoverChannel; daysAgo: number }[];
}

// A few sets of the advisor, the nurse and the family worker, handed over in the past weeks.
const sets: DemoSet[] = [
  {
    key: 'tessa-family', staff: 'staff-aino', unit: 'ASNE', client: 'resident-tessa', language: 'fi',
    note: 'Näistä voi olla apua arjen kuormitukseen. Perhekahvilaan voi mennä ilman ilmoittautumista.',
    items: [['kohtaamo-perhekahvila', 'Avoin kaikille lapsiperheille.'], ['perheneuvola', 'Ajanvaraus puhelimitse arkisin.'], ['lapsiperheiden-kotipalvelu', '']],
    handovers: [{ channel: 'link', daysAgo: 12 }],
  },
  {
    key: 'swedish-family', staff: 'staff-aino', unit: 'ASNE', language: 'sv',
    note: 'Här är tjänsterna vi talade om.',
    items: [['familjeknuten-familjecafe', 'Öppet för alla familjer.'], ['familjeknuten-pappagrupp', '']],
    handovers: [{ channel: 'print', daysAgo: 20 }],
  },
  {
    key: 'senior-activity', staff: 'staff-hanna', unit: 'ESP-TK', language: 'fi',
    note: 'Liikuntaa ja seuraa lähellä kotia.',
    items: [['espoo-senioriliikunta', ''], ['seniorineuvonta', 'Kysy myös kotiin annettavista palveluista.']],
    handovers: [{ channel: 'link', daysAgo: 5 }],
  },
  {
    key: 'young-person', staff: 'staff-pia', unit: 'PNE-ESP', language: 'fi',
    note: '',
    items: [['nuorten-matala', 'Ei tarvitse lähetettä.'], ['espoo-nuorisotalot', '']],
    handovers: [],
  },
];

// Older referrals of the units (their sets are gone): enough for the statistics to show counts.
const history: { unit: string; services: string[]; channel: HandoverChannel; count: number }[] = [
  { unit: 'ASNE', services: ['kohtaamo-perhekahvila', 'majakka-kohtaamispaikka'], channel: 'link', count: 9 },
  { unit: 'ASNE', services: ['omaishoitajien-vertaisryhma'], channel: 'print', count: 6 },
  { unit: 'ESP-TK', services: ['espoo-senioriliikunta', 'lohja-liikuntaneuvonta'], channel: 'link', count: 8 },
  { unit: 'PNE-ESP', services: ['kohtaamo-vauvaryhma', 'perheneuvola'], channel: 'sms', count: 7 },
];

const feedback: { key: string; service: string; kind: string; text: string; language: string; sender: string; daysAgo: number; handled?: string }[] = [
  { key: 'hours', service: 'kohtaamo-perhekahvila', kind: 'wrong-information', text: 'Perhekahvila on nykyään auki myös perjantaisin, sivulla lukee vain ti ja to.', language: 'fi', sender: 'resident', daysAgo: 2 },
  { key: 'phone', service: 'seniorineuvonta', kind: 'wrong-information', text: 'Puhelinnumero ei ole enää käytössä.', language: 'fi', sender: 'professional', daysAgo: 4 },
  { key: 'swedish', service: 'familjeknuten-familjecafe', kind: 'wrong-information', text: 'Adressen har ändrats, caféet har flyttat till församlingshemmet.', language: 'sv', sender: 'resident', daysAgo: 6 },
  { key: 'helped', service: 'majakka-kohtaamispaikka', kind: 'helped', text: 'Sain sieltä keskusteluapua nopeasti.', language: 'fi', sender: 'resident', daysAgo: 8 },
  { key: 'other', service: 'espoo-senioriliikunta', kind: 'other', text: 'Olisi hyvä kertoa, onko tila esteetön.', language: 'fi', sender: 'professional', daysAgo: 10 },
  { key: 'handled', service: 'perheneuvola', kind: 'wrong-information', text: 'Sähköinen ajanvaraus -linkki ei toimi.', language: 'fi', sender: 'resident', daysAgo: 25, handled: 'Linkki korjattu PTV:hen.' },
];

/**
 * Demo guidance: sets with handovers and their referrals, older referrals, and feedback items, so
 * that the professionals' list, the curators' queue and the statistics have something to show.
 * Idempotent: fixed ids, existing rows are left as they are.
 */
export async function seedGuidance(prisma: PrismaClient): Promise<void> {
  const today = helsinkiToUtc(demoToday(), '10:00');
  const ago = (days: number) => new Date(today.getTime() - days * dayMs);
  const catalogue = new Map(
    (await prisma.service.findMany({ select: { id: true, organizationId: true, organization: { select: { providerType: true } } } })).map((s) => [
      s.id,
      { id: s.id, organizationId: s.organizationId, providerType: s.organization.providerType },
    ]),
  );

  for (const set of sets) {
    const setId = demoId('guidance-set', set.key);
    if (await prisma.guidanceSet.findUnique({ where: { id: setId }, select: { id: true } })) continue;
    const items = set.items.filter(([key]) => catalogue.has(service(key)));
    const clientCode = set.client ? findPersona(set.client) : undefined;
    const created = ago(Math.max(0, ...set.handovers.map((h) => h.daysAgo)) + 1);
    await prisma.$transaction(async (tx) => {
      await tx.guidanceSet.create({
        data: {
          id: setId, unitId: demoId('unit', set.unit), createdByStaffId: demoId('staff', set.staff),
          clientPersonId: clientCode?.area === 'resident' ? demoId('person', clientCode.personalIdentityCode) : null,
          language: set.language, note: set.note, createdAt: created,
        },
      });
      await tx.guidanceSetItem.createMany({ data: items.map(([key, note], position) => ({ setId, serviceId: service(key), note, position })) });
      for (const [index, handover] of set.handovers.entries()) {
        const at = ago(handover.daysAgo);
        const id = demoId('guidance-handover', `${set.key}-${index}`);
        await tx.guidanceHandover.create({
          data: { id, setId, idempotencyKey: `demo-${set.key}-${index}`, channel: handover.channel, token: newLinkToken(), handedOverByStaffId: demoId('staff', set.staff), handedOverAt: at, expiresAt: linkExpiresAt(at) },
        });
        const referrals = referralsOfHandover({ id, at, fromUnitId: demoId('unit', set.unit), channel: handover.channel }, items.map(([key]) => service(key)), catalogue);
        await tx.serviceReferral.createMany({ data: referrals, skipDuplicates: true });
      }
    });
  }

  const older = history.flatMap((h, i) =>
    Array.from({ length: h.count }, (_, n) => {
      const at = ago(14 + ((n * 5 + i * 3) % 45));
      return referralsOfHandover(
        { id: demoId('guidance-handover', `history-${i}-${n}`), at, fromUnitId: demoId('unit', h.unit), channel: h.channel },
        [service(h.services[n % h.services.length] ?? '')],
        catalogue,
      );
    }).flat(),
  );
  await prisma.serviceReferral.createMany({ data: older, skipDuplicates: true });

  await prisma.serviceFeedback.createMany({
    data: feedback
      .filter((f) => catalogue.has(service(f.service)))
      .map((f) => ({
        id: demoId('service-feedback', f.key), serviceId: service(f.service), kind: f.kind, text: f.text, language: f.language, senderType: f.sender,
        dedupeKey: `demo:${f.key}`, createdAt: ago(f.daysAgo),
        ...(f.handled ? { state: 'handled', handledAt: ago(f.daysAgo - 1), handledByStaffId: demoId('staff', 'staff-kalle'), handlerNote: f.handled } : {}),
      })),
    skipDuplicates: true,
  });
}
