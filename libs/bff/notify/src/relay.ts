import type { NotificationChannel, NotificationType, RenderEnvironment, Logger } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import { afterFailure, defaultRetryPolicy, type RetryPolicy } from './backoff';
import { deliverPortalMessage, PermanentDeliveryError, type EmailTransport, type SmsProvider } from './channels';
import { outboxWrites } from './outbox';
import { notificationTypeProblems, recipientLanguage, renderChannel } from './render';

/**
 * Test-only crash points (LUOTSI_TEST_CRASH_POINT, ignored in production mode): the process
 * kills itself with SIGKILL
 * - 'after-notify-commit': after a request that wrote a notification has committed and answered,
 *   before the relay is nudged;
 * - 'after-send': after a channel accepted a delivery, before it is marked delivered.
 */
export type CrashPoint = 'after-notify-commit' | 'after-send';

export interface RelayOptions {
  prisma: () => PrismaClient;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every module's types
  types: readonly NotificationType<any>[];
  email: EmailTransport;
  sms: SmsProvider;
  env: RenderEnvironment;
  logger: Logger;
  retry?: RetryPolicy;
  /** How often the relay looks for due deliveries without being nudged. */
  pollMs?: number;
  /** How long a claimed delivery is this relay's before another may take it (a crashed relay's lease runs out). */
  leaseMs?: number;
  batchSize?: number;
  now?: () => Date;
  crashPoint?: CrashPoint;
  /** How the crash point ends the process; tests replace it. */
  crash?: () => never;
}

export interface NotificationRelay {
  start(): void;
  stop(): Promise<void>;
  /** One pass over the due deliveries now; resolves when it is done. Returns how many it handled. */
  runOnce(): Promise<number>;
  /** After a request: if it wrote notifications (now committed), deliver them without waiting for the poll. */
  afterRequest(): void;
}

/** Thrown by a test's `crash` to stop a pass where the process would have died. */
export class SimulatedCrash extends Error {}

interface Claimed {
  id: string;
  notificationId: string;
  channel: string;
  attempts: number;
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * Delivers the outbox: claims due deliveries (FOR UPDATE SKIP LOCKED, so several BFF instances
 * never take the same row), sends each through its channel and marks it delivered, or schedules a
 * retry with exponential backoff, failed after `maxAttempts`, cancelled when it cannot be sent
 * at all. A claim is a lease: a relay that dies mid-send leaves the row to be retried after
 * `leaseMs`; the channels recognise a repeat by the notification's id (at-least-once delivery,
 * idempotent consumers).
 */
