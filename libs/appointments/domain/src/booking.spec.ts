import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import { makePersonalIdentityCode } from '@luotsi/identity-domain';
import {
  firstContactBookingSchema, mayCancelAppointment, mayMoveAppointment, moveProblem, normalizePhone, slotProblem, type MovableState, type SlotState,
} from './booking';

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

describe('firstContactBookingSchema with name and contact details', () => {
  const contact = { firstName: ' Maija ', lastName: 'Meikäläinen', birthDate: '1988-03-04', municipalityCode: '049', phone: '040 123 4567', email: '', language: 'sv' };

  it('accepts a client without a code, tidying blanks into nothing', () => {
    const parsed = firstContactBookingSchema.parse({ slotId, client: { contact }, reason: 'Soittaa' });
    expect(parsed.client).toEqual({ contact: { ...contact, firstName: 'Maija', email: null } });
  });

  it('needs a phone or an e-mail so that the confirmation reaches the client', () => {
    expect(errorsOf({ slotId, client: { contact: { ...contact, phone: ' ', email: null } }, reason: 'x' })).toEqual([
      { path: ['client', 'contact', 'phone'], code: 'required' },
    ]);
  });

  it('names each wrong contact field', () => {
    const errors = errorsOf({
      slotId,
      client: { contact: { firstName: '', lastName: 'x'.repeat(101), birthDate: '1988-02-30', municipalityCode: 'Espoo', phone: 'abc', email: 'maija@', language: 'de' } },
      reason: 'x',
    });
    expect(errors).toEqual([
      { path: ['client', 'contact', 'firstName'], code: 'required' },
      { path: ['client', 'contact', 'lastName'], code: 'too-long', maximum: 100 },
      { path: ['client', 'contact', 'birthDate'], code: 'invalid-format' },
      { path: ['client', 'contact', 'municipalityCode'], code: 'invalid-format' },
      { path: ['client', 'contact', 'phone'], code: 'invalid-format' },
      { path: ['client', 'contact', 'email'], code: 'invalid-format' },
      { path: ['client', 'contact', 'language'], code: 'invalid-choice' },
    ]);
    expect(errorsOf({ slotId, client: { contact: { ...contact, birthDate: '2999-01-01' } }, reason: 'x' })).toEqual([
      { path: ['client', 'contact', 'birthDate'], code: 'out-of-range' },
    ]);
  });

  it('needs exactly one way of identifying the client', () => {
    expect(errorsOf({ slotId, client: {}, reason: 'x' })).toEqual([{ path: ['client', 'personalIdentityCode'], code: 'required' }]);
    expect(errorsOf({ slotId, client: { personalIdentityCode: code, contact }, reason: 'x' })).toEqual([{ path: ['client'], code: 'invalid' }]);
  });

  it('reads Finnish phone numbers written either way as the same number', () => {
    expect(normalizePhone('040 123 4567')).toBe('+358401234567');
    expect(normalizePhone('+358 (40) 123-4567')).toBe('+358401234567');
    expect(normalizePhone('00358401234567')).toBe('+358401234567');
    expect(normalizePhone('12')).toBeNull();
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

describe('moving a time', () => {
  const now = new Date('2026-11-23T06:00:00Z');
  const booked: MovableState & { id: string } = { id: 'a', bookable: true, typeCode: 'first-contact', startsAt: new Date('2026-11-25T08:00:00Z'), unitType: 'family-counselling' };
  const target = { id: 'b', bookable: true, clientId: null, typeCode: 'first-contact', startsAt: new Date('2026-11-26T08:00:00Z'), inTargetService: true, unitType: 'family-counselling' };

  it('lets residents move first contacts in family counselling and youth services, not in home help or disability services', () => {
    expect(mayMoveAppointment(booked, now)).toBe(true);
    expect(mayMoveAppointment({ ...booked, unitType: 'youth-services' }, now)).toBe(true);
    expect(mayMoveAppointment({ ...booked, unitType: 'home-help' }, now)).toBe(false);
    expect(mayMoveAppointment({ ...booked, unitType: 'disability-services' }, now)).toBe(false);
  });

  it('does not move times that have begun, were arranged directly, or are not first contacts', () => {
    expect(mayMoveAppointment(booked, booked.startsAt)).toBe(false);
    expect(mayMoveAppointment({ ...booked, bookable: false }, now)).toBe(false);
    expect(mayMoveAppointment({ ...booked, typeCode: 'home-visit' }, now)).toBe(false);
  });

  it('moves only to a free first-contact time of the same service', () => {
    expect(moveProblem(booked, target, now)).toBeNull();
    expect(moveProblem(booked, { ...target, clientId: 'someone' }, now)).toBe('SLOT_TAKEN');
    expect(moveProblem(booked, { ...target, unitType: 'youth-services' }, now)).toBe('SLOT_UNAVAILABLE');
    expect(moveProblem(booked, { ...target, id: 'a' }, now)).toBe('SLOT_UNAVAILABLE');
    expect(moveProblem(booked, { ...target, startsAt: now }, now)).toBe('SLOT_UNAVAILABLE');
    expect(moveProblem({ ...booked, unitType: 'home-help' }, { ...target, unitType: 'home-help' }, now)).toBe('NOT_MOVABLE');
  });
});
