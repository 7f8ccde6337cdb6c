import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from './dates';
import { helsinkiToUtc } from './helsinki';
import { isWorkingDay } from './holidays';
import { freeSlots, type AvailabilityWindow, type Slot } from './slots';

const monToThu = (start: string, end: string): AvailabilityWindow[] =>
  ([1, 2, 3, 4] as const).map((weekday) => ({ weekday, start, end }));
const label = (s: Slot) => `${s.date} ${s.startTime}–${s.endTime}`;
const at = (date: string, time: string) => helsinkiToUtc(date, time);

describe('freeSlots', () => {
  it('fills a window with back-to-back slots that never cross its end', () => {
    const slots = freeSlots({
      availability: monToThu('09:00', '11:00'),
      slotMinutes: 45,
      busy: [],
      from: '2026-11-23',
      to: '2026-11-23',
    });
    expect(slots.map(label)).toEqual(['2026-11-23 09:00–09:45', '2026-11-23 09:45–10:30']);
    expect(slots[0]!.start.toISOString()).toBe('2026-11-23T07:00:00.000Z');
  });

  it('steps by stepMinutes when given', () => {
    const slots = freeSlots({
      availability: monToThu('09:00', '10:00'),
      slotMinutes: 30,
      stepMinutes: 15,
      busy: [],
      from: '2026-11-23',
      to: '2026-11-23',
    });
    expect(slots.map((s) => s.startTime)).toEqual(['09:00', '09:15', '09:30']);
  });

  it('leaves out slots that overlap busy time, touching ends allowed', () => {
    const busy = [{ start: at('2026-11-23', '10:00'), end: at('2026-11-23', '11:15') }];
    const slots = freeSlots({
      availability: monToThu('09:00', '13:00'),
      slotMinutes: 60,
      busy,
      from: '2026-11-23',
      to: '2026-11-23',
    });
    expect(slots.map((s) => s.startTime)).toEqual(['09:00', '12:00']);
  });

  it('offers no slots on Easter Monday, Midsummer Eve or Christmas Eve', () => {
    const weekdays = ([1, 2, 3, 4, 5] as const).map((weekday) => ({
      weekday,
      start: '09:00',
      end: '10:00',
    }));
    const dates = (from: string, to: string) => [
      ...new Set(
        freeSlots({ availability: weekdays, slotMinutes: 60, busy: [], from, to }).map(
          (s) => s.date,
        ),
      ),
    ];
    expect(dates('2026-04-02', '2026-04-08')).toEqual(['2026-04-02', '2026-04-07', '2026-04-08']);
    expect(dates('2026-06-18', '2026-06-22')).toEqual(['2026-06-18', '2026-06-22']);
    expect(dates('2026-12-23', '2026-12-28')).toEqual(['2026-12-23', '2026-12-28']);
    expect(dates('2027-03-25', '2027-03-30')).toEqual(['2027-03-25', '2027-03-30']); // Easter 2027 = DST Sunday
  });

  it('keeps slots at the same local hours across the spring DST change (UTC moves by an hour)', () => {
    const slots = freeSlots({
      availability: monToThu('09:00', '10:00'),
      slotMinutes: 60,
      busy: [],
      from: '2026-03-26',
      to: '2026-03-30',
    });
    expect(slots.map((s) => [label(s), s.start.toISOString()])).toEqual([
      ['2026-03-26 09:00–10:00', '2026-03-26T07:00:00.000Z'],
      ['2026-03-30 09:00–10:00', '2026-03-30T06:00:00.000Z'],
    ]);
  });

  it('keeps slots at the same local hours across the autumn DST change', () => {
    const slots = freeSlots({
      availability: monToThu('14:00', '15:00'),
      slotMinutes: 60,
      busy: [],
      from: '2027-10-28',
      to: '2027-11-02',
    });
    expect(slots.map((s) => [label(s), s.start.toISOString()])).toEqual([
      ['2027-10-28 14:00–15:00', '2027-10-28T11:00:00.000Z'],
      ['2027-11-01 14:00–15:00', '2027-11-01T12:00:00.000Z'],
      ['2027-11-02 14:00–15:00', '2027-11-02T12:00:00.000Z'],
    ]);
  });

  it('counts real minutes in a night window on the DST Sundays', () => {
    const night: AvailabilityWindow[] = [{ weekday: 7, start: '02:00', end: '05:00' }];
    const spring = freeSlots({
      availability: night,
      slotMinutes: 60,
      busy: [],
      from: '2026-03-29',
      to: '2026-03-29',
    });
    // 02:00–05:00 lasts two hours that night.
    expect(spring.map(label)).toEqual(['2026-03-29 02:00–04:00', '2026-03-29 04:00–05:00']);
    const autumn = freeSlots({
      availability: night,
      slotMinutes: 60,
      busy: [],
      from: '2026-10-25',
      to: '2026-10-25',
    });
    // …and four hours in autumn, 03:00 twice.
    expect(autumn.map(label)).toEqual([
      '2026-10-25 02:00–03:00',
      '2026-10-25 03:00–03:00',
      '2026-10-25 03:00–04:00',
      '2026-10-25 04:00–05:00',
    ]);
    expect(autumn.every((s) => s.end.getTime() - s.start.getTime() === 3_600_000)).toBe(true);
  });

  it('offers nothing before notBefore', () => {
    const slots = freeSlots({
      availability: monToThu('09:00', '12:00'),
      slotMinutes: 60,
      busy: [],
      from: '2026-11-23',
      to: '2026-11-23',
      notBefore: at('2026-11-23', '09:30'),
    });
    expect(slots.map((s) => s.startTime)).toEqual(['10:00', '11:00']);
  });

  it('merges overlapping windows without duplicate slots', () => {
    const availability: AvailabilityWindow[] = [
      { weekday: 1, start: '09:00', end: '11:00' },
      { weekday: 1, start: '09:00', end: '10:00' },
    ];
    expect(
      freeSlots({
        availability,
        slotMinutes: 60,
        busy: [],
        from: '2026-11-23',
        to: '2026-11-23',
      }).map((s) => s.startTime),
    ).toEqual(['09:00', '10:00']);
  });

  it('refuses nonsense queries', () => {
    const base = {
      availability: monToThu('09:00', '10:00'),
      slotMinutes: 30,
      busy: [],
      from: '2026-11-23',
      to: '2026-11-23',
    };
    expect(() => freeSlots({ ...base, slotMinutes: 0 })).toThrow(RangeError);
    expect(() => freeSlots({ ...base, stepMinutes: 2.5 })).toThrow(RangeError);
    expect(() =>
      freeSlots({ ...base, availability: [{ weekday: 1, start: '10:00', end: '09:00' }] }),
    ).toThrow(RangeError);
    expect(() => freeSlots({ ...base, to: '2028-11-23' })).toThrow(RangeError);
  });

  it('only ever offers free working-day time inside a window (property)', () => {
    const availability: AvailabilityWindow[] = [
      ...monToThu('09:00', '15:00'),
      { weekday: 5, start: '08:00', end: '12:30' },
    ];
    const windowOf = (s: Slot) =>
      availability.find(
        (w) => w.weekday === isoWeekday(s.date) && w.start <= s.startTime && s.endTime <= w.end,
      );
    const arbitraryBusy = fc.record({
      day: fc.integer({ min: 0, max: 13 }),
      minute: fc.integer({ min: 7 * 60, max: 16 * 60 }),
      length: fc.integer({ min: 5, max: 240 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 720 }),
        fc.constantFrom(15, 20, 30, 45, 60, 90),
        fc.array(arbitraryBusy, { maxLength: 12 }),
        (offset, slotMinutes, busySpec) => {
          const from = addDays('2026-01-01', offset);
          const to = addDays(from, 13);
          const busy = busySpec.map((b) => {
            const start = new Date(
              helsinkiToUtc(addDays(from, b.day), '00:00').getTime() + b.minute * 60_000,
            );
            return { start, end: new Date(start.getTime() + b.length * 60_000) };
          });
          const slots = freeSlots({ availability, slotMinutes, busy, from, to });
          for (const [i, s] of slots.entries()) {
            expect(s.date >= from && s.date <= to).toBe(true);
            expect(isWorkingDay(s.date)).toBe(true);
            expect(windowOf(s)).toBeDefined();
            expect(s.end.getTime() - s.start.getTime()).toBe(slotMinutes * 60_000);
            expect(busy.some((b) => b.start < s.end && b.end > s.start)).toBe(false);
            if (i > 0) expect(s.start.getTime()).toBeGreaterThan(slots[i - 1]!.start.getTime());
          }
          // Nothing free is missed: with no busy time, each working day yields every grid slot.
          const all = freeSlots({ availability, slotMinutes, busy: [], from, to });
          const expected = Array.from({ length: 14 }, (_, d) => addDays(from, d))
            .filter(isWorkingDay)
            .reduce((sum, date) => {
              const w = availability.find((a) => a.weekday === isoWeekday(date));
              if (!w) return sum;
              const minutes =
                (Number(w.end.slice(0, 2)) - Number(w.start.slice(0, 2))) * 60 +
                Number(w.end.slice(3)) -
                Number(w.start.slice(3));
              return sum + Math.floor(minutes / slotMinutes);
            }, 0);
          expect(all).toHaveLength(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
