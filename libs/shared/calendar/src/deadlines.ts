/**
 * Deadlines counted in working days, e.g. "ask for help" requests are answered within 3 working
 * days (county practice, docs/domain-rules.md).
 */
import { addWorkingDays, nextWorkingDay } from './holidays';
import { helsinkiToUtc, utcToHelsinki } from './helsinki';

/**
 * The instant `workingDays` working days after `receivedAt`, at `endOfDay` Helsinki time. A
 * request that arrives on a weekend or holiday counts as received on the next working day, so
 * Thursday → Tuesday, Friday evening → Wednesday, Saturday → Thursday (at 16:00 by default).
 */
export function workingDayDeadline(
  receivedAt: Date,
  workingDays: number,
  endOfDay = '16:00',
): Date {
  const received = nextWorkingDay(utcToHelsinki(receivedAt).date);
  return helsinkiToUtc(addWorkingDays(received, workingDays), endOfDay);
}
