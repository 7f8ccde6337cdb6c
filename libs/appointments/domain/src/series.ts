import { addDays, expandRecurrence, helsinkiDate, helsinkiToUtc, holidayOn, parseRecurrenceRule, utcToHelsinki, type Occurrence } from '@luotsi/calendar';

/**
 * Recurring calendar entries. A series is a rule in Helsinki wall-clock time; its occurrences are
 * materialised as ordinary entries up to a horizon a year ahead, so bookings, free/busy and
 * statistics see them like any other entry. A daily job moves the horizon of open-ended series on.
 *
 * Exdates are local dates 'YYYY-MM-DD': a series has at most one occurrence a day, and a date (not
 * a date and time) still names the removed occurrence after the series' time of day is changed.
 * An occurrence edited on its own ("this occurrence") is detached: its date goes to the exdates and
 * the entry keeps its seriesId, so the series' later changes leave it alone.
 */

export interface SeriesDefinition {
  rule: string;
  /** 'YYYY-MM-DDTHH:mm' in Helsinki. */
  firstStartLocal: string;
  durationMinutes: number;
  exdates: readonly string[];
  bookable: boolean;
}

/** How far ahead occurrences exist as entries: twelve months. */
export const materialisationMonths = 12;

/** The instant up to which series are materialised, seen from now: the same Helsinki date a year on. */
export function materialisationHorizon(now: Date): Date {
  const today = helsinkiDate(now);
  const next = `${Number(today.slice(0, 4)) + materialisationMonths / 12}${today.slice(4)}`;
  // 29 February has no twin; the day before will do.
  return helsinkiToUtc(next.endsWith('-02-29') ? next.replace(/-29$/, '-28') : next, '00:00');
}

export function splitLocal(local: string): { date: string; time: string } {
  const [date, time] = local.split('T') as [string, string];
  return { date, time };
}

export interface PlannedOccurrences {
  /** The occurrences to store, in order. */
  occurrences: Occurrence[];
  /** Dates of bookable occurrences left out because they fall on a public holiday. */
  skippedHolidays: string[];
}

/**
 * The occurrences of a series starting in [from, to): exdates removed and, for a bookable series,
 * public holidays skipped (no bookable time is offered on a holiday). Other entries keep their
 * holiday occurrences: a team meeting on Epiphany is the team's business, shown with the holiday.
 */
export function planOccurrences(series: SeriesDefinition, window: { from: Date; to: Date }): PlannedOccurrences {
  const expanded = expandRecurrence({
    start: splitLocal(series.firstStartLocal),
    durationMinutes: series.durationMinutes,
    rule: series.rule,
    exdates: series.exdates,
    window,
  }).filter((o) => o.start >= window.from && o.start < window.to);
  if (!series.bookable) return { occurrences: expanded, skippedHolidays: [] };
  const occurrences: Occurrence[] = [];
  const skippedHolidays: string[] = [];
  for (const o of expanded) {
    if (holidayOn(o.date)) skippedHolidays.push(o.date);
    else occurrences.push(o);
  }
  return { occurrences, skippedHolidays };
}

/** Whether a rule can still produce occurrences after an instant (COUNT rules: checked by expanding). */
export function seriesContinuesAfter(series: SeriesDefinition, after: Date): boolean {
  const rule = parseRecurrenceRule(series.rule);
  if (rule.until) {
    const last = 'instant' in rule.until ? rule.until.instant : helsinkiToUtc(addDays(rule.until.date, 1), '00:00');
    if (last <= after) return false;
  }
  if (rule.count === undefined) return true;
  // A COUNT rule ends with its last occurrence; expanding from the start finds it.
  const all = expandRecurrence({
    start: splitLocal(series.firstStartLocal),
    durationMinutes: series.durationMinutes,
    rule,
    window: { from: new Date(0), to: helsinkiToUtc('9999-12-31', '00:00') },
  });
  const last = all[all.length - 1];
  return last !== undefined && last.start > after;
}

/**
 * A series re-timed from one of its occurrences ("the whole series" scope): the first start moves
 * by as many days as the occurrence was moved, and takes the new time of day and length.
 */
export function retimedSeries(
  series: Pick<SeriesDefinition, 'firstStartLocal'>,
  occurrenceStart: Date,
  change: { date: string; startTime: string; durationMinutes: number },
): { firstStartLocal: string; durationMinutes: number } {
  const was = utcToHelsinki(occurrenceStart).date;
  const shift = Math.round((Date.parse(change.date) - Date.parse(was)) / 86_400_000);
  const { date } = splitLocal(series.firstStartLocal);
  return { firstStartLocal: `${addDays(date, shift)}T${change.startTime}`, durationMinutes: change.durationMinutes };
}

/** An occurrence's exdate: its Helsinki date. */
export function exdateOf(start: Date): string {
  return utcToHelsinki(start).date;
}

/** What a series stores about its occurrences besides their times. */
export interface SeriesEntryTemplate {
  staffId: string;
  unitId: string;
  typeCode: string;
  title: string | null;
  bookable: boolean;
  clientId: string | null;
  contactMode: string | null;
}

/**
 * The columns every materialised occurrence copies from its series: type, title, client, whether it
 * is bookable and how a bookable first contact happens (contact mode). A client series' times were
 * arranged by the professional, not booked through advice.
 */
export function occurrenceFields(series: SeriesEntryTemplate): SeriesEntryTemplate & { bookingChannel: 'professional' | null } {
  return {
    staffId: series.staffId,
    unitId: series.unitId,
    typeCode: series.typeCode,
    title: series.title,
    bookable: series.bookable,
    clientId: series.clientId,
    contactMode: series.contactMode,
    bookingChannel: series.clientId ? 'professional' : null,
  };
}
