import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import { makePersonalIdentityCode } from '@luotsi/identity-domain';
import { firstContactBookingSchema, mayCancelAppointment, slotProblem, type SlotState } from './booking';

const slotId = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
const code = makePersonalIdentityCode('1990-05-17', 923);
const errorsOf = (input: unknown) => {
  const outcome = validateInput(firstContactBookingSchema, input);
  return outcome.ok ? [] : outcome.errors;
};

describe('firstContactBookingSchema', () => {
  it('accepts a booking and tidies the identity code and the reason', () => {
    const parsed = firstContactBookingSchema.parse({ slotId, client: { personalIdentityCode: ` ${code.toLowerCase()} ` }, reason: '  Väsynyt, tarvitsee kotiapua.\nSoittakaa aamulla.  ' });
    expect(parsed).toEqual({ slotId, client: { personalIdentityCode: code }, reason: 'Väsynyt, tarvitsee kotiapua.\nSoittakaa aamulla.' });
  });

  it('names each wrong field with a stable code', () => {
    const errors = errorsOf({ slotId: 'fc-01', client: { personalIdentityCode: '170590-923X' }, reason: 'x'.repeat(501) });
    expect(errors).toEqual([
      { path: ['slotId'], code: 'invalid-format' },
      { path: ['client', 'personalIdentityCode'], code: 'invalid-format' },
      { path: ['reason'], code: 'too-long', maximum: 500 },
    ]);
    const blank = errorsOf({ slotId: ' ', client: { personalIdentityCode: '' }, reason: ' ' });
    expect(blank.map((e) => e.code)).toEqual(['required', 'required', 'required']);
  });
});

describe('slotProblem', () => {
  const now = new Date('2026-11-23T06:00:00Z');
  const free: SlotState = { bookable: true, clientId: null, typeCode: 'first-contact', startsAt: new Date('2026-11-23T07:00:00Z'), inTargetService: true };

  it('finds a free first-contact time in a target service bookable', () => {
    expect(slotProblem(free, now)).toBeNull();
  });

  it('says a time with a client is taken', () => {
    expect(slotProblem({ ...free, clientId: 'someone' }, now)).toBe('SLOT_TAKEN');
  });

  it('refuses times that are not free first contacts of a target service, or have begun', () => {
    expect(slotProblem({ ...free, bookable: false }, now)).toBe('SLOT_UNAVAILABLE');
    expect(slotProblem({ ...free, typeCode: 'client-visit' }, now)).toBe('SLOT_UNAVAILABLE');
    expect(slotProblem({ ...free, inTargetService: false }, now)).toBe('SLOT_UNAVAILABLE');
    expect(slotProblem(free, free.startsAt)).toBe('SLOT_UNAVAILABLE');
  });
});

describe('mayCancelAppointment', () => {
  const startsAt = new Date('2026-11-25T08:00:00Z');
  it('lets the resident cancel a booked time until it begins', () => {
    expect(mayCancelAppointment({ bookable: true, startsAt }, new Date('2026-11-25T07:59:00Z'))).toBe(true);
    expect(mayCancelAppointment({ bookable: true, startsAt }, startsAt)).toBe(false);
  });
  it('leaves times a professional arranged directly to the professional', () => {
    expect(mayCancelAppointment({ bookable: false, startsAt }, new Date('2026-11-20T07:00:00Z'))).toBe(false);
  });
});