export function createNotificationRelay(options: RelayOptions): NotificationRelay {
  const retry = options.retry ?? defaultRetryPolicy;
  const pollMs = options.pollMs ?? 5000;
  const leaseMs = options.leaseMs ?? 120_000;
  const batchSize = options.batchSize ?? 20;
  const now = options.now ?? (() => new Date());
  const crash = options.crash ?? (() => process.kill(process.pid, 'SIGKILL') as never);
  const problems = notificationTypeProblems(options.types);
  if (problems.length) throw new Error(`Notification types are incomplete:\n- ${problems.join('\n- ')}`);
  const types = new Map(options.types.map((t) => [t.type, t]));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let again = false;
  let seenWrites = outboxWrites();

  async function claim(): Promise<Claimed[]> {
    const at = now();
    const leaseUntil = new Date(at.getTime() + leaseMs);
    return options.prisma().$queryRaw<Claimed[]>`
      UPDATE notification_deliveries AS d
         SET attempts = d.attempts + 1, next_attempt_at = ${leaseUntil}, updated_at = ${at}
       WHERE d.id IN (
         SELECT id FROM notification_deliveries
          WHERE status = 'pending' AND next_attempt_at <= ${at}
          ORDER BY next_attempt_at, id
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED)
      RETURNING d.id, d.notification_id AS "notificationId", d.channel, d.attempts`;
  }

  async function mark(id: string, attempts: number, data: { status: string; nextAttemptAt?: Date; lastError?: string | null; deliveredAt?: Date }) {
    // Only this claim's row: an administrator may have cancelled it meanwhile.
    await options.prisma().notificationDelivery.updateMany({ where: { id, attempts, status: 'pending' }, data });
  }

  async function deliver(claimed: Claimed): Promise<void> {
    const prisma = options.prisma();
    const notification = await prisma.notification.findUnique({ where: { id: claimed.notificationId } });
    if (!notification) return;
    const type = types.get(notification.type);
    if (!type) throw new PermanentDeliveryError(`unknown notification type ${notification.type}`);
    const channel = claimed.channel as NotificationChannel;
    const person = notification.recipientPersonId
      ? await prisma.person.findUnique({ where: { id: notification.recipientPersonId }, select: { id: true, language: true, email: true, phone: true } })
      : null;
    const staff = notification.recipientStaffId
      ? await prisma.staffMember.findUnique({ where: { id: notification.recipientStaffId }, select: { id: true, email: true } })
      : null;
    if (!person && !staff) throw new PermanentDeliveryError('the recipient no longer exists');
    const language = recipientLanguage(person?.language);
    const rendered = renderChannel(type, channel, notification.data as Record<string, unknown>, language, options.env);
    if (rendered.channel === 'portal') {
      if (!person) throw new PermanentDeliveryError('only residents have in-portal messages');
      await deliverPortalMessage(prisma, { notificationId: notification.id, personId: person.id, language, message: rendered.message, createdAt: notification.createdAt });
    } else if (rendered.channel === 'email') {
      const to = person?.email ?? staff?.email;
      if (!to) throw new PermanentDeliveryError('the recipient has no e-mail address');
      await options.email.send({ notificationId: notification.id, to, language, ...rendered.email, attachments: rendered.email.attachments ?? [] });
    } else {
      const to = person?.phone;
      if (!to) throw new PermanentDeliveryError('the recipient has no phone number');
      await options.sms.send({ notificationId: notification.id, idempotencyKey: `${notification.id}:sms`, to, language, text: rendered.text });
    }
    if (options.crashPoint === 'after-send') crash();
  }

  async function handle(claimed: Claimed): Promise<void> {
    try {
      await deliver(claimed);
      await mark(claimed.id, claimed.attempts, { status: 'delivered', deliveredAt: now(), lastError: null });
    } catch (error) {
      if (error instanceof SimulatedCrash) throw error;
      const message = errorMessage(error);
      if (error instanceof PermanentDeliveryError) {
        options.logger.warn({ deliveryId: claimed.id, channel: claimed.channel, reason: message }, 'notification delivery cancelled');
        await mark(claimed.id, claimed.attempts, { status: 'cancelled', lastError: message });
        return;
      }
      const next = afterFailure(claimed.attempts, now(), retry);
      options.logger[next.status === 'failed' ? 'error' : 'warn'](
        { deliveryId: claimed.id, channel: claimed.channel, attempts: claimed.attempts, err: message },
        next.status === 'failed' ? 'notification delivery failed for good' : 'notification delivery failed; retrying later',
      );
      await mark(claimed.id, claimed.attempts, next.status === 'failed' ? { status: 'failed', lastError: message } : { status: 'pending', nextAttemptAt: next.nextAttemptAt, lastError: message });
    }
  }

  async function pass(): Promise<number> {
    let handled = 0;
    // Bounded: a flood waits for the next pass instead of holding this one forever.
    for (let round = 0; round < 50; round++) {
      const batch = await claim();
      for (const claimed of batch) await handle(claimed);
      handled += batch.length;
      if (batch.length < batchSize) break;
    }
    return handled;
  }

  function runOnce(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          total += await pass();
        } while (again);
      } finally {
        running = null;
      }
      return total;
    })();
    return running;
  }

  function safeRun() {
    runOnce().catch((error: unknown) => options.logger.error({ err: errorMessage(error) }, 'notification relay pass failed'));
  }

  return {
    start() {
      if (timer) return;
      timer = setInterval(safeRun, pollMs);
      timer.unref();
      safeRun();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
    runOnce,
    afterRequest() {
      const writes = outboxWrites();
      if (writes === seenWrites) return;
      seenWrites = writes;
      if (options.crashPoint === 'after-notify-commit') crash();
      safeRun();
    },
  };
}
