import { demoId, type PrismaClient, type SeedStep } from '@luotsi/db';

/**
 * A few real, useful articles for the foundation's pages. (The family-center issue brings the
 * full set of 40+.) One is deliberately only in Finnish: readers of other languages see the note.
 */
const articles = [
  {
    slug: 'vauvan-uni',
    lifeStage: 'baby',
    topic: 'sleep',
    publishedAt: '2026-09-01T06:00:00Z',
    title: { fi: 'Vauvan uni ensimmäisinä kuukausina', sv: 'Babyns sömn de första månaderna', en: 'A baby’s sleep in the first months' },
    summary: {
      fi: 'Vastasyntynyt nukkuu 16–18 tuntia vuorokaudessa lyhyissä jaksoissa. Rytmi löytyy vähitellen.',
      sv: 'En nyfödd sover 16–18 timmar per dygn i korta perioder. Rytmen kommer så småningom.',
      en: 'A newborn sleeps 16–18 hours a day in short stretches. A rhythm develops gradually.',
    },
  },
  {
    slug: 'taaperon-kiukku',
    lifeStage: 'toddler',
    topic: 'emotions',
    publishedAt: '2026-09-15T06:00:00Z',
    title: { fi: 'Kun taapero suuttuu', sv: 'När småbarnet blir argt', en: 'When a toddler gets angry' },
    summary: {
      fi: 'Raivokohtaukset kuuluvat 1–3-vuotiaan kehitykseen. Aikuisen rauhallisuus auttaa lasta rauhoittumaan.',
      sv: 'Vredesutbrott hör till utvecklingen hos 1–3-åringar. En lugn vuxen hjälper barnet att lugna sig.',
      en: 'Tantrums are part of development at ages 1–3. A calm adult helps the child calm down.',
    },
  },
  {
    slug: 'koulustressi',
    lifeStage: 'school-age',
    topic: 'wellbeing',
    publishedAt: '2026-10-01T06:00:00Z',
    title: { fi: 'Koululaisen stressi ja jaksaminen', sv: 'Skolbarnets stress och ork', en: 'Stress and coping at school age' },
    summary: {
      fi: 'Riittävä uni, liikunta ja yhteinen aika auttavat. Kysy koulukuraattorilta, jos huoli jatkuu.',
      sv: 'Tillräckligt med sömn, motion och gemensam tid hjälper. Fråga skolkuratorn om oron fortsätter.',
      en: 'Enough sleep, exercise and time together help. Ask the school social worker if the worry continues.',
    },
  },
  {
    slug: 'eron-jalkeen',
    lifeStage: 'teen',
    topic: 'separation',
    publishedAt: '2026-10-20T06:00:00Z',
    title: { fi: 'Nuori vanhempien erossa' },
    summary: { fi: 'Nuori tarvitsee tietoa, pysyvyyttä ja luvan omille tunteilleen. Perheneuvola auttaa erotilanteissa.' },
  },
] as const;

const helpRequests = [
  { key: 'sleep', topic: 'sleep', contactMethod: 'phone', municipalityCode: '049', createdAt: '2026-11-19T08:12:00Z', dueAt: '2026-11-24T14:00:00Z' },
  { key: 'anonymous', topic: 'relationships', contactMethod: 'anonymous', municipalityCode: '257', createdAt: '2026-11-20T18:40:00Z', dueAt: '2026-11-25T14:00:00Z' },
  { key: 'money', topic: 'money', contactMethod: 'portal', municipalityCode: '049', createdAt: '2026-11-21T09:05:00Z', dueAt: '2026-11-26T14:00:00Z' },
] as const;

export const familySeed: SeedStep = {
  id: 'family',
  async run(prisma: PrismaClient) {
    for (const a of articles) {
      const data = { slug: a.slug, lifeStage: a.lifeStage, topic: a.topic, title: a.title, summary: a.summary, body: a.summary, publishedAt: new Date(a.publishedAt) };
      await prisma.article.upsert({ where: { slug: a.slug }, create: { id: demoId('article', a.slug), ...data }, update: data });
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
