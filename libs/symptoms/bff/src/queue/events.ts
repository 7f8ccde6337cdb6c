import type { LiveEvents } from '@luotsi/bff-core';

/** The live-event topic of the contact-request queue; the key is the receiving unit's id. */
export const queueTopic = 'symptoms.queue';

/** What happened to a request: 'received' when a resident sent it, else a history entry type. */
export type QueueEventKind = 'received' | 'claimed' | 'reassigned' | 'answered' | 'phone-call' | 'closed';

/**
 * Tells the subscribers of the unit's queue that a request changed. Ids and codes only: the
 * queue page reads the request itself, authorised and access-logged.
 */
export function publishQueueEvent(
  live: LiveEvents,
  request: { id: string; unitId: string; urgency: string },
  kind: QueueEventKind,
): void {
  live.publish(queueTopic, request.unitId, { kind, contactRequestId: request.id, urgency: request.urgency });
}
