import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import { deadlineState, guidanceUnit, helpRequestDeadline, helpRequestSchema } from './help-request';
import { formatReplyCode, newReplyCode, normalizeReplyCode, replyCodeAlphabet } from './reply-code';
import { medianHours, suppressSmallCounts } from './statistics';

const key = '0b5f7a3e-2f4c-4d7e-9a41-7d2b6c1e9f10';
const base = { topics: ['sleep'], message: 'Vauva heräilee joka tunti.', contactMethod: 'anonymous', municipalityCode: '049', idempotencyKey: key, replyCode: 'k7qm-4xrt-9hcd' };

describe('the "ask for help" form', () => {
  it('accepts an anonymous request and keeps no phone or e-mail typed for another method', () => {
    const result = validateInput(helpRequestSchema, { ...base, phone: '040 123 4567', email: 'a@b.fi' });
    expect(result.ok && result.value).toMatchObject({ contactMethod: 'anonymous', phone: null, email: null, topics: ['sleep'], replyCode: 'K7QM4XRT9HCD' });
  });

  it('asks for the phone number or e-mail address of the method chosen, in a valid form', () => {
    const codes = (values: object) => {
      const r = validateInput(helpRequestSchema, { ...base, ...values });
      return r.ok ? [] : r.errors.map((e) => `${e.path.join('.')}:${e.code}`);
    };
    expect(codes({ contactMethod: 'phone' })).toEqual(['phone:required']);
    expect(codes({ contactMethod: 'phone', phone: 'soita' })).toEqual(['phone:invalid-format']);
    expect(codes({ contactMethod: 'phone', phone: '+358 40 123 4567' })).toEqual([]);
    expect(codes({ contactMethod: 'email', email: 'ei-osoite' })).toEqual(['email:invalid-format']);
    expect(codes({ contactMethod: 'email', email: 'maija@example.fi' })).toEqual([]);
    expect(codes({ replyCode: 'ABC' })).toEqual(['replyCode:invalid-format']);
  });

  it('needs at least one topic and a message, and refuses unknown topics', () => {
    const r = validateInput(helpRequestSchema, { ...base, topics: [], message: '  ' });
    expect(r.ok ? [] : r.errors.map((e) => `${e.path.join('.')}:${e.code}`)).toEqual(['topics:required', 'message:required']);
    const unknown = validateInput(helpRequestSchema, { ...base, topics: ['weather'] });
    expect(unknown.ok).toBe(false);
  });
});

describe('the answer deadline', () => {
  it('is 3 working days at 16:00 Helsinki time', () => {
    // Monday 23.11.2026 10:00 → Thursday 26.11. 16:00 (14:00 UTC)
    expect(helpRequestDeadline(new Date('2026-11-23T08:00:00Z')).toISOString()).toBe('2026-11-26T14:00:00.000Z');
  });

  it('skips Finnish holidays: a request on the evening before Christmas Eve is due after Boxing Day', () => {
    // Wed 23.12.2026 20:00; Christmas Eve, Christmas Day, Boxing Day and Sunday are not working
    // days, so the three are Mon 28., Tue 29. and Wed 30.12. (without holidays: Mon 28.12.).
    expect(helpRequestDeadline(new Date('2026-12-23T18:00:00Z')).toISOString()).toBe('2026-12-30T14:00:00.000Z');
  });

  it('says whether an open request is overdue, due today or upcoming', () => {
    const dueAt = new Date('2026-11-26T14:00:00Z');
    expect(deadlineState({ dueAt, status: 'new' }, new Date('2026-11-25T10:00:00Z'))).toBe('upcoming');
    expect(deadlineState({ dueAt, status: 'new' }, new Date('2026-11-26T06:00:00Z'))).toBe('due-today');
    expect(deadlineState({ dueAt, status: 'new' }, new Date('2026-11-26T14:00:01Z'))).toBe('overdue');
    expect(deadlineState({ dueAt, status: 'answered' }, new Date('2026-12-26T14:00:01Z'))).toBe('done');
  });
});

describe('routing', () => {
  it('sends requests to the area’s family counselling, else its family services', () => {
    const units = [{ code: 'PERHE-ESP', type: 'family-services' }, { code: 'PNE-ESP', type: 'family-counselling' }, { code: 'ESP-TK', type: 'health-centre' }];
    expect(guidanceUnit(units)?.code).toBe('PNE-ESP');
    expect(guidanceUnit(units.filter((u) => u.code !== 'PNE-ESP'))?.code).toBe('PERHE-ESP');
    expect(guidanceUnit([{ code: 'ESP-TK', type: 'health-centre' }])).toBeUndefined();
  });
});

describe('reply codes', () => {
  it('are 12 characters of an unambiguous alphabet in groups of four', () => {
    const code = newReplyCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect([...code.replace(/-/g, '')].every((c) => replyCodeAlphabet.includes(c))).toBe(true);
    expect(code).not.toMatch(/[OIL01]/);
  });

  it('are read back in any case and spacing, and anything else is refused', () => {
    expect(normalizeReplyCode(' k7qm 4xrt-9hcd ')).toBe('K7QM4XRT9HCD');
    expect(formatReplyCode('K7QM4XRT9HCD')).toBe('K7QM-4XRT-9HCD');
    expect(normalizeReplyCode('K7QM-4XRT-9HC0')).toBeNull();
    expect(normalizeReplyCode('K7QM')).toBeNull();
  });
});

describe('statistics', () => {
  it('hide counts under 5, and the total when it would reveal a hidden count', () => {
    expect(suppressSmallCounts([{ key: 'sleep', count: 7 }, { key: 'money', count: 2 }, { key: 'school', count: 0 }])).toEqual({
      rows: [{ key: 'sleep', count: 7, suppressed: false }, { key: 'money', count: null, suppressed: true }],
      total: null,
    });
    expect(suppressSmallCounts([{ key: 'sleep', count: 7 }, { key: 'money', count: 2 }, { key: 'school', count: 3 }]).total).toBe(12);
    expect(suppressSmallCounts([{ key: 'sleep', count: 3 }]).total).toBeNull();
  });

  it('give the median handling time in hours', () => {
    expect(medianHours([])).toBeNull();
    expect(medianHours([3_600_000, 7_200_000, 36_000_000])).toBe(2);
  });
});

describe('family services', () => {
  it('are searched for families with children, and for young people too when the child is a teenager', async () => {
    const { familyServiceTargetGroups } = await import('./family-services');
    expect(familyServiceTargetGroups('0-6')).toEqual(['KR1.2']);
    expect(familyServiceTargetGroups(null)).toEqual(['KR1.2']);
    expect(familyServiceTargetGroups('13-17')).toEqual(['KR1.2', 'KR1.3']);
  });
});
