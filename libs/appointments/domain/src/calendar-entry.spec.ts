import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import {
  calendarEntryInputSchema, calendarRangeSchema, entryEditProblem, entryInstants, freeBusyOf, holidaysBetween, overlapping,
  recurrenceOfRule, recurrenceRule,
} from './calendar-entry';

const unitId = '3f1e4a52-0000-4000-8000-000000000001';
const base = { typeCode: 'team-meeting', unitId, date: '2026-11-23', startTime: '08:30', endTime: '09:00', bookable: false };
const errors = (input: unknown) => {
  const result = validateInput(calendarEntryInputSchema, input);
  return result.ok ? [] : result.errors.map((e) => [e.path.join('.'), e.code]);
};

describe('calendarEntryInputSchema', () => {
  it('accepts an entry and turns blank optional texts into nothing', () => {
    const result = validateInput(calendarEntryInputSchema, { ...base, title: '  ', clientPersonalIdentityCode: '' });
    expect(result.ok && result.value).toMatchObject({ title: null, clientPersonalIdentityCode: null });
  });

  it('refuses an end not after the start, also in the hour DST skips', () => {
    expect(errors({ ...base, endTime: '08:30' })).toEqual([['endTime', 'out-of-range']]);
    // 03:30 does not exist on 29.3.2026; it means 04:30, which is after 03:00 (= 04:00).
    expect(errors({ ...base, date: '2026-03-29', startTime: '03:00', endTime: '03:30' })).toEqual([]);
    expect(entryInstants({ date: '2026-03-29', startTime: '02:30', endTime: '04:30' })).toEqual({
      startsAt: new Date('2026-03-29T00:30:00Z'),
      endsAt: new Date('2026-03-29T01:30:00Z'),
    });
  });

  it('publishes bookable times for first contacts only, and never a single one on a public holiday', () => {
    expect(errors({ ...base, bookable: true })).toEqual([['bookable', 'invalid-choice']]);
    expect(errors({ ...base, typeCode: 'first-contact', bookable: true, contactMode: 'phone', date: '2026-12-24' })).toEqual([['bookable', 'invalid']]);
    // A series on a holiday is accepted: its holiday occurrences are skipped.
    expect(
      errors({ ...base, typeCode: 'first-contact', bookable: true, contactMode: 'visit', date: '2026-12-24', recurrence: { frequency: 'DAILY', interval: 1, count: 3 } }),
    ).toEqual([]);
  });

  it('asks a bookable first contact how it happens, and no other entry', () => {
    const firstContact = { ...base, typeCode: 'first-contact', bookable: true };
    expect(errors(firstContact)).toEqual([['contactMode', 'required']]);
    for (const contactMode of ['phone', 'visit', 'remote']) expect(errors({ ...firstContact, contactMode })).toEqual([]);
    expect(errors({ ...firstContact, contactMode: 'letter' })).toEqual([['contactMode', 'invalid-choice']]);
    // A mode describes a time advice books: not a team meeting, nor a first contact that is not bookable.
    expect(errors({ ...base, contactMode: 'phone' })).toEqual([['contactMode', 'invalid-choice']]);
    expect(errors({ ...firstContact, bookable: false, contactMode: 'remote' })).toEqual([['contactMode', 'invalid-choice']]);
    expect(errors({ ...base, contactMode: null })).toEqual([]);
  });

  it('checks the client’s identity code, the date and the repetition', () => {
    expect(errors({ ...base, clientPersonalIdentityCode: '010101-0000', date: '2026-02-30' })).toEqual([
      ['date', 'invalid-format'],
      ['clientPersonalIdentityCode', 'invalid-format'],
    ]);
    expect(errors({ ...base, date: '1800-01-01' })).toEqual([['date', 'out-of-range']]);
    expect(errors({ ...base, recurrence: { frequency: 'WEEKLY', interval: 1, count: 2, until: '2026-12-01' } })).toEqual([['recurrence.until', 'invalid']]);
    expect(errors({ ...base, recurrence: { frequency: 'WEEKLY', interval: 1, until: '2026-11-01' } })).toEqual([['recurrence.until', 'out-of-range']]);
  });
});

describe('recurrence rules', () => {
  it('writes and reads back the rules the form offers', () => {
    const every2Weeks = { frequency: 'WEEKLY' as const, interval: 2, weekdays: [3, 1], count: null, until: '2027-01-31' };
    expect(recurrenceRule(every2Weeks)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270131');
    expect(recurrenceOfRule(recurrenceRule(every2Weeks))).toEqual({ ...every2Weeks, weekdays: [1, 3] });
    expect(recurrenceRule({ frequency: 'MONTHLY', interval: 1, count: 6 })).toBe('FREQ=MONTHLY;COUNT=6');
  });
});

describe('what colleagues see', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 23, h));
  it('shows only busy, away or free-bookable: never the type of client work or the client', () => {
    const visit = { id: 'a', startsAt: at(8), endsAt: at(9), typeCode: 'home-visit', bookable: false, clientId: 'tessa', title: 'x', reason: 'y' };
    expect(freeBusyOf(visit)).toEqual({ startsAt: at(8), endsAt: at(9), kind: 'busy' });
    expect(freeBusyOf({ ...visit, typeCode: 'absence', clientId: null }).kind).toBe('absence');
    expect(freeBusyOf({ ...visit, typeCode: 'first-contact', bookable: true, clientId: null }).kind).toBe('free-bookable');
    expect(freeBusyOf({ ...visit, typeCode: 'first-contact', bookable: true }).kind).toBe('busy');
  });

  it('finds overlaps, where touching ends do not count', () => {
    const entries = [
      { id: 'a', startsAt: at(8), endsAt: at(9) },
      { id: 'b', startsAt: at(9), endsAt: at(10) },
    ];
    expect(overlapping({ startsAt: at(9), endsAt: at(11) }, entries).map((e) => e.id)).toEqual(['b']);
    expect(overlapping({ id: 'b', startsAt: at(9), endsAt: at(10) }, entries)).toEqual([]);
  });

  it('refuses moving or deleting a client’s time, but not retitling it', () => {
    const entry = { clientId: 'tessa', startsAt: at(8), endsAt: at(9) };
    expect(entryEditProblem(entry, { kind: 'delete' })).toBe('CLIENT_ENTRY');
    expect(entryEditProblem(entry, { kind: 'update', startsAt: at(9), endsAt: at(10), clientId: 'tessa' })).toBe('CLIENT_ENTRY');
    expect(entryEditProblem(entry, { kind: 'update', startsAt: at(8), endsAt: at(9), clientId: 'tessa' })).toBeNull();
    expect(entryEditProblem({ ...entry, clientId: null }, { kind: 'delete' })).toBeNull();
  });
});

describe('ranges and holidays', () => {
  it('allows up to 62 days and lists the holidays of the range', () => {
    expect(validateInput(calendarRangeSchema, { from: '2026-11-30', to: '2026-12-07' }).ok).toBe(true);
    expect(validateInput(calendarRangeSchema, { from: '2026-11-30', to: '2027-02-28' }).ok).toBe(false);
    expect(holidaysBetween('2026-12-01', '2027-01-07').map((h) => h.date)).toEqual([
      '2026-12-06', '2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01', '2027-01-06',
    ]);
  });
});
