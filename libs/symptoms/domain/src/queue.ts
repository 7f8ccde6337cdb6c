/**
 * The professionals' contact-request queue: ordering, outcome codes, the request's history of
 * actions and who may act on a request.
 */
import { urgencyLevels, type Urgency } from '@luotsi/questionnaires';

export interface QueueEntry {
  id: string;
  urgency: Urgency;
  deadlineAt: Date;
  sentAt: Date;
}

/** Most urgent first, then the nearest deadline, then the longest waiting (id keeps it stable). */
export function compareQueueEntries(a: QueueEntry, b: QueueEntry): number {
  return (
    urgencyLevels.indexOf(a.urgency) - urgencyLevels.indexOf(b.urgency) ||
    a.deadlineAt.getTime() - b.deadlineAt.getTime() ||
    a.sentAt.getTime() - b.sentAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortQueue<T extends QueueEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareQueueEntries);
}

/** How a handled request ended; labels are the frontends' texts (`outcome.<code>`). */
export const outcomeCodes = [
  'advice-given',
  'appointment-booked',
  'referred-emergency',
  'referred-other-service',
  'not-reached',
  'duplicate',
] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];

export function isOutcomeCode(value: unknown): value is OutcomeCode {
  return typeof value === 'string' && (outcomeCodes as readonly string[]).includes(value);
}

/** Statuses of a contact request; a handled request leaves the queue. */
export const requestStatuses = ['new', 'in-progress', 'handled'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Entries of a request's history. 'sent' is the resident's; the rest are the professionals'. */
export const requestEventTypes = ['sent', 'claimed', 'reassigned', 'answered', 'phone-call', 'closed'] as const;
export type RequestEventType = (typeof requestEventTypes)[number];

/** The actions a professional takes on a request. */
export type QueueAction =
  | { type: 'claim' }
  | { type: 'reassign'; toStaffId: string; toStaffUnitIds: readonly string[] }
  | { type: 'answer' }
  | { type: 'phone-call' }
  | { type: 'close'; outcome: string };

export interface RequestState {
  unitId: string;
  status: RequestStatus;
  claimedById: string | null;
}

export interface Actor {
  staffId: string;
  unitIds: readonly string[];
}

/** Why an action is refused; the BFF turns these into errors in the user's language. */
export type QueueActionProblem =
  | 'not-of-unit'
  | 'closed'
  | 'claimed-by-other'
  | 'already-claimed-by-you'
  | 'assignee-not-of-unit'
  | 'unknown-outcome';

/**
 * Professionals of the receiving unit may see and act on a request, and so may the colleague it
 * was reassigned to (who may work in another unit too).
 */
export function mayHandle(request: RequestState, actor: Actor): boolean {
  return actor.unitIds.includes(request.unitId) || request.claimedById === actor.staffId;
}

/**
 * Whether the actor may take the action now; null when allowed. Answering, recording a call and
 * closing claim an unclaimed request for the actor; a request claimed by a colleague stays theirs
 * until it is reassigned (which any professional of the unit may do, e.g. when they are away).
 */
export function queueActionProblem(
  request: RequestState,
  actor: Actor,
  action: QueueAction,
): QueueActionProblem | null {
  if (!mayHandle(request, actor)) return 'not-of-unit';
  if (request.status === 'handled') return 'closed';
  switch (action.type) {
    case 'claim':
      if (request.claimedById === actor.staffId) return 'already-claimed-by-you';
      return request.claimedById === null ? null : 'claimed-by-other';
    case 'reassign':
      return action.toStaffUnitIds.includes(request.unitId) ? null : 'assignee-not-of-unit';
    case 'close':
      if (!isOutcomeCode(action.outcome)) return 'unknown-outcome';
      return request.claimedById === null || request.claimedById === actor.staffId ? null : 'claimed-by-other';
    case 'answer':
    case 'phone-call':
      return request.claimedById === null || request.claimedById === actor.staffId ? null : 'claimed-by-other';
  }
}

/** The request's state after an allowed action. */
export function applyQueueAction(request: RequestState, actor: Actor, action: QueueAction): RequestState {
  switch (action.type) {
    case 'reassign':
      return { ...request, status: 'in-progress', claimedById: action.toStaffId };
    case 'close':
      return { ...request, status: 'handled', claimedById: request.claimedById ?? actor.staffId };
    default:
      return { ...request, status: 'in-progress', claimedById: actor.staffId };
  }
}

/** The history entry an action writes. */
export function eventTypeOf(action: QueueAction): RequestEventType {
  switch (action.type) {
    case 'claim':
      return 'claimed';
    case 'reassign':
      return 'reassigned';
    case 'answer':
      return 'answered';
    case 'phone-call':
      return 'phone-call';
    case 'close':
      return 'closed';
  }
}
