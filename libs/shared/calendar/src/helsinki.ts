/**
 * Europe/Helsinki wall-clock time ↔ UTC instants, with Intl's time-zone data only.
 *
 * Helsinki is UTC+2 in winter and UTC+3 in summer (EU rules: clocks go forward at 03:00 local on
 * the last Sunday of March and back at 04:00 local on the last Sunday of October). Two wall-clock
 * cases need a rule, the same as Temporal's default ('compatible') disambiguation:
 * - a time that does not exist (03:00–03:59 in March) is shifted forward by the gap: 03:30 → 04:30 EEST;
 * - a time that occurs twice (03:00–03:59 in October) means its first occurrence, in summer time.
 */
import { isValidDate } from './dates';

export const helsinkiTimeZone = 'Europe/Helsinki';

export interface HelsinkiDateTime {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' (24-hour) */
  time: string;
  /** Offset from UTC in minutes: 120 in winter, 180 in summer. */
  offsetMinutes: number;
}

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: helsinkiTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of formatter.formatToParts(new Date(ms)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function offsetOf(w: WallClock, wholeSecond: number): number {
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSecond) / 60_000;
}

/** Helsinki's offset from UTC in minutes at an instant (whole seconds are enough for this zone). */
function offsetAt(ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return offsetOf(wallClock(wholeSecond), wholeSecond);
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of 'HH:MM'; throws on anything else. */
export function parseTime(time: string): number {
  const m = timePattern.exec(time);
  if (!m) throw new RangeError(`Not a time (HH:MM, 00:00–23:59): ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The UTC instant of a Helsinki wall-clock time (see the module comment for DST gaps and overlaps). */
export function helsinkiToUtc(localDate: string, localTime: string): Date {
  if (!isValidDate(localDate)) throw new RangeError(`Not a date (YYYY-MM-DD): ${localDate}`);
  const [y, mo, d] = localDate.split('-').map(Number) as [number, number, number];
  const localMs = Date.UTC(y, mo - 1, d) + parseTime(localTime) * 60_000;
  // The offsets in force a day before and a day after cover both sides of any transition.
  const before = offsetAt(localMs - 86_400_000);
  const after = offsetAt(localMs + 86_400_000);
  const candidates = [...new Set([before, after])]
    .map((offset) => localMs - offset * 60_000)
    .filter((ms) => localMs - offsetAt(ms) * 60_000 === ms)
    .sort((a, b) => a - b);
  // No candidate: the wall-clock time falls in the spring gap; the pre-gap offset moves it forward.
  return new Date(candidates[0] ?? localMs - before * 60_000);
}

/** The Helsinki wall-clock date, time (minutes, seconds dropped) and offset of an instant. */
export function utcToHelsinki(instant: Date): HelsinkiDateTime {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date');
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const w = wallClock(wholeSecond);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${w.year}-${pad(w.month)}-${pad(w.day)}`,
    time: `${pad(w.hour)}:${pad(w.minute)}`,
    offsetMinutes: offsetOf(w, wholeSecond),
  };
}

/** Today's date in Helsinki. */
export function helsinkiDate(instant: Date = new Date()): string {
  return utcToHelsinki(instant).date;
}
