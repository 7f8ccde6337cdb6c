/**
 * Statistics events of searches and service views. They are written after the answer is ready
 * and without waiting for them: a slow or failing write must not slow or fail a search. The
 * pending writes are kept so tests (and a graceful shutdown) can wait for them.
 */
import type { PrismaClient } from '@luotsi/db';
import type { SearchFilters } from '@luotsi/services-domain';

interface Logger {
  warn(object: object, message: string): void;
}

const pending = new Set<Promise<unknown>>();

function track(write: Promise<unknown>, logger: Logger, what: string): void {
  const tracked = write.catch((error: unknown) => logger.warn({ err: error }, `Could not record a ${what} event`)).finally(() => pending.delete(tracked));
  pending.add(tracked);
}

/** Waits for the events written so far. */
export async function flushServiceEvents(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

export function recordSearchEvent(
  prisma: PrismaClient,
  logger: Logger,
  event: { at: Date; language: string; query: string; resultCount: number; municipalityCode: string | null; filters: SearchFilters },
): void {
  track(prisma.serviceSearchEvent.create({ data: { ...event, query: event.query.slice(0, 200), filters: { ...event.filters } } }), logger, 'search');
}

export function recordViewEvent(prisma: PrismaClient, logger: Logger, event: { at: Date; serviceId: string; language: string }): void {
  track(prisma.serviceViewEvent.create({ data: event }), logger, 'service view');
}
