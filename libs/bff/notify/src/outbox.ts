import type { Prisma } from '@luotsi/db';
import type { NotificationType } from '@luotsi/bff-core';

export type NotificationRecipient = { recipientPersonId: string; recipientStaffId?: never } | { recipientStaffId: string; recipientPersonId?: never };

export type NotifyInput<D> = NotificationRecipient & {
  data: D;
  /** A second notification with the same key is not written (e.g. 'booking-confirmed:<booking id>'). */
  dedupeKey?: string;
};

let written = 0;

/** How many notifications this process has written; the relay looks after a request that wrote some. */
export function outboxWrites(): number {
  return written;
}

/**
 * Puts a notification in the outbox, inside the transaction of the change that causes it: both
 * commit or neither does. The relay delivers it after the commit, once per channel of the type.
 * Returns the notification's id, or null when the dedupe key was used already.
 *
 *     await withAccessLog(ctx, async (tx, log) => {
 *       await tx.helpRequest.update(…);
 *       await notify(tx, helpRequestAnswered, { recipientPersonId, data: { … } });
 *     });
 */
export async function notify<D extends Record<string, unknown>>(
  tx: Prisma.TransactionClient,
  type: NotificationType<D>,
  input: NotifyInput<D>,
): Promise<string | null> {
  if (input.dedupeKey) {
    const existing = await tx.notification.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
    if (existing) return null;
  }
  const notification = await tx.notification.create({
    data: {
      type: type.type,
      recipientPersonId: input.recipientPersonId ?? null,
      recipientStaffId: input.recipientStaffId ?? null,
      data: input.data as Prisma.InputJsonValue,
      dedupeKey: input.dedupeKey ?? null,
      deliveries: { create: type.channels.map((channel) => ({ channel })) },
    },
    select: { id: true },
  });
  written += 1;
  return notification.id;
}
