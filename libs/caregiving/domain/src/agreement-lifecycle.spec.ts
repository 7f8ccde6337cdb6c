import { describe, expect, it } from 'vitest';
import {
  agreementActions, agreementStatusOf, agreementVersionStatuses, nextVersionStatus,
  type AgreementAction, type AgreementActor, type AgreementVersionStatus,
} from './agreement-lifecycle';

// Every allowed step of a version's life; everything else in the status × action × actor space is refused.
const allowed: [AgreementVersionStatus, AgreementAction, AgreementActor, AgreementVersionStatus][] = [
  ['draft', 'edit', 'coordinator', 'draft'],
  ['returned', 'edit', 'coordinator', 'draft'],
  ['draft', 'send', 'coordinator', 'sent'],
  ['returned', 'send', 'coordinator', 'sent'],
  ['sent', 'return', 'carer', 'returned'],
  ['sent', 'sign', 'carer', 'signed'],
  ['signed', 'countersign', 'coordinator', 'active'],
  ['active', 'supersede', 'system', 'superseded'],
  ['draft', 'cancel', 'coordinator', 'cancelled'],
  ['returned', 'cancel', 'coordinator', 'cancelled'],
];

describe('nextVersionStatus', () => {
  it.each(allowed)('%s --%s by %s--> %s', (from, action, actor, to) => {
    expect(nextVersionStatus(from, action, actor)).toEqual({ ok: true, to });
  });

  it('refuses every other status for each action, even from the right actor', () => {
    for (const action of agreementActions) {
      const actor = allowed.find(([, a]) => a === action)![2];
      for (const from of agreementVersionStatuses) {
        if (allowed.some(([f, a]) => f === from && a === action)) continue;
        expect(nextVersionStatus(from, action, actor), `${from} ${action}`).toEqual({ ok: false, reason: 'wrong-status' });
      }
    }
  });

  it.each([
    ['sent', 'sign', 'coordinator'],
    ['signed', 'countersign', 'carer'],
    ['draft', 'send', 'carer'],
    ['sent', 'return', 'coordinator'],
  ] as const)('does not let the wrong party act: %s %s by %s', (from, action, actor) => {
    expect(nextVersionStatus(from, action, actor)).toEqual({ ok: false, reason: 'wrong-actor' });
  });

  it('makes a second signature of the same version impossible (a double click signs once)', () => {
    const first = nextVersionStatus('sent', 'sign', 'carer');
    expect(first).toEqual({ ok: true, to: 'signed' });
    expect(nextVersionStatus('signed', 'sign', 'carer')).toEqual({ ok: false, reason: 'wrong-status' });
  });
});

describe('agreementStatusOf', () => {
  const v = (version: number, status: AgreementVersionStatus) => ({ version, status });
  it.each([
    [[v(1, 'draft')], 'draft'],
    [[v(1, 'sent')], 'sent'],
    [[v(1, 'returned')], 'draft'],
    [[v(1, 'signed')], 'signed'],
    [[v(1, 'active')], 'active'],
    // An amendment on its way leaves the version in force in force.
    [[v(1, 'active'), v(2, 'sent')], 'active'],
    [[v(1, 'superseded'), v(2, 'active')], 'active'],
    [[v(1, 'draft'), v(2, 'cancelled')], 'draft'],
  ] as const)('%j → %s', (versions, expected) => {
    expect(agreementStatusOf(versions, 'draft')).toBe(expected);
  });

  it('keeps an ended agreement ended and an agreement without versions as it was', () => {
    expect(agreementStatusOf([v(1, 'active')], 'ended')).toBe('ended');
    expect(agreementStatusOf([], 'active')).toBe('active');
  });
});
