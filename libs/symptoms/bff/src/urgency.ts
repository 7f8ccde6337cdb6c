/**
 * Urgency levels of a symptom result, most urgent first (docs/domain-rules.md, "Urgency and the
 * care guarantee"). The ids are stored in ContactRequest.urgency and sent to the frontends as is.
 */
export const urgencyLevels = ['emergency', 'emergency-department', 'same-day', 'within-days', 'non-urgent', 'self-care'] as const;
export type Urgency = (typeof urgencyLevels)[number];

export function isUrgency(value: string): value is Urgency {
  return (urgencyLevels as readonly string[]).includes(value);
}

/** Statuses of a contact request. A request leaves the queue when it is handled. */
export const contactRequestStatuses = ['new', 'in-progress', 'handled'] as const;
export type ContactRequestStatus = (typeof contactRequestStatuses)[number];

export const closedContactRequestStatuses: readonly ContactRequestStatus[] = ['handled'];
