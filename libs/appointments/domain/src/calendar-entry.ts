import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';
import { isValidPersonalIdentityCode } from '@luotsi/identity-domain';
import { addDays, daysBetween, helsinkiToUtc, holidayOn, isValidDate, publicHolidays, type Holiday } from '@luotsi/calendar';
import { firstContactTypeCode } from './booking';
import { absenceTypeCode } from './absences';
import { contactModes } from './contact-mode';

/**
 * A professional's own calendar entries: the input of the create/edit form (checked by the form
 * and again by the BFF), recurrence as the form offers it, and what colleagues may see of an entry.
 * Times are Helsinki wall-clock times; the BFF stores UTC.
 */

export const calendarEntryTitleMaxLength = 200;
/** The longest range one calendar query returns (a month view with its edges fits). */
export const calendarRangeMaxDays = 62;
/** At most this many occurrences of a series with a count. */
export const recurrenceMaxCount = 366;
export const recurrenceMaxInterval = 12;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Calendars hold this century: holidays and time zones are known, and nothing older is useful. */
export const calendarYears = { min: 2000, max: 2100 } as const;
const inCalendarYears = (date: string) => !isValidDate(date) || (Number(date.slice(0, 4)) >= calendarYears.min && Number(date.slice(0, 4)) <= calendarYears.max);
const localDate = z.string().trim().refine(isValidDate, fieldRule('invalid-format')).refine(inCalendarYears, fieldRule('out-of-range'));
const localTime = z.string().trim().regex(timePattern);

export const recurrenceFrequencies = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type RecurrenceFrequency = (typeof recurrenceFrequencies)[number];

/**
 * Repetition as the form offers it (a subset of RFC 5545): every `interval` days, weeks (on the
 * given ISO weekdays, 1 = Monday) or months; ending after `count` times, on `until` (a local date,
 * inclusive) or never (the BFF materialises a year ahead and a daily job extends it).
 */
export const recurrenceSchema = z
  .object({
    frequency: z.enum(recurrenceFrequencies),
    interval: z.number().int().min(1).max(recurrenceMaxInterval),
    weekdays: z.array(z.number().int().min(1).max(7)).max(7).nullish(),
    count: z.number().int().min(1).max(recurrenceMaxCount).nullish(),
    until: localDate.nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.count != null && value.until != null)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'count and until both given', params: { code: 'invalid' } });
    if (value.weekdays?.length && value.frequency !== 'WEEKLY')
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: 'weekdays only for weekly', params: { code: 'invalid-choice' } });
  });
export type RecurrenceInput = z.infer<typeof recurrenceSchema>;

