/**
 * Urgency levels of a symptom result, most urgent first (docs/domain-rules.md, "Urgency and the
 * care guarantee"). The engine owns the ids; they are stored in ContactRequest.urgency and sent to
 * the frontends as is.
 */
export { urgencyLevels, isUrgency, mostUrgent, type Urgency } from '@luotsi/questionnaires';

/** Statuses of a contact request. A request leaves the queue when it is handled. */
export const contactRequestStatuses = ['new', 'in-progress', 'handled'] as const;
export type ContactRequestStatus = (typeof contactRequestStatuses)[number];

export const closedContactRequestStatuses: readonly ContactRequestStatus[] = ['handled'];
