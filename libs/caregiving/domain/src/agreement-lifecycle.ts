/**
 * The life of one version of a care agreement (the first one and every amendment), as a table of
 * transitions. The BFF asks `nextVersionStatus` before every change and writes the change only
 * while the version is still in the status it read, so two clicks or two people cannot both win.
 *
 *   draft ──send──▶ sent ──sign (carer)──▶ signed ──countersign──▶ active ──(newer active)──▶ superseded
 *     ▲               │
 *     └──edit── returned ◀──return with a comment (carer)
 *   draft / returned ──cancel──▶ cancelled
 */
import type { CareAgreementStatus } from './agreements';

export const agreementVersionStatuses = ['draft', 'sent', 'returned', 'signed', 'active', 'superseded', 'cancelled'] as const;
export type AgreementVersionStatus = (typeof agreementVersionStatuses)[number];

export const agreementActions = ['edit', 'send', 'return', 'sign', 'countersign', 'supersede', 'cancel'] as const;
export type AgreementAction = (typeof agreementActions)[number];

/** Who acts: the county's coordinator, the carer (strongly identified resident), or the system. */
export type AgreementActor = 'coordinator' | 'carer' | 'system';

interface Transition {
  from: readonly AgreementVersionStatus[];
  to: AgreementVersionStatus;
  by: AgreementActor;
}

export const agreementTransitions: Readonly<Record<AgreementAction, Transition>> = {
  edit: { from: ['draft', 'returned'], to: 'draft', by: 'coordinator' },
  send: { from: ['draft', 'returned'], to: 'sent', by: 'coordinator' },
  return: { from: ['sent'], to: 'returned', by: 'carer' },
  sign: { from: ['sent'], to: 'signed', by: 'carer' },
  countersign: { from: ['signed'], to: 'active', by: 'coordinator' },
  // A newer version put in force replaces the one in force before it.
  supersede: { from: ['active'], to: 'superseded', by: 'system' },
  cancel: { from: ['draft', 'returned'], to: 'cancelled', by: 'coordinator' },
};

export type TransitionRefusal = 'wrong-status' | 'wrong-actor';

export type TransitionResult = { ok: true; to: AgreementVersionStatus } | { ok: false; reason: TransitionRefusal };

/** The status after `action` by `actor`, or why it is not allowed. */
export function nextVersionStatus(from: AgreementVersionStatus, action: AgreementAction, actor: AgreementActor): TransitionResult {
  const transition = agreementTransitions[action];
  if (transition.by !== actor) return { ok: false, reason: 'wrong-actor' };
  if (!transition.from.includes(from)) return { ok: false, reason: 'wrong-status' };
  return { ok: true, to: transition.to };
}

/** The statuses in which `action` is allowed (for the BFF's conditional update). */
export function statusesAllowing(action: AgreementAction): readonly AgreementVersionStatus[] {
  return agreementTransitions[action].from;
}

/** Versions whose terms and text the coordinator may still change. */
export const editableVersionStatuses: readonly AgreementVersionStatus[] = agreementTransitions.edit.from;

/** Versions still on their way (not in force, not closed): an agreement has at most one. */
export const openVersionStatuses: readonly AgreementVersionStatus[] = ['draft', 'sent', 'returned', 'signed'];

/** Versions the carer sees: not the coordinator's unsent drafts, not cancelled ones. */
export const carerVisibleVersionStatuses: readonly AgreementVersionStatus[] = ['sent', 'returned', 'signed', 'active', 'superseded'];

export function isFrozen(status: AgreementVersionStatus): boolean {
  return status === 'signed' || status === 'active' || status === 'superseded';
}

/**
 * The agreement's own status (what fees, sign-in roles and lists use) from its versions: in force
 * while one version is, else the state of its newest version. An amendment on its way leaves an
 * agreement in force as it is.
 */
export function agreementStatusOf(
  versions: readonly { version: number; status: AgreementVersionStatus }[],
  current: CareAgreementStatus,
): CareAgreementStatus {
  if (current === 'ended') return 'ended';
  if (versions.some((v) => v.status === 'active')) return 'active';
  const newest = [...versions].filter((v) => v.status !== 'cancelled').sort((a, b) => b.version - a.version)[0];
  if (!newest) return current;
  switch (newest.status) {
    case 'sent':
      return 'sent';
    case 'signed':
      return 'signed';
    case 'superseded':
      return 'ended';
    default:
      return 'draft';
  }
}
