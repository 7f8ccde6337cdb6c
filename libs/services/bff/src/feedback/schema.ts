import { createHash } from 'node:crypto';
import { ClientError, InvalidInputError, type builder as Builder } from '@luotsi/bff-core';
import type { Prisma } from '@luotsi/db';
import {
  feedbackDedupeSource, feedbackKinds, feedbackSchema, feedbackStates, handleFeedbackSchema,
  type FeedbackInput, type FeedbackKind, type FeedbackState, type HandleFeedbackInput,
} from '@luotsi/services-domain';
import { serviceCuratorRoles } from '../schema';

/** How many items the curator's queue shows at once. */
const feedbackListLimit = 100;

const upper = <T extends string>(value: T) => value.toUpperCase().replace(/-/g, '_');

export function registerFeedbackSchema(builder: typeof Builder): void {
  const Kind = builder.enumType('ServiceFeedbackKind', {
    description: 'WRONG_INFORMATION: the service’s information is wrong; HELPED: the service helped; OTHER.',
    values: Object.fromEntries(feedbackKinds.map((kind) => [upper(kind), { value: kind }])) as Record<'WRONG_INFORMATION' | 'HELPED' | 'OTHER', { value: FeedbackKind }>,
  });
  const State = builder.enumType('ServiceFeedbackState', {
    values: Object.fromEntries(feedbackStates.map((state) => [upper(state), { value: state }])) as Record<'NEW' | 'HANDLED', { value: FeedbackState }>,
  });
  const SenderType = builder.enumType('ServiceFeedbackSender', { values: { RESIDENT: { value: 'resident' }, PROFESSIONAL: { value: 'professional' } } as const });

  const Feedback = builder.prismaObject('ServiceFeedback', {
    description: 'Feedback on a service, for the curators. Who sent it is not stored, only whether a resident or a professional.',
    fields: (t) => ({
      id: t.exposeID('id'),
      kind: t.field({ type: Kind, resolve: (f) => f.kind as FeedbackKind }),
      text: t.exposeString('text'),
      language: t.exposeString('language', { description: 'The language of the page it was sent from.' }),
      sender: t.field({ type: SenderType, resolve: (f) => f.senderType as 'resident' | 'professional' }),
      state: t.field({ type: State, resolve: (f) => f.state as FeedbackState }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      handledAt: t.expose('handledAt', { type: 'DateTime', nullable: true }),
      handlerNote: t.exposeString('handlerNote', { nullable: true }),
      serviceId: t.exposeID('serviceId'),
      service: t.prismaField({
        type: 'Service',
        nullable: true,
        description: 'Null when the service has since left the catalogue.',
        resolve: (query, f, _args, ctx) => ctx.prisma.service.findUnique({ ...query, where: { id: f.serviceId } }),
      }),
    }),
  });

  const FeedbackInputType = builder.inputType('ServiceFeedbackInput', {
    fields: (t) => ({
      serviceId: t.id({ required: true }),
      kind: t.field({ type: Kind, required: true }),
      text: t.string({ required: true, description: 'Required unless the kind is HELPED; at most 1 000 characters, no personal identity codes or phone numbers.' }),
    }),
    validate: feedbackSchema,
  });

  builder.mutationField('sendServiceFeedback', (t) =>
    t.boolean({
      description:
        'Sends feedback on a service, signed in or not. The same feedback on the same service sent again the same day is kept once (the answer is the same). Returns true.',
      authScopes: { public: true },
      args: { input: t.arg({ type: FeedbackInputType, required: true }) },
      resolve: async (_root, args, ctx) => {
        const input = args.input as unknown as FeedbackInput;
        const service = await ctx.prisma.service.findUnique({ where: { id: input.serviceId }, select: { id: true } });
        if (!service) throw new InvalidInputError([{ path: ['input', 'serviceId'], code: 'invalid-choice' }]);
        const now = ctx.now();
        const dedupeKey = createHash('sha256').update(feedbackDedupeSource(input, now)).digest('hex');
        await ctx.prisma.serviceFeedback.createMany({
          data: [
            {
              serviceId: input.serviceId, kind: input.kind, text: input.text, language: ctx.language,
              senderType: ctx.viewer.staff ? 'professional' : 'resident', dedupeKey, createdAt: now,
            },
          ],
          skipDuplicates: true,
        });
        return true;
      },
    }),
  );

  builder.queryField('serviceFeedback', (t) =>
    t.prismaField({
      type: [Feedback],
      description: `The curators’ feedback queue: new items oldest first (the order to work in), handled ones newest first; at most ${feedbackListLimit}.`,
      authScopes: { staffRole: serviceCuratorRoles },
      args: { state: t.arg({ type: State, required: true }), kind: t.arg({ type: Kind, required: false }) },
      resolve: (query, _root, args, ctx) => {
        const where: Prisma.ServiceFeedbackWhereInput = { state: args.state, ...(args.kind ? { kind: args.kind } : {}) };
        const orderBy: Prisma.ServiceFeedbackOrderByWithRelationInput[] =
          args.state === 'new' ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ handledAt: 'desc' }, { id: 'asc' }];
        return ctx.prisma.serviceFeedback.findMany({ ...query, where, orderBy, take: feedbackListLimit });
      },
    }),
  );

  const Counts = builder.objectRef<{ state: FeedbackState; kind: FeedbackKind; count: number }[]>('ServiceFeedbackCounts').implement({
    description: 'How many feedback items there are, by state and by kind.',
    fields: (t) => ({
      new: t.int({ resolve: (rows) => rows.filter((r) => r.state === 'new').reduce((s, r) => s + r.count, 0) }),
      handled: t.int({ resolve: (rows) => rows.filter((r) => r.state === 'handled').reduce((s, r) => s + r.count, 0) }),
      newByKind: t.field({
        type: [builder.objectRef<{ kind: FeedbackKind; count: number }>('ServiceFeedbackKindCount').implement({
          fields: (k) => ({ kind: k.field({ type: Kind, resolve: (r) => r.kind }), count: k.exposeInt('count') }),
        })],
        description: 'New items of each kind, every kind listed.',
        resolve: (rows) => feedbackKinds.map((kind) => ({ kind, count: rows.find((r) => r.state === 'new' && r.kind === kind)?.count ?? 0 })),
      }),
    }),
  });

  builder.queryField('serviceFeedbackCounts', (t) =>
    t.field({
      type: Counts,
      description: 'Counts of the feedback queue for the curators.',
      authScopes: { staffRole: serviceCuratorRoles },
      resolve: async (_root, _args, ctx) => {
        const groups = await ctx.prisma.serviceFeedback.groupBy({ by: ['state', 'kind'], _count: { _all: true } });
        return groups.map((g) => ({ state: g.state as FeedbackState, kind: g.kind as FeedbackKind, count: g._count._all }));
      },
    }),
  );

  const HandleInput = builder.inputType('HandleServiceFeedbackInput', {
    fields: (t) => ({ id: t.id({ required: true }), note: t.string({ required: true, description: 'What was done, for the other curators; may be empty.' }) }),
    validate: handleFeedbackSchema,
  });

  builder.mutationField('handleServiceFeedback', (t) =>
    t.prismaField({
      type: Feedback,
      nullable: true,
      description: 'Marks a feedback item handled with the curator’s note; null for an unknown id. Handling it again changes nothing (the first note stays).',
      authScopes: { staffRole: serviceCuratorRoles },
      args: { input: t.arg({ type: HandleInput, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const input = args.input as unknown as HandleFeedbackInput;
        const staffId = ctx.viewer.staff?.staffId;
        if (!staffId) throw new ClientError('FORBIDDEN');
        await ctx.prisma.serviceFeedback.updateMany({
          where: { id: input.id, state: 'new' },
          data: { state: 'handled', handledAt: ctx.now(), handledByStaffId: staffId, handlerNote: input.note },
        });
        return ctx.prisma.serviceFeedback.findUnique({ ...query, where: { id: input.id } });
      },
    }),
  );
}
