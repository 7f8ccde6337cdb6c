import { describe, expect, it } from 'vitest';
import {
  absenceInputSchema, availabilityFor, icsSequence, overlaps, reassignmentProblem, unitForReassignment, type CalendarOccupant,
} from './absences';

const at = (time: string) => new Date(`2026-11-27T${time}:00Z`);
const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
const entry = (id: string, from: string, to: string, more: Partial<CalendarOccupant> = {}): CalendarOccupant => ({
  id, ...span(from, to), bookable: false, clientId: null, ...more,
});

describe('overlaps', () => {
  it('treats back-to-back times as not overlapping', () => {
    expect(overlaps(span('10:00', '11:00'), span('11:00', '12:00'))).toBe(false);
    expect(overlaps(span('10:00', '11:00'), span('10:59', '12:00'))).toBe(true);
    expect(overlaps(span('10:00', '12:00'), span('10:30', '11:00'))).toBe(true);
  });
});

describe('availabilityFor', () => {
  const visit = span('10:00', '11:00');
  it('is free with an empty or non-overlapping calendar', () => {
    expect(availabilityFor(visit, [])).toEqual({ free: true, withdrawnFreeTimeIds: [] });
    expect(availabilityFor(visit, [entry('meeting', '08:00', '10:00')])).toEqual({ free: true, withdrawnFreeTimeIds: [] });
  });
  it('is busy with a meeting, an absence or another client then', () => {
    expect(availabilityFor(visit, [entry('meeting', '09:30', '10:30')]).free).toBe(false);
    expect(availabilityFor(visit, [entry('booked', '10:00', '11:00', { bookable: true, clientId: 'c' })]).free).toBe(false);
  });
  it('uses an unbooked free time and says it is withdrawn', () => {
    expect(availabilityFor(visit, [entry('fc', '09:30', '11:00', { bookable: true })])).toEqual({ free: true, withdrawnFreeTimeIds: ['fc'] });
    expect(availabilityFor(visit, [entry('fc', '09:30', '11:00', { bookable: true }), entry('travel', '10:45', '11:15')]).free).toBe(false);
  });
});

describe('unitForReassignment', () => {
  const esp = { id: 'u1', code: 'PNE-ESP', type: 'family-counselling' };
  const poh = { id: 'u2', code: 'PNE-POH', type: 'family-counselling' };
  const perhe = { id: 'u3', code: 'PERHE-POH', type: 'family-services' };
  it('keeps the unit when the colleague works there', () => {
    expect(unitForReassignment(esp, [esp, perhe], ['u1', 'u2'])).toBe(esp);
  });
  it('moves to the colleague’s unit of the same service that the lead leads', () => {
    expect(unitForReassignment(esp, [perhe, poh], ['u1', 'u2'])).toBe(poh);
  });
  it('refuses colleagues of other services or of units the lead does not lead', () => {
    expect(unitForReassignment(esp, [perhe], ['u1', 'u2', 'u3'])).toBeNull();
    expect(unitForReassignment(esp, [poh], ['u1'])).toBeNull();
    expect(unitForReassignment(poh, [poh], ['u1'])).toBeNull();
  });
});

describe('reassignmentProblem', () => {
  const now = at('08:00');
  const base = {
    entry: { ...span('10:00', '11:00'), staffId: 'pia', clientId: 'ville' },
    toStaffId: 'riitta',
    targetUnit: { id: 'u1', code: 'PNE-ESP', type: 'family-counselling' },
    availability: { free: true, withdrawnFreeTimeIds: [] },
    now,
  };
  it('allows a free colleague', () => expect(reassignmentProblem(base)).toBeNull());
  it('names the first thing to fix', () => {
    expect(reassignmentProblem({ ...base, entry: null })).toBe('ENTRY_NOT_FOUND');
    expect(reassignmentProblem({ ...base, entry: { ...base.entry, clientId: null } })).toBe('ENTRY_NOT_FOUND');
    expect(reassignmentProblem({ ...base, now: at('10:00') })).toBe('ENTRY_BEGUN');
    expect(reassignmentProblem({ ...base, toStaffId: 'pia' })).toBe('SAME_PROFESSIONAL');
    expect(reassignmentProblem({ ...base, targetUnit: null })).toBe('NOT_A_COLLEAGUE');
    expect(reassignmentProblem({ ...base, availability: { free: false, withdrawnFreeTimeIds: [] } })).toBe('COLLEAGUE_BUSY');
  });
});

describe('icsSequence', () => {
  it('grows with later changes', () => {
    const created = at('08:00');
    expect(icsSequence(created, created)).toBe(1);
    expect(icsSequence(created, at('09:00'))).toBe(3600);
    expect(icsSequence(created, at('09:01'))).toBeGreaterThan(icsSequence(created, at('09:00')));
  });
});

describe('absenceInputSchema', () => {
  const staffId = '00000000-0000-4000-8000-000000000001';
  it('accepts an absence that ends after it starts, with or without a note', () => {
    expect(absenceInputSchema.safeParse({ staffId, startsAt: at('06:00'), endsAt: at('15:00') }).success).toBe(true);
    expect(absenceInputSchema.parse({ staffId, startsAt: at('06:00'), endsAt: at('15:00'), note: ' Koulutus ' }).note).toBe('Koulutus');
  });
  it('refuses an end before the start', () => {
    const result = absenceInputSchema.safeParse({ staffId, startsAt: at('15:00'), endsAt: at('06:00') });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['endsAt']);
  });
});
