import { guardianMayActFor } from '@luotsi/identity-domain';
import { addDays, helsinkiToUtc } from '@luotsi/calendar';

/**
 * Rules of the access log's views and export, free of the framework so they are tested alone.
 */

/** The purposes the BFF itself records (the domains record theirs: see docs/modules/privacy.md). */
export const accessLogSupervisionPurpose = 'access-log-supervision';
export const informationRequestPurpose = 'information-request';

/** Who may search and export the log. */
export const accessLogAdminRoles = ['admin'] as const;

export { helsinkiDate } from '@luotsi/calendar';

/** The instant a Helsinki calendar day starts (00:00 local; the clocks never change at midnight). */
export function helsinkiDayStart(date: string): Date {
  return helsinkiToUtc(date, '00:00');
}

/** The day after a calendar date (YYYY-MM-DD). */
export function nextDate(date: string): string {
  return addDays(date, 1);
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
