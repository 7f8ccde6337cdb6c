import { demoId, type PrismaClient, type SeedStep } from '@luotsi/db';
import { toArticleRecord } from '@luotsi/family-content';
import { loadArticles } from '@luotsi/family-content/node';

const helpRequests = [
  { key: 'sleep', topic: 'sleep', contactMethod: 'phone', municipalityCode: '049', createdAt: '2026-11-19T08:12:00Z', dueAt: '2026-11-24T14:00:00Z' },
  { key: 'anonymous', topic: 'relationships', contactMethod: 'anonymous', municipalityCode: '257', createdAt: '2026-11-20T18:40:00Z', dueAt: '2026-11-25T14:00:00Z' },
  { key: 'money', topic: 'money', contactMethod: 'portal', municipalityCode: '049', createdAt: '2026-11-21T09:05:00Z', dueAt: '2026-11-26T14:00:00Z' },
] as const;

export const familySeed: SeedStep = {
  id: 'family',
  async run(prisma: PrismaClient) {
    // The family center's articles (libs/family/content), validated as they load; some exist only
    // in Finnish, so readers of other languages see the note.
    for (const article of loadArticles()) {
      const data = toArticleRecord(article);
      await prisma.article.upsert({ where: { slug: data.slug }, create: { id: demoId('article', data.slug), ...data }, update: data });
    }
    const unit = await prisma.unit.findUniqueOrThrow({ where: { code: 'ASNE' } });
    const tessa = await prisma.person.findFirst({ where: { oidcSubject: 'resident-tessa' } });
    for (const r of helpRequests) {
      const id = demoId('help-request', r.key);
      const data = {
        topic: r.topic,
        message: 'Demo',
        contactMethod: r.contactMethod,
        municipalityCode: r.municipalityCode,
        personId: r.contactMethod === 'anonymous' ? null : (tessa?.id ?? null),
        replyCode: r.contactMethod === 'anonymous' ? `DEMO-${r.key.toUpperCase()}` : null,
        unitId: unit.id,
        createdAt: new Date(r.createdAt),
        dueAt: new Date(r.dueAt),
      };
      await prisma.helpRequest.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
  },
};
