import { demoId, demoToday, type PrismaClient, type SeedStep } from '@luotsi/db';
import { addDays, helsinkiToUtc } from '@luotsi/calendar';
import { toArticleRecord } from '@luotsi/family-content';
import { loadArticles } from '@luotsi/family-content/node';
import { guidanceUnit, helpRequestDeadline, normalizeReplyCode } from '@luotsi/family-domain';
import { replyCodeHash } from './help-requests';

/** The reply code of the seeded anonymous request, for demos ("read the reply with your code"). */
export const demoReplyCode = 'PERH-EAPU-2345';

// The first three are triaged by the county's social-services advice (ASNE), as before routing by
// municipality existed; other modules' tests and the messages demo use them.
const advisorRequests = [
  { key: 'sleep', topic: 'sleep', contactMethod: 'phone', municipalityCode: '049', createdAt: '2026-11-19T08:12:00Z', dueAt: '2026-11-24T14:00:00Z' },
  { key: 'anonymous', topic: 'relationships', contactMethod: 'anonymous', municipalityCode: '257', createdAt: '2026-11-20T18:40:00Z', dueAt: '2026-11-25T14:00:00Z' },
  { key: 'money', topic: 'money', contactMethod: 'portal', municipalityCode: '049', createdAt: '2026-11-21T09:05:00Z', dueAt: '2026-11-26T14:00:00Z' },
] as const;

// Requests routed like new ones (Espoo → its family counselling), around the demo day: one past
// its deadline, one due today, one just arrived. Senders without a sign-in (no person linked).
const routedRequests = [
  {
    key: 'esp-overdue', topics: ['emotions', 'parenting'], contactMethod: 'phone', phone: '040 765 4321', daysAgo: 8, time: '09:30',
    message: 'Nelivuotiaamme raivoaa joka ilta nukkumaanmenon aikaan, ja olemme aivan lopussa. Voisiko joku soittaa ja neuvoa?',
  },
  {
    key: 'esp-today', topics: ['parent-wellbeing'], contactMethod: 'email', email: 'vanhempi@example.fi', daysAgo: 5, time: '13:15',
    message: 'Vauva on kolmen kuukauden ikäinen ja nukun huonosti. Jaksaminen on koetuksella. Mistä saisin apua arkeen?',
  },
  {
    key: 'esp-new', topics: ['sleep'], contactMethod: 'phone', phone: '+358 50 123 4567', daysAgo: 0, time: '08:05',
    message: 'Koululainen valvoo puhelimen kanssa myöhään. Miten saisimme rytmin kuntoon ennen joululomaa?',
  },
] as const;

export const familySeed: SeedStep = {
  id: 'family',
  async run(prisma: PrismaClient) {
    // The family center's articles (libs/family/content), validated as they load; some exist only
    // in Finnish, so readers of other languages see the note.
    for (const article of loadArticles()) {
      const record = toArticleRecord(article);
      const data = { ...record, relatedServices: { ...record.relatedServices } };
      await prisma.article.upsert({ where: { slug: data.slug }, create: { id: demoId('article', data.slug), ...data }, update: data });
    }
    const unit = await prisma.unit.findUniqueOrThrow({ where: { code: 'ASNE' } });
    const tessa = await prisma.person.findFirst({ where: { oidcSubject: 'resident-tessa' } });
    for (const r of advisorRequests) {
      const id = demoId('help-request', r.key);
      const data = {
        topic: r.topic,
        topics: [r.topic],
        message: 'Demo',
        contactMethod: r.contactMethod,
        municipalityCode: r.municipalityCode,
        personId: r.contactMethod === 'anonymous' ? null : (tessa?.id ?? null),
        replyCode: r.contactMethod === 'anonymous' ? replyCodeHash(normalizeReplyCode(demoReplyCode)!) : null,
        unitId: unit.id,
        createdAt: new Date(r.createdAt),
        dueAt: new Date(r.dueAt),
      };
      await prisma.helpRequest.upsert({ where: { id }, create: { id, ...data }, update: data });
    }

    const espoo = await prisma.municipality.findUniqueOrThrow({ where: { code: '049' } });
    const target = guidanceUnit(await prisma.unit.findMany({ where: { serviceAreaId: espoo.serviceAreaId } }));
    if (!target) return;
    const today = demoToday();
    for (const r of routedRequests) {
      const id = demoId('help-request', r.key);
      const createdAt = helsinkiToUtc(addDays(today, -r.daysAgo), r.time);
      // "Due today" is shown with a deadline on the demo day itself.
      const dueAt = r.key === 'esp-today' ? helsinkiToUtc(today, '16:00') : helpRequestDeadline(createdAt);
      const data = {
        topic: r.topics[0],
        topics: [...r.topics],
        message: r.message,
        contactMethod: r.contactMethod,
        contactPhone: 'phone' in r ? r.phone : null,
        contactEmail: 'email' in r ? r.email : null,
        municipalityCode: espoo.code,
        unitId: target.id,
        createdAt,
        dueAt,
      };
      await prisma.helpRequest.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
  },
};
