import { describe, expect, it } from 'vitest';
import {
  expandRecurrence,
  parseRecurrenceRule,
  UnsupportedRecurrenceError,
  type RecurrenceInput,
} from './rrule';

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const labels = (input: RecurrenceInput) =>
  expandRecurrence(input).map((o) => `${o.date} ${o.time}`);
const isoStarts = (input: RecurrenceInput) =>
  expandRecurrence(input).map((o) => o.start.toISOString());

describe('parseRecurrenceRule', () => {
  it('reads the supported parts', () => {
    expect(
      parseRecurrenceRule('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10;WKST=MO'),
    ).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      count: 10,
      byDay: [{ weekday: 1 }, { weekday: 3 }],
    });
    expect(parseRecurrenceRule('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T220000Z')).toEqual({
      freq: 'MONTHLY',
      interval: 1,
      byDay: [{ weekday: 5, ordinal: -1 }],
      until: { instant: new Date('2026-12-31T22:00:00Z') },
    });
    expect(parseRecurrenceRule('freq=daily;until=20260410').until).toEqual({ date: '2026-04-10' });
  });

  it.each([
    ['FREQ=YEARLY', /FREQ=YEARLY is not supported/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY is not supported/],
    ['FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO', /BYSETPOS is not supported/],
    ['FREQ=WEEKLY;BYDAY=1MO', /needs FREQ=MONTHLY/],
    ['FREQ=WEEKLY;BYDAY=XX', /not a weekday/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20260101', /COUNT and UNTIL/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be a positive/],
    ['FREQ=DAILY;UNTIL=20260101T120000', /must be in UTC/],
    ['FREQ=DAILY;WKST=SU', /WKST=SU is not supported/],
    ['INTERVAL=2', /FREQ is required/],
    ['FREQ=DAILY;FREQ=WEEKLY', /given twice/],
    ['', /Empty/],
  ])('refuses %s', (rule, message) => {
    expect(() => parseRecurrenceRule(rule)).toThrow(UnsupportedRecurrenceError);
    expect(() => parseRecurrenceRule(rule)).toThrow(message);
  });
});

