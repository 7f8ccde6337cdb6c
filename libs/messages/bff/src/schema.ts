import { residentPersonId, type BffComposition, type builder as Builder } from '@luotsi/bff-core';
import { cancelDelivery, retryDelivery, templatePreviews, type TemplatePreview } from '@luotsi/notify';

/** Who sees the notification administration: failed deliveries, retries, template previews. */
export const notificationAdminRoles = ['admin'] as const;

/** The address templates show in the administrators' preview (the real one comes from PUBLIC_URL). */
export const previewPublicUrl = 'https://luotsi.example.fi';

const deliveryStatuses = ['pending', 'delivered', 'failed', 'cancelled'] as const;

/** Ids are uuids in the database; anything else cannot match (and would be a database error). */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * In-portal messages for residents, and the notification administration for administrators.
 *
 * A resident sees only messages addressed to them. Messages about an under-15 child are addressed
 * by the sending module to the guardian(s), so `myMessages` does not also list the child's: a
 * child's own inbox opens to the child when they can sign in themselves (docs/modules/messages.md).
 */
export function registerMessagesSchema(builder: typeof Builder, composition: BffComposition): void {
  const PortalMessage = builder.prismaObject('PortalMessage', {
    description: 'A message to the signed-in resident, in the language it was written in.',
    fields: (t) => ({
      id: t.exposeID('id'),
      subject: t.exposeString('subject'),
      body: t.exposeString('body'),
      language: t.exposeString('language'),
      link: t.exposeString('link', { nullable: true, description: 'A portal path without the language, e.g. "family-center".' }),
      receivedAt: t.expose('createdAt', { type: 'DateTime' }),
      readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    }),
  });

  const DeliveryStatus = builder.enumType('NotificationDeliveryStatus', { values: deliveryStatuses });
  const Delivery = builder.prismaObject('NotificationDelivery', {
    include: { notification: { select: { type: true, createdAt: true } } },
    description: 'One channel of one notification. Shows no recipient or content: only what an administrator needs to act.',
    fields: (t) => ({
      id: t.exposeID('id'),
      type: t.string({ resolve: (d) => d.notification.type }),
      channel: t.exposeString('channel'),
      status: t.field({ type: DeliveryStatus, resolve: (d) => d.status as (typeof deliveryStatuses)[number] }),
      attempts: t.exposeInt('attempts'),
      nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
      lastError: t.exposeString('lastError', { nullable: true }),
      createdAt: t.field({ type: 'DateTime', resolve: (d) => d.notification.createdAt }),
      deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    }),
  });

  const Preview = builder.objectRef<TemplatePreview>('NotificationTemplatePreview').implement({
    description: 'One template of a notification type in one channel and language, with its sample data.',
    fields: (t) => ({
      type: t.exposeString('type'),
      description: t.exposeString('description'),
      sensitive: t.exposeBoolean('sensitive', { description: 'E-mail and SMS only say that there is a new message in the portal.' }),
      channel: t.exposeString('channel'),
      language: t.exposeString('language'),
      subject: t.exposeString('subject', { nullable: true }),
      text: t.exposeString('text'),
      html: t.exposeString('html', { nullable: true }),
      attachments: t.exposeStringList('attachments'),
    }),
  });

  builder.queryField('myMessages', (t) =>
    t.prismaField({
      type: [PortalMessage],
      description: 'The signed-in resident’s in-portal messages, newest first.',
      authScopes: { resident: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.portalMessage.findMany({
          ...query,
          where: { personId: residentPersonId(ctx) },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: 200,
        }),
    }),
  );

  builder.mutationField('markMessageRead', (t) =>
    t.prismaField({
      type: PortalMessage,
      nullable: true,
      description: 'Marks one of the signed-in resident’s messages read; null when they have no such message.',
      authScopes: { resident: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = String(args.id);
        const personId = residentPersonId(ctx);
        if (!isUuid(id)) return null;
        // Only the reader's own message; the first reading time stays.
        await ctx.prisma.portalMessage.updateMany({ where: { id, personId, readAt: null }, data: { readAt: ctx.now() } });
        return ctx.prisma.portalMessage.findFirst({ ...query, where: { id, personId } });
      },
    }),
  );

  builder.queryField('notificationDeliveries', (t) =>
    t.prismaField({
      type: [Delivery],
      description: 'Deliveries in the given states (default: failed and pending), the oldest first.',
      authScopes: { staffRole: notificationAdminRoles },
      args: { statuses: t.arg({ type: [DeliveryStatus], required: false }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.notificationDelivery.findMany({
          ...query,
          where: { status: { in: args.statuses?.length ? [...args.statuses] : ['failed', 'pending'] } },
          orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
          take: 200,
        }),
    }),
  );

  const deliveryAction = (name: 'retryNotificationDelivery' | 'cancelNotificationDelivery', description: string) =>
    builder.mutationField(name, (t) =>
      t.prismaField({
        type: Delivery,
        nullable: true,
        description,
        authScopes: { staffRole: notificationAdminRoles },
        args: { id: t.arg.id({ required: true }) },
        resolve: async (query, _root, args, ctx) => {
          const id = String(args.id);
          if (!isUuid(id)) return null;
          const changed = name === 'retryNotificationDelivery' ? await retryDelivery(ctx.prisma, id, ctx.now()) : await cancelDelivery(ctx.prisma, id);
          if (!changed) return null;
          ctx.logger.info({ deliveryId: id, action: name, staffId: ctx.viewer.staff?.staffId }, 'notification delivery changed by an administrator');
          return ctx.prisma.notificationDelivery.findUnique({ ...query, where: { id } });
        },
      }),
    );
  deliveryAction('retryNotificationDelivery', 'Sends a failed or cancelled delivery again from the first attempt; null when it is in neither state.');
  deliveryAction('cancelNotificationDelivery', 'Cancels a pending or failed delivery; null when it is in neither state.');

  builder.queryField('notificationTemplatePreviews', (t) =>
    t.field({
      type: [Preview],
      description: 'Every notification template of every module, in every channel and language, with sample data.',
      authScopes: { staffRole: notificationAdminRoles },
      resolve: () => templatePreviews(composition.modules.flatMap((m) => m.notifications ?? []), { publicUrl: previewPublicUrl }),
    }),
  );
}