const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The RRULE value of a repetition the form describes. */
export function recurrenceRule(recurrence: RecurrenceInput): string {
  const parts = [`FREQ=${recurrence.frequency}`];
  if (recurrence.interval > 1) parts.push(`INTERVAL=${recurrence.interval}`);
  if (recurrence.frequency === 'WEEKLY' && recurrence.weekdays?.length)
    parts.push(`BYDAY=${[...new Set(recurrence.weekdays)].sort().map((d) => weekdayCodes[d - 1]).join(',')}`);
  if (recurrence.count != null) parts.push(`COUNT=${recurrence.count}`);
  if (recurrence.until != null) parts.push(`UNTIL=${recurrence.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/** The form's description of an RRULE value this module wrote (the inverse of recurrenceRule). */
export function recurrenceOfRule(rule: string): RecurrenceInput {
  const parts = new Map(rule.replace(/^RRULE:/i, '').split(';').map((p) => p.split('=') as [string, string]));
  const frequency = parts.get('FREQ') as RecurrenceFrequency;
  const until = parts.get('UNTIL');
  return {
    frequency,
    interval: Number(parts.get('INTERVAL') ?? 1),
    weekdays: parts.get('BYDAY')?.split(',').map((code) => weekdayCodes.indexOf(code.replace(/^[+-]?\d+/, '') as (typeof weekdayCodes)[number]) + 1) ?? null,
    count: parts.has('COUNT') ? Number(parts.get('COUNT')) : null,
    until: until ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : null,
  };
}

const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), plainText({ max }).nullish());

/**
 * createCalendarEntry's and updateCalendarEntry's input. Field error codes the form words itself:
 * `endTime` out-of-range (not after the start), `bookable` invalid-choice (only a first contact is
 * bookable) and invalid (a public holiday: no bookable times), `until` out-of-range (before the date),
 * `contactMode` required (a bookable first contact says how it happens) and invalid-choice (any
 * other entry: a mode describes only a time advice books).
 */
export const calendarEntryInputSchema = z
  .object({
    typeCode: z.string().trim().min(1).max(50),
    unitId: z.string().trim().min(1).regex(uuid),
    date: localDate,
    startTime: localTime,
    endTime: localTime,
    clientPersonalIdentityCode: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
      z.string().trim().toUpperCase().refine(isValidPersonalIdentityCode, fieldRule('invalid-format')).nullish(),
    ),
    title: optionalText(calendarEntryTitleMaxLength),
    bookable: z.boolean(),
    contactMode: z.enum(contactModes).nullish(),
    recurrence: recurrenceSchema.nullish(),
  })
  .superRefine((value, ctx) => {
    // Checked first: it does not depend on the date being valid.
    const bookableFirstContact = value.bookable && value.typeCode === firstContactTypeCode;
    if (bookableFirstContact && value.contactMode == null)
      ctx.addIssue({ code: 'custom', path: ['contactMode'], message: 'a bookable first contact needs a contact mode', params: { code: 'required' } });
    else if (!bookableFirstContact && value.contactMode != null)
      ctx.addIssue({ code: 'custom', path: ['contactMode'], message: 'only bookable first contacts have a contact mode', params: { code: 'invalid-choice' } });
    if (!isValidDate(value.date) || !inCalendarYears(value.date) || !timePattern.test(value.startTime) || !timePattern.test(value.endTime)) return;
    // Compared as instants, so a time in the spring-forward gap counts as the hour after it.
    if (helsinkiToUtc(value.date, value.endTime) <= helsinkiToUtc(value.date, value.startTime))
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'ends before it starts', params: { code: 'out-of-range' } });
    if (value.bookable && value.typeCode !== firstContactTypeCode)
      ctx.addIssue({ code: 'custom', path: ['bookable'], message: 'only first contacts are bookable', params: { code: 'invalid-choice' } });
    // A single bookable time on a holiday is refused; a series skips its holiday occurrences instead.
    else if (value.bookable && !value.recurrence && holidayOn(value.date))
      ctx.addIssue({ code: 'custom', path: ['bookable'], message: 'a public holiday', params: { code: 'invalid' } });
    if (value.recurrence?.until && isValidDate(value.recurrence.until) && value.recurrence.until < value.date)
      ctx.addIssue({ code: 'custom', path: ['recurrence', 'until'], message: 'before the first date', params: { code: 'out-of-range' } });
  });
export type CalendarEntryInput = z.infer<typeof calendarEntryInputSchema>;

/** The UTC instants of an input's (first) occurrence. */
export function entryInstants(input: Pick<CalendarEntryInput, 'date' | 'startTime' | 'endTime'>): { startsAt: Date; endsAt: Date } {
  return { startsAt: helsinkiToUtc(input.date, input.startTime), endsAt: helsinkiToUtc(input.date, input.endTime) };
}

/** Whether a calendar range is acceptable: 'YYYY-MM-DD' from ≤ to (exclusive), at most 62 days. */
export const calendarRangeSchema = z
  .object({ from: localDate, to: localDate })
  .refine((r) => !isValidDate(r.from) || !isValidDate(r.to) || !inCalendarYears(r.from) || !inCalendarYears(r.to) || (daysBetween(r.from, r.to) > 0 && daysBetween(r.from, r.to) <= calendarRangeMaxDays), {
    path: ['to'],
    message: 'range must be 1–62 days',
    params: { code: 'out-of-range' },
  });

/** The public holidays (and the offices' days off, Christmas and Midsummer Eve) in [from, to). */
export function holidaysBetween(from: string, to: string): Holiday[] {
  const result: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (const holiday of publicHolidays(year)) if (holiday.date >= from && holiday.date < to) result.push(holiday);
  return result;
}

/** The Helsinki dates [from, to) of a range, for the UI and tests. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

// --- What a colleague sees --------------------------------------------------------------------

export type BusyKind = 'busy' | 'absence' | 'free-bookable';

export interface EntryTimes {
  startsAt: Date;
  endsAt: Date;
}

export interface FreeBusy extends EntryTimes {
  kind: BusyKind;
}

/**
 * What colleagues and team leads see of someone's entry: when, and whether they are away, busy or
 * have a free bookable time. Never the type of client work, the client, the title or the reason.
 */
export function freeBusyOf(entry: EntryTimes & { typeCode: string; bookable: boolean; clientId: string | null }): FreeBusy {
  const kind: BusyKind =
    entry.typeCode === absenceTypeCode ? 'absence' : entry.bookable && entry.clientId === null ? 'free-bookable' : 'busy';
  return { startsAt: entry.startsAt, endsAt: entry.endsAt, kind };
}

/** The entries that overlap a time (touching ends do not), e.g. to warn of a double booking. */
export function overlapping<T extends EntryTimes & { id?: string }>(time: EntryTimes & { id?: string }, entries: readonly T[]): T[] {
  return entries.filter(
    (e) => (time.id === undefined || e.id !== time.id) && e.startsAt.getTime() < time.endsAt.getTime() && e.endsAt.getTime() > time.startsAt.getTime(),
  );
}

/**
 * Why a professional may not move, re-time or delete an entry in their own calendar: a time with a
 * client is the client's too; they must be told, which the cancellation and absence flows do.
 */
export type EntryEditProblem = 'CLIENT_ENTRY';

export function entryEditProblem(
  entry: { clientId: string | null; startsAt: Date; endsAt: Date },
  change: { kind: 'delete' } | { kind: 'update'; startsAt: Date; endsAt: Date; clientId: string | null },
): EntryEditProblem | null {
  if (entry.clientId === null) return null;
  if (change.kind === 'delete') return 'CLIENT_ENTRY';
  const moved = change.startsAt.getTime() !== entry.startsAt.getTime() || change.endsAt.getTime() !== entry.endsAt.getTime();
  return moved || change.clientId !== entry.clientId ? 'CLIENT_ENTRY' : null;
}