describe('expandRecurrence', () => {
  it('keeps a weekly 09:00 meeting at 09:00 local across the spring and autumn DST changes', () => {
    const spring = {
      start: { date: '2026-03-16', time: '09:00' },
      durationMinutes: 60,
      rule: 'FREQ=WEEKLY',
      window: window('2026-03-01T00:00:00Z', '2026-04-10T00:00:00Z'),
    };
    expect(isoStarts(spring)).toEqual([
      '2026-03-16T07:00:00.000Z',
      '2026-03-23T07:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
      '2026-04-06T06:00:00.000Z',
    ]);
    expect(labels(spring).every((l) => l.endsWith(' 09:00'))).toBe(true);

    const autumn = {
      ...spring,
      start: { date: '2027-10-25', time: '09:00' },
      window: window('2027-10-01T00:00:00Z', '2027-11-09T00:00:00Z'),
    };
    expect(isoStarts(autumn)).toEqual([
      '2027-10-25T06:00:00.000Z',
      '2027-11-01T07:00:00.000Z',
      '2027-11-08T07:00:00.000Z',
    ]);
  });

  it('expands WEEKLY with BYDAY and INTERVAL in Monday-based weeks', () => {
    const input = {
      start: { date: '2026-11-04', time: '13:00' },
      durationMinutes: 30,
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=5',
      window: window('2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    };
    // DTSTART (Wed) first; Monday 2.11 is before it, so not an occurrence.
    expect(labels(input)).toEqual([
      '2026-11-04 13:00',
      '2026-11-06 13:00',
      '2026-11-16 13:00',
      '2026-11-18 13:00',
      '2026-11-20 13:00',
    ]);
  });

  it('expands DAILY with BYDAY as a weekday filter, until a local date inclusive', () => {
    const input = {
      start: { date: '2026-11-19', time: '08:30' },
      durationMinutes: 15,
      rule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261124',
      window: window('2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z'),
    };
    expect(labels(input)).toEqual([
      '2026-11-19 08:30',
      '2026-11-20 08:30',
      '2026-11-23 08:30',
      '2026-11-24 08:30',
    ]);
  });

  it('stops at a UTC UNTIL instant', () => {
    const input = {
      start: { date: '2026-03-27', time: '09:00' },
      durationMinutes: 15,
      rule: 'FREQ=DAILY;UNTIL=20260330T060000Z',
      window: window('2026-03-01T00:00:00Z', '2026-04-30T00:00:00Z'),
    };
    expect(labels(input)).toEqual([
      '2026-03-27 09:00',
      '2026-03-28 09:00',
      '2026-03-29 09:00',
      '2026-03-30 09:00',
    ]);
  });

  it('expands MONTHLY on the day of the month, skipping months without it', () => {
    const input = {
      start: { date: '2027-01-31', time: '10:00' },
      durationMinutes: 60,
      rule: 'FREQ=MONTHLY;COUNT=4',
      window: window('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'),
    };
    expect(labels(input)).toEqual([
      '2027-01-31 10:00',
      '2027-03-31 10:00',
      '2027-05-31 10:00',
      '2027-07-31 10:00',
    ]);
  });

  it('expands MONTHLY with ordinal weekdays (first Monday, last Friday)', () => {
    const input = {
      start: { date: '2026-11-02', time: '14:00' },
      durationMinutes: 60,
      rule: 'FREQ=MONTHLY;BYDAY=1MO,-1FR;COUNT=4',
      window: window('2026-11-01T00:00:00Z', '2027-03-01T00:00:00Z'),
    };
    expect(labels(input)).toEqual([
      '2026-11-02 14:00',
      '2026-11-27 14:00',
      '2026-12-07 14:00',
      '2026-12-25 14:00',
    ]);
  });

  it('removes EXDATEs after counting them', () => {
    const input = {
      start: { date: '2026-11-02', time: '09:00' },
      durationMinutes: 60,
      rule: 'FREQ=WEEKLY;COUNT=4',
      exdates: ['2026-11-09', '2026-11-16T09:00', new Date('2026-11-23T07:00:00Z')],
      window: window('2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    };
    expect(labels(input)).toEqual(['2026-11-02 09:00']);
  });

  it('returns only occurrences that overlap the window, and ends open rules at the window', () => {
    const input = {
      start: { date: '2020-01-06', time: '09:00' },
      durationMinutes: 120,
      rule: 'FREQ=DAILY',
      window: window('2026-11-20T08:00:00Z', '2026-11-22T07:00:00Z'),
    };
    // 20.11 09:00–11:00 local is 07:00–09:00Z: overlaps the window start. 22.11 09:00 starts at its end.
    expect(labels(input)).toEqual(['2026-11-20 09:00', '2026-11-21 09:00']);
  });

  it('ends a rule whose periods never match a day', () => {
    const input = {
      start: { date: '2026-11-02', time: '09:00' },
      durationMinutes: 60,
      rule: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU',
      window: window('2026-11-01T00:00:00Z', '2027-11-01T00:00:00Z'),
    };
    expect(labels(input)).toEqual(['2026-11-02 09:00']);
  });

  it('refuses malformed input', () => {
    const base = {
      start: { date: '2026-11-02', time: '09:00' },
      durationMinutes: 60,
      rule: 'FREQ=DAILY',
      window: window('2026-11-01T00:00:00Z', '2026-11-03T00:00:00Z'),
    };
    expect(() => expandRecurrence({ ...base, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => expandRecurrence({ ...base, exdates: ['2.11.2026'] })).toThrow(RangeError);
    expect(() => expandRecurrence({ ...base, start: { date: '2026-11-02', time: '9' } })).toThrow(
      RangeError,
    );
  });
});
