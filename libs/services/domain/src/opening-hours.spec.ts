import { describe, expect, it } from 'vitest';
import { isOpenAt, type OpeningHoursPeriod } from './opening-hours';

const weekly = (intervals: OpeningHoursPeriod['intervals'], extra: Partial<OpeningHoursPeriod> = {}): OpeningHoursPeriod => ({
  kind: 'regular', closed: false, alwaysOpen: false, intervals, additionalInformation: {}, ...extra,
});
const office: OpeningHoursPeriod[] = [
  weekly([{ dayFrom: 1, dayTo: 4, from: '08:00', to: '16:00' }, { dayFrom: 5, from: '08:00', to: '14:00' }]),
  weekly([{ dayFrom: 1, dayTo: 5, from: '09:00', to: '15:00' }], { validFrom: '2026-06-22', validTo: '2026-08-02' }),
  { kind: 'exceptional', validFrom: '2026-12-24', validTo: '2026-12-26', closed: true, alwaysOpen: false, intervals: [], additionalInformation: { fi: 'Joulu' } },
];
const at = (iso: string) => new Date(iso);

describe('open now, in Helsinki time', () => {
  it('follows the weekly hours by the local clock in winter and in summer', () => {
    // Monday 2 Nov 2026 (UTC+2): 07:59 closed, 08:00 open, 15:59 open, 16:00 closed.
    expect(isOpenAt(office, at('2026-11-02T05:59:00Z'))).toBe(false);
    expect(isOpenAt(office, at('2026-11-02T06:00:00Z'))).toBe(true);
    expect(isOpenAt(office, at('2026-11-02T13:59:00Z'))).toBe(true);
    expect(isOpenAt(office, at('2026-11-02T14:00:00Z'))).toBe(false);
    // Monday 4 May 2026 (UTC+3): 08:00 local is 05:00 UTC.
    expect(isOpenAt(office, at('2026-05-04T05:00:00Z'))).toBe(true);
    expect(isOpenAt(office, at('2026-05-04T04:59:00Z'))).toBe(false);
    // Friday closes at 14.
    expect(isOpenAt(office, at('2026-11-06T12:30:00Z'))).toBe(false);
    // Saturday: no hours, closed.
    expect(isOpenAt(office, at('2026-11-07T10:00:00Z'))).toBe(false);
  });

  it('moves with the clocks on the DST weekends', () => {
    // Clocks go forward on Sunday 29 March 2026: on Monday 30 March 05:30 UTC is 08:30 local.
    expect(isOpenAt(office, at('2026-03-30T05:30:00Z'))).toBe(true);
    // The Monday before, 05:30 UTC was 07:30 local: still closed.
    expect(isOpenAt(office, at('2026-03-23T05:30:00Z'))).toBe(false);
    // Clocks go back on Sunday 25 October 2026: on Monday 26 October 05:30 UTC is 07:30 local.
    expect(isOpenAt(office, at('2026-10-26T05:30:00Z'))).toBe(false);
    expect(isOpenAt(office, at('2026-10-19T05:30:00Z'))).toBe(true);
  });

  it('uses summer hours while they apply and holiday closures over the weekly hours', () => {
    // Monday 6 July 2026 08:30 local: the summer hours start at 9.
    expect(isOpenAt(office, at('2026-07-06T05:30:00Z'))).toBe(false);
    expect(isOpenAt(office, at('2026-07-06T06:30:00Z'))).toBe(true);
    // Thursday 24 December 2026, 10:00 local: closed for Christmas.
    expect(isOpenAt(office, at('2026-12-24T08:00:00Z'))).toBe(false);
    expect(isOpenAt(office, at('2026-12-28T08:00:00Z'))).toBe(true);
  });

  it('counts hours over midnight into the next day', () => {
    const nightCafe = [{ kind: 'over-midnight' as const, closed: false, alwaysOpen: false, intervals: [{ dayFrom: 5 as const, dayTo: 6 as const, from: '18:00', to: '01:00' }], additionalInformation: {} }];
    // Friday 6 Nov 2026 23:30 local and Saturday 00:30 local are open; Saturday 01:00 is not.
    expect(isOpenAt(nightCafe, at('2026-11-06T21:30:00Z'))).toBe(true);
    expect(isOpenAt(nightCafe, at('2026-11-06T22:30:00Z'))).toBe(true);
    expect(isOpenAt(nightCafe, at('2026-11-06T23:00:00Z'))).toBe(false);
    expect(isOpenAt(nightCafe, at('2026-11-05T21:30:00Z'))).toBe(false);
  });

  it('is open round the clock when PTV says so, and unknown without any hours', () => {
    expect(isOpenAt([weekly([], { alwaysOpen: true })], at('2026-11-08T01:00:00Z'))).toBe(true);
    expect(isOpenAt([], at('2026-11-08T01:00:00Z'))).toBeUndefined();
  });

  it('treats an exceptional day with its own hours as those hours only', () => {
    const eve = [...office, { kind: 'exceptional' as const, validFrom: '2026-12-31', closed: false, alwaysOpen: false, intervals: [{ from: '08:00', to: '12:00' }], additionalInformation: {} }];
    expect(isOpenAt(eve, at('2026-12-31T07:00:00Z'))).toBe(true);
    expect(isOpenAt(eve, at('2026-12-31T11:00:00Z'))).toBe(false);
  });
});
