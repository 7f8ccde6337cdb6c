import { localizedField, staffUnitIds, type builder as Builder } from '@luotsi/bff-core';

/** Who works the family-services "ask for help" queue (the social-services advice triages it). */
export const helpRequestHandlerRoles = ['family-worker', 'social-advisor'] as const;

export function registerFamilySchema(builder: typeof Builder): void {
  const Article = builder.prismaObject('Article', {
    fields: (t) => ({
      id: t.exposeID('id'),
      slug: t.exposeString('slug'),
      lifeStage: t.exposeString('lifeStage'),
      topic: t.exposeString('topic'),
      title: t.field(localizedField('title')),
      summary: t.field(localizedField('summary')),
      publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    }),
  });

  builder.prismaObject('HelpRequest', {
    // A named request is its sender's data: a professional's read is access-logged. An anonymous
    // request has no client, so it leaves no row.
    clientData: { clientOf: (r) => r.personId, purpose: 'unit-queue', unitOf: (r) => r.unitId, roles: helpRequestHandlerRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      topic: t.exposeString('topic'),
      contactMethod: t.exposeString('contactMethod'),
      status: t.exposeString('status'),
      anonymous: t.boolean({ resolve: (r) => r.personId === null }),
      receivedAt: t.expose('createdAt', { type: 'DateTime' }),
      dueAt: t.expose('dueAt', { type: 'DateTime' }),
      municipalityCode: t.exposeString('municipalityCode', { nullable: true }),
    }),
  });

  builder.queryField('familyArticles', (t) =>
    t.prismaField({
      type: [Article],
      description: 'Published family-center articles, newest first; optionally of one life stage.',
      authScopes: { public: true },
      args: { lifeStage: t.arg.string({ required: false }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.article.findMany({
          ...query,
          where: { publishedAt: { not: null, lte: ctx.now() }, ...(args.lifeStage ? { lifeStage: args.lifeStage } : {}) },
          orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
          take: 50,
        }),
    }),
  );

  builder.queryField('familyHelpRequests', (t) =>
    t.prismaField({
      type: ['HelpRequest'],
      description: 'Open "ask for help" requests of the professional’s own units, the most urgent first.',
      authScopes: { staffRole: helpRequestHandlerRoles },
      resolve: async (query, _root, _args, ctx) =>
        ctx.prisma.helpRequest.findMany({
          ...query,
          where: { unitId: { in: await staffUnitIds(ctx) }, status: { not: 'closed' } },
          orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
          take: 100,
        }),
    }),
  );
}
