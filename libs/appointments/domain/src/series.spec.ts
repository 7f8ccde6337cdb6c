import { describe, expect, it } from 'vitest';
import { helsinkiToUtc } from '@luotsi/calendar';
import { exdateOf, materialisationHorizon, occurrenceFields, planOccurrences, retimedSeries, seriesContinuesAfter, type SeriesDefinition } from './series';

const weekly = (over: Partial<SeriesDefinition> = {}): SeriesDefinition => ({
  rule: 'FREQ=WEEKLY;BYDAY=MO',
  firstStartLocal: '2026-03-16T08:30',
  durationMinutes: 30,
  exdates: [],
  bookable: false,
  ...over,
});
const window = (from: string, to: string) => ({ from: helsinkiToUtc(from, '00:00'), to: helsinkiToUtc(to, '00:00') });

describe('planOccurrences', () => {
  it('keeps a weekly Monday 08:30 meeting at 08:30 local across the spring DST change', () => {
    const { occurrences } = planOccurrences(weekly(), window('2026-03-16', '2026-04-07'));
    expect(occurrences.map((o) => [o.date, o.time, o.start.toISOString()])).toEqual([
      ['2026-03-16', '08:30', '2026-03-16T06:30:00.000Z'],
      ['2026-03-23', '08:30', '2026-03-23T06:30:00.000Z'],
      // Clocks go forward on Sunday 29 March: the same wall-clock time is an hour earlier in UTC.
      ['2026-03-30', '08:30', '2026-03-30T05:30:00.000Z'],
      ['2026-04-06', '08:30', '2026-04-06T05:30:00.000Z'],
    ]);
  });

  it('keeps a daily time right across the autumn change, including the Sunday itself', () => {
    const series = weekly({ rule: 'FREQ=DAILY', firstStartLocal: '2026-10-24T10:00', durationMinutes: 60 });
    const { occurrences } = planOccurrences(series, window('2026-10-24', '2026-10-27'));
    expect(occurrences.map((o) => [o.time, o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['10:00', '2026-10-24T07:00:00.000Z', '2026-10-24T08:00:00.000Z'],
      ['10:00', '2026-10-25T08:00:00.000Z', '2026-10-25T09:00:00.000Z'],
      ['10:00', '2026-10-26T08:00:00.000Z', '2026-10-26T09:00:00.000Z'],
    ]);
  });

  it('skips bookable occurrences on public holidays and says which, but keeps other entries on them', () => {
    // Easter Monday 6.4.2026 and May Day (Friday) — weekly Monday and Friday times.
    const bookable = weekly({ rule: 'FREQ=WEEKLY;BYDAY=MO,FR', firstStartLocal: '2026-03-30T09:00', bookable: true });
    const planned = planOccurrences(bookable, window('2026-03-30', '2026-05-05'));
    expect(planned.skippedHolidays).toEqual(['2026-04-03', '2026-04-06', '2026-05-01']);
    expect(planned.occurrences.map((o) => o.date)).not.toContain('2026-04-06');
    const meeting = planOccurrences({ ...bookable, bookable: false }, window('2026-03-30', '2026-05-05'));
    expect(meeting.skippedHolidays).toEqual([]);
    expect(meeting.occurrences.map((o) => o.date)).toContain('2026-04-06');
  });

  it('leaves out removed occurrences by their date, even after the series’ time changed', () => {
    const series = weekly({ firstStartLocal: '2026-11-23T09:00', exdates: ['2026-11-30'] });
    const { occurrences } = planOccurrences(series, window('2026-11-23', '2026-12-08'));
    expect(occurrences.map((o) => o.date)).toEqual(['2026-11-23', '2026-12-07']);
  });

  it('returns only occurrences starting in the window, so extending never duplicates', () => {
    const first = planOccurrences(weekly(), window('2026-03-16', '2026-03-24'));
    const next = planOccurrences(weekly(), window('2026-03-24', '2026-04-01'));
    expect([...first.occurrences, ...next.occurrences].map((o) => o.date)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
  });
});

describe('series horizon and end', () => {
  it('materialises up to the same Helsinki date a year ahead', () => {
    expect(materialisationHorizon(new Date('2026-11-23T06:00:00Z')).toISOString()).toBe('2027-11-22T22:00:00.000Z');
  });

  it('knows when a COUNT or UNTIL rule has ended and an open rule has not', () => {
    const after = helsinkiToUtc('2026-04-01', '00:00');
    expect(seriesContinuesAfter(weekly({ rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2' }), after)).toBe(false);
    expect(seriesContinuesAfter(weekly({ rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4' }), helsinkiToUtc('2026-03-30', '00:00'))).toBe(true);
    expect(seriesContinuesAfter(weekly({ rule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330' }), after)).toBe(false);
    expect(seriesContinuesAfter(weekly(), after)).toBe(true);
  });

  it('re-times a whole series from a moved occurrence', () => {
    const moved = retimedSeries(weekly(), helsinkiToUtc('2026-03-30', '08:30'), { date: '2026-03-31', startTime: '09:15', durationMinutes: 45 });
    expect(moved).toEqual({ firstStartLocal: '2026-03-17T09:15', durationMinutes: 45 });
    expect(exdateOf(helsinkiToUtc('2026-03-30', '00:30'))).toBe('2026-03-30');
  });
});

describe('occurrenceFields', () => {
  const series = { staffId: 's', unitId: 'u', typeCode: 'first-contact', title: null, bookable: true, clientId: null, contactMode: 'remote' };

  it('gives every occurrence of a bookable first-contact series the series’ contact mode', () => {
    expect(occurrenceFields(series)).toEqual({ ...series, bookingChannel: null });
  });

  it('marks the times of a client series as arranged by the professional', () => {
    expect(occurrenceFields({ ...series, typeCode: 'client-visit', bookable: false, contactMode: null, clientId: 'c' })).toMatchObject({
      clientId: 'c', contactMode: null, bookingChannel: 'professional',
    });
  });
});
