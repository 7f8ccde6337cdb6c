import { ClientError, localizedField, staffUnitIds, withAccessLog, type builder as Builder } from '@luotsi/bff-core';
import { helpRequestReplySchema, mayReplyToHelpRequest } from '@luotsi/family-domain';
import { notify } from '@luotsi/notify';
import { helpRequestAnswered } from './notifications';

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
      message: t.exposeString('message', { description: 'What the sender wrote.' }),
      status: t.exposeString('status'),
      anonymous: t.boolean({ resolve: (r) => r.personId === null }),
      receivedAt: t.expose('createdAt', { type: 'DateTime' }),
      dueAt: t.expose('dueAt', { type: 'DateTime' }),
      municipalityCode: t.exposeString('municipalityCode', { nullable: true }),
      reply: t.exposeString('reply', { nullable: true }),
      answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
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

  builder.mutationField('replyToHelpRequest', (t) =>
    t.prismaField({
      type: 'HelpRequest',
      nullable: true,
      description:
        'A professional of the request’s unit replies; the status becomes answered. A named sender gets the reply as an in-portal message and an e-mail saying there is a new message (without its content). Null when the professional’s units have no such request.',
      authScopes: { staffRole: helpRequestHandlerRoles },
      args: {
        id: t.arg.id({ required: true }),
        message: t.arg.string({ required: true, validate: helpRequestReplySchema.shape.message }),
      },
      resolve: async (query, _root, args, ctx) => {
        const id = String(args.id);
        const staff = ctx.viewer.staff;
        if (!staff?.staffId) throw new ClientError('FORBIDDEN');
        const staffId = staff.staffId;
        const units = await staffUnitIds(ctx);
        const request = isUuid(id) ? await ctx.prisma.helpRequest.findFirst({ where: { id, unitId: { in: units } } }) : null;
        // Another unit's request is answered like a missing one: nothing to say it exists.
        if (!request) return null;
        if (!mayReplyToHelpRequest(request.status)) throw new ClientError('BAD_USER_INPUT', 'The request is closed.');
        const now = ctx.now();
        return withAccessLog(ctx, async (tx, log) => {
          const updated = await tx.helpRequest.update({
            ...query,
            where: { id },
            data: { status: 'answered', reply: args.message, answeredAt: now, answeredByStaffId: staffId },
          });
          if (request.personId) {
            await log({
              clientPersonId: request.personId, objectType: 'HelpRequest', objectId: id, purpose: 'unit-queue',
              unitId: request.unitId, action: 'update', role: staff.roles.find((r) => (helpRequestHandlerRoles as readonly string[]).includes(r)),
            });
            // Anonymous senders read replies with their code, which is not built yet (issue 4 scope).
            await notify(tx, helpRequestAnswered, { recipientPersonId: request.personId, data: { helpRequestId: id, reply: args.message } });
          }
          return updated;
        });
      },
    }),
  );
}

/** Ids are uuids in the database; anything else cannot match (and would be a database error). */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
