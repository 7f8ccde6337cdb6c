import { addDays, helsinkiDate, isValidDate, isoWeekday, parseTime, utcToHelsinki } from '@luotsi/calendar';

/**
 * The calendar page's view state and layout arithmetic, kept pure so the page stays readable.
 * The view, date and whose calendar live in the URL's search params: reload and Back keep them.
 */

export const calendarViews = ['day', 'week', 'list'] as const;
export type CalendarView = (typeof calendarViews)[number];

export interface ViewState {
  view: CalendarView;
  /** A Helsinki date in the period shown. */
  date: string;
  /** A colleague whose free/busy is shown instead of one's own calendar. */
  colleague: string | null;
}

export function readViewState(search: string, now: Date): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const date = params.get('date');
  return {
    view: (calendarViews as readonly string[]).includes(view ?? '') ? (view as CalendarView) : 'week',
    // A date the calendar cannot show (or a mistyped one) falls back to today.
    date: date && isValidDate(date) && date >= '2000-01-01' && date <= '2100-12-31' ? date : helsinkiDate(now),
    colleague: params.get('colleague') || null,
  };
}

export function writeViewState(search: string, state: ViewState): string {
  const params = new URLSearchParams(search);
  params.set('view', state.view);
  params.set('date', state.date);
  if (state.colleague) params.set('colleague', state.colleague);
  else params.delete('colleague');
  return `?${params.toString()}`;
}

/** The dates [from, to) a view shows: one day, or the Monday-to-Sunday week of the date. */
export function viewRange(view: CalendarView, date: string): { from: string; to: string } {
  if (view === 'day') return { from: date, to: addDays(date, 1) };
  const monday = addDays(date, 1 - isoWeekday(date));
  return { from: monday, to: addDays(monday, 7) };
}

/** The date one step back or forward: a day in the day view, a week otherwise. */
export function stepDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (view === 'day' ? 1 : 7));
}

export function datesOf(range: { from: string; to: string }): string[] {
  const dates: string[] = [];
  for (let d = range.from; d < range.to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** Quarter-hour rows: fine enough for 15-minute phone contacts. */
export const slotMinutes = 15;

export interface TimedItem {
  startsAt: string;
  endsAt: string;
}

/** The hours a day or week grid spans: office hours, widened to show every entry. */
export function gridHours(items: readonly TimedItem[], dates: readonly string[]): { first: number; last: number } {
  let first = 8;
  let last = 16;
  for (const item of items) {
    const start = utcToHelsinki(new Date(item.startsAt));
    const end = utcToHelsinki(new Date(item.endsAt));
    if (dates.includes(start.date)) first = Math.min(first, Math.floor(parseTime(start.time) / 60));
    if (dates.includes(end.date)) last = Math.max(last, Math.ceil(parseTime(end.time) / 60));
    if (end.date > start.date) last = 24;
    if (dates.includes(end.date) && start.date < end.date) first = 0;
  }
  return { first, last: Math.max(last, first + 1) };
}

export interface Placed<T> {
  item: T;
  /** 1-based grid row lines in the day's column: [start, end). */
  rowStart: number;
  rowEnd: number;
  /** 1-based lane (grid column) when items overlap. */
  lane: number;
}

/**
 * The items of one day placed on the grid: rows by Helsinki wall-clock time (an item running past
 * midnight is cut at the day's edges), and side-by-side lanes for overlapping items.
 */
export function placeDay<T extends TimedItem>(items: readonly T[], date: string, hours: { first: number; last: number }): { placed: Placed<T>[]; lanes: number } {
  const rows = ((hours.last - hours.first) * 60) / slotMinutes;
  const toRow = (minutes: number) => Math.min(Math.max(Math.floor((minutes - hours.first * 60) / slotMinutes), 0), rows) + 1;
  const minutesOn = (instant: string) => {
    const local = utcToHelsinki(new Date(instant));
    if (local.date < date) return 0;
    if (local.date > date) return 24 * 60;
    return parseTime(local.time);
  };
  const onDay = (item: T) => {
    const start = utcToHelsinki(new Date(item.startsAt));
    const end = utcToHelsinki(new Date(item.endsAt));
    return start.date === date || (start.date < date && (end.date > date || (end.date === date && end.time !== '00:00')));
  };
  const today = items
    .filter(onDay)
    .map((item) => {
      const rowStart = toRow(minutesOn(item.startsAt));
      const endMinutes = minutesOn(item.endsAt);
      const rowEnd = Math.max(rowStart + 1, toRow(endMinutes + slotMinutes - 1));
      return { item, rowStart, rowEnd, lane: 1 };
    })
    .sort((a, b) => a.rowStart - b.rowStart || b.rowEnd - a.rowEnd);
  const laneEnds: number[] = [];
  for (const p of today) {
    const free = laneEnds.findIndex((end) => end <= p.rowStart);
    const lane = free === -1 ? laneEnds.length : free;
    laneEnds[lane] = p.rowEnd;
    p.lane = lane + 1;
  }
  return { placed: today, lanes: Math.max(laneEnds.length, 1) };
}

/** 'HH:mm' of an instant in Helsinki, for form fields. */
export function localTimeOf(instant: string): { date: string; time: string } {
  const local = utcToHelsinki(new Date(instant));
  return { date: local.date, time: local.time };
}
