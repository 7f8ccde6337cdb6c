import { guardianMayActFor } from '@luotsi/identity-domain';

/**
 * Rules of the access log's views and export, free of the framework so they are tested alone.
 */

/** The purposes the BFF itself records (the domains record theirs: see docs/modules/privacy.md). */
export const accessLogSupervisionPurpose = 'access-log-supervision';
export const informationRequestPurpose = 'information-request';

/** Who may search and export the log. */
export const accessLogAdminRoles = ['admin'] as const;

/** Today's calendar date in Europe/Helsinki (YYYY-MM-DD). */
export function helsinkiDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function helsinkiHour(instant: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', hourCycle: 'h23' }).format(instant));
}

/**
 * The instant a Helsinki calendar day starts. Finland is UTC+2 or +3; the clocks change at 03:00
 * or 04:00, never at midnight, so exactly one of the two offsets gives local midnight.
 */
export function helsinkiDayStart(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  for (const offsetHours of [2, 3]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (helsinkiDate(candidate) === date && helsinkiHour(candidate) === 0) return candidate;
  }
  throw new Error(`no Helsinki midnight for ${date}`);
}

/** The day after a calendar date (YYYY-MM-DD). */
export function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * A search's time window from inclusive Helsinki dates: from the start of `from` to the end of
 * `to`. Null when `to` is before `from` (nothing can match).
 */
export function helsinkiDateWindow(from: string | null | undefined, to: string | null | undefined): { gte?: Date; lt?: Date } | null {
  if (from && to && to < from) return null;
  return {
    ...(from ? { gte: helsinkiDayStart(from) } : {}),
    ...(to ? { lt: helsinkiDayStart(nextDate(to)) } : {}),
  };
}

/**
 * Whose entries a resident sees: their own, and those of the children they are guardian of while
 * the child is under 15 (the same rule as acting for the child elsewhere in the portal).
 */
export function accessLogSubjects(selfId: string, children: readonly { id: string; birthDate: string }[], today: string): string[] {
  return [selfId, ...children.filter((child) => guardianMayActFor(child.birthDate, today)).map((child) => child.id)];
}

export interface AccessLogExportRow {
  occurredAt: Date;
  actorName: string;
  actorRole: string;
  actorUnit: string;
  action: string;
  objectType: string;
  objectId: string;
  purpose: string;
  requestId: string;
}

export const accessLogCsvColumns = ['occurredAt', 'actorName', 'actorRole', 'actorUnit', 'action', 'objectType', 'objectId', 'purpose', 'requestId'] as const;

/**
 * One CSV cell (RFC 4180). A value a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe: names and ids come from people and must not execute.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The export of an information request: a header line, then one line per entry, times in UTC. */
export function accessLogCsv(rows: readonly AccessLogExportRow[]): string {
  const lines = [accessLogCsvColumns.join(',')];
  for (const row of rows)
    lines.push(accessLogCsvColumns.map((column) => csvCell(column === 'occurredAt' ? row.occurredAt.toISOString() : row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
