import { describe, expect, it } from 'vitest';
import {
  applyQueueAction,
  eventTypeOf,
  isOutcomeCode,
  mayHandle,
  queueActionProblem,
  sortQueue,
  type Actor,
  type RequestState,
} from './queue';

const d = (iso: string) => new Date(iso);

describe('sortQueue', () => {
  it('puts the most urgent first, then the nearest deadline, then the longest waiting', () => {
    const sorted = sortQueue([
      { id: 'a', urgency: 'non-urgent', deadlineAt: d('2026-01-12T14:00Z'), sentAt: d('2026-01-12T08:00Z') },
      { id: 'b', urgency: 'same-day', deadlineAt: d('2026-01-12T12:00Z'), sentAt: d('2026-01-12T10:00Z') },
      { id: 'c', urgency: 'same-day', deadlineAt: d('2026-01-12T10:00Z'), sentAt: d('2026-01-12T08:00Z') },
      { id: 'd', urgency: 'non-urgent', deadlineAt: d('2026-01-12T14:00Z'), sentAt: d('2026-01-12T07:00Z') },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('queue actions', () => {
  const hanna: Actor = { staffId: 'hanna', unitIds: ['esp-tk'] };
  const colleague: Actor = { staffId: 'kalle', unitIds: ['esp-tk'] };
  const outsider: Actor = { staffId: 'lasse', unitIds: ['lan-tk'] };
  const fresh: RequestState = { unitId: 'esp-tk', status: 'new', claimedById: null };

  it('lets only professionals of the receiving unit or the assignee act', () => {
    expect(mayHandle(fresh, hanna)).toBe(true);
    expect(queueActionProblem(fresh, outsider, { type: 'claim' })).toBe('not-of-unit');
    expect(mayHandle({ ...fresh, claimedById: 'lasse' }, outsider)).toBe(true);
  });

  it('claims a request for one professional at a time', () => {
    const claimed = applyQueueAction(fresh, hanna, { type: 'claim' });
    expect(claimed).toEqual({ unitId: 'esp-tk', status: 'in-progress', claimedById: 'hanna' });
    expect(queueActionProblem(claimed, colleague, { type: 'claim' })).toBe('claimed-by-other');
    expect(queueActionProblem(claimed, colleague, { type: 'answer' })).toBe('claimed-by-other');
    expect(queueActionProblem(claimed, hanna, { type: 'claim' })).toBe('already-claimed-by-you');
  });

  it('claims an unclaimed request for whoever answers it', () => {
    expect(queueActionProblem(fresh, hanna, { type: 'answer' })).toBeNull();
    expect(applyQueueAction(fresh, hanna, { type: 'answer' }).claimedById).toBe('hanna');
  });

  it('reassigns only to a colleague of the receiving unit', () => {
    const claimed = applyQueueAction(fresh, hanna, { type: 'claim' });
    expect(queueActionProblem(claimed, hanna, { type: 'reassign', toStaffId: 'lasse', toStaffUnitIds: ['lan-tk'] })).toBe(
      'assignee-not-of-unit',
    );
    const action = { type: 'reassign', toStaffId: 'kalle', toStaffUnitIds: ['esp-tk'] } as const;
    expect(queueActionProblem(claimed, hanna, action)).toBeNull();
    const reassigned = applyQueueAction(claimed, hanna, action);
    expect(reassigned.claimedById).toBe('kalle');
    expect(queueActionProblem(reassigned, colleague, { type: 'answer' })).toBeNull();
    expect(queueActionProblem(reassigned, hanna, { type: 'answer' })).toBe('claimed-by-other');
  });

  it('closes with a known outcome code, after which nothing more can be done', () => {
    expect(queueActionProblem(fresh, hanna, { type: 'close', outcome: 'fixed' })).toBe('unknown-outcome');
    const closed = applyQueueAction(fresh, hanna, { type: 'close', outcome: 'advice-given' });
    expect(closed).toEqual({ unitId: 'esp-tk', status: 'handled', claimedById: 'hanna' });
    expect(queueActionProblem(closed, hanna, { type: 'answer' })).toBe('closed');
  });

  it('names the history entry of each action', () => {
    expect(eventTypeOf({ type: 'phone-call' })).toBe('phone-call');
    expect(eventTypeOf({ type: 'close', outcome: 'duplicate' })).toBe('closed');
    expect(isOutcomeCode('appointment-booked')).toBe(true);
    expect(isOutcomeCode('closed')).toBe(false);
  });
});
