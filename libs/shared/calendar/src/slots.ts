/**
 * Bookable slots from a professional's weekly availability, in Helsinki time.
 *
 * Slots start on a grid from the window's start (09:00, 09:45, … for 45 minutes), so offered
 * times are predictable; a slot that overlaps busy time is left out rather than shifted. Slot
 * lengths are real elapsed minutes: the grid runs in UTC from the window's start instant, which
 * only matters for a window spanning the night of a DST change. Holidays, Christmas Eve and
 * Midsummer Eve are never offered (see holidays.ts).
 */
import { addDays, dayNumber, isoWeekday, type IsoWeekday } from './dates';
import { helsinkiToUtc, parseTime, utcToHelsinki } from './helsinki';
import { holidayOn } from './holidays';

export interface AvailabilityWindow {
  weekday: IsoWeekday;
  /** Local 'HH:MM'. */
  start: string;
  /** Local 'HH:MM', after start; '00:00' is not allowed (windows stay within one day). */
  end: string;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotQuery {
  availability: readonly AvailabilityWindow[];
  slotMinutes: number;
  /** Minutes between slot starts; defaults to slotMinutes (back-to-back slots). */
  stepMinutes?: number;
  busy: readonly Interval[];
  /** First and last local date, both included. */
  from: string;
  to: string;
  /** Slots starting before this instant are not offered (usually "now"). */
  notBefore?: Date;
}

export interface Slot {
  start: Date;
  end: Date;
  /** Helsinki labels. */
  date: string;
  startTime: string;
  endTime: string;
}

/** At most a year of days per query: a guard against a typo'd range, not a business rule. */
const maxDays = 366;

export function freeSlots(query: SlotQuery): Slot[] {
  const { availability, slotMinutes, busy } = query;
  const step = query.stepMinutes ?? slotMinutes;
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0)
    throw new RangeError(`slotMinutes must be a positive whole number: ${slotMinutes}`);
  if (!Number.isInteger(step) || step <= 0)
    throw new RangeError(`stepMinutes must be a positive whole number: ${step}`);
  for (const w of availability) {
    if (parseTime(w.end) <= parseTime(w.start))
      throw new RangeError(`Availability window ends before it starts: ${w.start}–${w.end}`);
  }
  const days = dayNumber(query.to) - dayNumber(query.from) + 1;
  if (days > maxDays) throw new RangeError(`Date range longer than ${maxDays} days`);

  const sortedBusy = [...busy].sort((a, b) => a.start.getTime() - b.start.getTime());
  const overlapsBusy = (start: number, end: number) =>
    sortedBusy.some((b) => b.start.getTime() < end && b.end.getTime() > start);
  const notBefore = query.notBefore?.getTime() ?? -Infinity;
  const slotMs = slotMinutes * 60_000;
  const stepMs = step * 60_000;

  const slots: Slot[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(query.from, i);
    if (holidayOn(date)) continue;
    const weekday = isoWeekday(date);
    for (const w of availability) {
      if (w.weekday !== weekday) continue;
      const windowEnd = helsinkiToUtc(date, w.end).getTime();
      for (
        let start = helsinkiToUtc(date, w.start).getTime();
        start + slotMs <= windowEnd;
        start += stepMs
      ) {
        const end = start + slotMs;
        if (start < notBefore || overlapsBusy(start, end)) continue;
        const local = utcToHelsinki(new Date(start));
        slots.push({
          start: new Date(start),
          end: new Date(end),
          date: local.date,
          startTime: local.time,
          endTime: utcToHelsinki(new Date(end)).time,
        });
      }
    }
  }
  // Overlapping windows on the same day would offer the same time twice.
  const unique = new Map(slots.map((s) => [`${s.start.getTime()}/${s.end.getTime()}`, s]));
  return [...unique.values()].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime(),
  );
}
