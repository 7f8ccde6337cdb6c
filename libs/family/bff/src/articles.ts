import { localizedField, type BffContext, type builder as Builder } from '@luotsi/bff-core';
import type { Article as ArticleRow, Prisma } from '@luotsi/db';
import { helsinkiDate } from '@luotsi/calendar';
import { isLifeStage, isTopic, searchArticles, type LifeStage, type LocalizedText, type Topic } from '@luotsi/family-content';
import { plainText } from '@luotsi/validation';

const published = (now: Date): Prisma.ArticleWhereInput => ({ publishedAt: { not: null, lte: now } });

/** What the service catalogue is searched with for an article's "related services". */
interface RelatedServices {
  queries: string[];
  targetGroups: string[];
}

function relatedServicesOf(value: unknown): RelatedServices {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof RelatedServices, unknown>>;
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  return { queries: list(v.queries), targetGroups: list(v.targetGroups) };
}

/** The languages an article is written in, Finnish first. */
function languagesOf(title: unknown): string[] {
  const t = (title ?? {}) as Record<string, unknown>;
  return ['fi', 'sv', 'en'].filter((l) => typeof t[l] === 'string' && t[l] !== '');
}

// One read of the published articles per request for every "related" list in it (a list of 50
// articles would otherwise ask the database 50 times).
const publishedCache = new WeakMap<object, Promise<Map<string, ArticleRow>>>();
function publishedBySlug(ctx: BffContext): Promise<Map<string, ArticleRow>> {
  let cached = publishedCache.get(ctx);
  if (!cached) {
    cached = ctx.prisma.article.findMany({ where: published(ctx.now()) }).then((rows) => new Map(rows.map((r) => [r.slug, r])));
    publishedCache.set(ctx, cached);
  }
  return cached;
}

export function registerArticleSchema(builder: typeof Builder) {
  const RelatedServicesRef = builder.objectRef<RelatedServices>('FamilyArticleRelatedServices').implement({
    description: 'What the service catalogue is searched with for the services beside an article.',
    fields: (t) => ({
      queries: t.exposeStringList('queries', { description: 'Finnish service search words, e.g. "perheneuvola".' }),
      targetGroups: t.exposeStringList('targetGroups', { description: 'PTV target groups, e.g. KR1.2 (families with children).' }),
    }),
  });

  const ArticleRef = builder.prismaObject('Article', {
    fields: (t) => ({
      id: t.exposeID('id'),
      slug: t.exposeString('slug'),
      lifeStage: t.exposeString('lifeStage'),
      topic: t.exposeString('topic', { description: 'The main topic.' }),
      topics: t.stringList({ description: 'Every topic, the main one first.', resolve: (a) => (a.topics.length ? a.topics : [a.topic]) }),
      title: t.field(localizedField('title')),
      summary: t.field(localizedField('summary')),
      body: t.field({ ...localizedField('body'), description: 'Markdown in the reader’s language, or the Finnish original (isFallback).' }),
      languages: t.stringList({ description: 'The languages the article is written in, Finnish first.', resolve: (a) => languagesOf(a.title) }),
      authorRole: t.exposeString('authorRole', { nullable: true }),
      publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
      relatedServices: t.field({ type: RelatedServicesRef, resolve: (a) => relatedServicesOf(a.relatedServices) }),
    }),
  });
  builder.objectField(ArticleRef, 'related', (t) =>
    t.field({
      type: [ArticleRef],
      description: 'Published related articles, in the order the writer gave.',
      resolve: async (a, _args, ctx) => {
        if (a.relatedSlugs.length === 0) return [];
        const bySlug = await publishedBySlug(ctx);
        return a.relatedSlugs.flatMap((slug) => bySlug.get(slug) ?? []);
      },
    }),
  );

  builder.queryField('familyArticles', (t) =>
    t.prismaField({
      type: [ArticleRef],
      description:
        'Published family-center articles. Without text: newest first, of a life stage and/or topic (any of its topics). With text: articles containing every word in the reader’s language (Finnish where not translated), title matches first.',
      authScopes: { public: true },
      args: {
        lifeStage: t.arg.string({ required: false }),
        topic: t.arg.string({ required: false }),
        text: t.arg.string({ required: false, validate: plainText({ max: 200, min: 0 }).optional().nullable() }),
      },
      resolve: async (query, _root, args, ctx) => {
        // Unknown keys match nothing rather than everything: a stale link shows an empty list.
        if ((args.lifeStage && !isLifeStage(args.lifeStage)) || (args.topic && !isTopic(args.topic))) return [];
        const where: Prisma.ArticleWhereInput = {
          ...published(ctx.now()),
          ...(args.lifeStage ? { lifeStage: args.lifeStage } : {}),
          ...(args.topic ? { OR: [{ topic: args.topic }, { topics: { has: args.topic } }] } : {}),
        };
        const rows = await ctx.prisma.article.findMany({ ...query, where, orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }], take: 200 });
        const text = args.text?.trim();
        if (!text) return rows.slice(0, 100);
        // ~50 articles: the same matching as the content library, in memory, on either database.
        const asContent = rows.map((r) => ({
          row: r,
          lifeStage: r.lifeStage as LifeStage,
          topics: r.topics as Topic[],
          title: r.title as LocalizedText,
          summary: r.summary as LocalizedText,
          body: r.body as LocalizedText,
        }));
        return searchArticles(asContent, { text, language: ctx.language }).map((a) => a.row);
      },
    }),
  );

  builder.queryField('familyArticle', (t) =>
    t.prismaField({
      type: ArticleRef,
      nullable: true,
      description: 'One published article by its slug (the page URL); null when there is none.',
      authScopes: { public: true },
      args: { slug: t.arg.string({ required: true, validate: plainText({ max: 100 }) }) },
      resolve: (query, _root, args, ctx) => ctx.prisma.article.findFirst({ ...query, where: { slug: args.slug, ...published(ctx.now()) } }),
    }),
  );

  builder.mutationField('recordFamilyArticleView', (t) =>
    t.boolean({
      description:
        'Counts one view of a published article for the indicators (per day, article and reading language; nothing about the reader). False for an unknown article.',
      authScopes: { public: true },
      args: { slug: t.arg.string({ required: true, validate: plainText({ max: 100 }) }) },
      resolve: async (_root, args, ctx) => {
        const article = await ctx.prisma.article.findFirst({ where: { slug: args.slug, ...published(ctx.now()) }, select: { slug: true, topic: true } });
        if (!article) return false;
        // Counted per Helsinki day.
        const day = new Date(`${helsinkiDate(ctx.now())}T00:00:00Z`);
        await ctx.prisma.articleViewCount.upsert({
          where: { day_articleSlug_language: { day, articleSlug: article.slug, language: ctx.language } },
          create: { day, articleSlug: article.slug, language: ctx.language, topic: article.topic, views: 1 },
          update: { views: { increment: 1 } },
        });
        return true;
      },
    }),
  );
}
