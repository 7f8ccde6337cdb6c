import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';

/** The calendar entry type that marks a professional away (course, sick leave, holiday). */
export const absenceTypeCode = 'absence';

/** A stretch of time, [startsAt, endsAt). */
export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

/** Whether two half-open spans share any moment: back-to-back entries do not overlap. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** What the reassignment rules need to know of an entry in a colleague's calendar. */
export interface CalendarOccupant extends TimeSpan {
  id: string;
  bookable: boolean;
  clientId: string | null;
}

/**
 * A free bookable time (a published first-contact time nobody has booked) is availability, not
 * work: a team lead may place a client there, and the free time is then withdrawn so that advice
 * cannot book it on top. Everything else in the calendar (client times, meetings, travel,
 * absences) makes the professional busy.
 */
export function isFreeBookableTime(entry: Pick<CalendarOccupant, 'bookable' | 'clientId'>): boolean {
  return entry.bookable && entry.clientId === null;
}

export interface Availability {
  free: boolean;
  /** The colleague's free bookable times the moved entry would overlap: withdrawn when it moves. */
  withdrawnFreeTimeIds: string[];
}

/** Whether a colleague can take `span`, given the entries of their calendar. */
export function availabilityFor(span: TimeSpan, colleagueEntries: readonly CalendarOccupant[]): Availability {
  const overlapping = colleagueEntries.filter((entry) => overlaps(entry, span));
  return {
    free: overlapping.every(isFreeBookableTime),
    withdrawnFreeTimeIds: overlapping.filter(isFreeBookableTime).map((entry) => entry.id),
  };
}

export interface UnitRef {
  id: string;
  code: string;
  type: string;
}

/**
 * The unit a moved entry belongs to with its new professional: the same unit when the colleague
 * works there; otherwise the colleague's unit of the same service (unit type) among the team
 * lead's units (the first by code). Null when the colleague has no such unit: they are not a
 * colleague the lead can give the client to.
 */
export function unitForReassignment(entryUnit: UnitRef, colleagueUnits: readonly UnitRef[], leadUnitIds: readonly string[]): UnitRef | null {
  if (!leadUnitIds.includes(entryUnit.id)) return null;
  if (colleagueUnits.some((unit) => unit.id === entryUnit.id)) return entryUnit;
  const sameService = colleagueUnits
    .filter((unit) => unit.type === entryUnit.type && leadUnitIds.includes(unit.id))
    .sort((a, b) => a.code.localeCompare(b.code));
  return sameService[0] ?? null;
}

/**
 * Why an entry cannot be moved to a colleague, or null when it can. The order is the order a
 * team lead would fix things in: the entry itself, then who it goes to, then their calendar.
 */
export type ReassignmentProblem =
  /** No such client entry in the lead's units (or it is not client work). */
  | 'ENTRY_NOT_FOUND'
  /** It has begun or is over: nothing to move. */
  | 'ENTRY_BEGUN'
  /** The colleague is the entry's professional already. */
  | 'SAME_PROFESSIONAL'
  /** Not a colleague in the lead's units providing the same service. */
  | 'NOT_A_COLLEAGUE'
  /** The colleague has something else then. */
  | 'COLLEAGUE_BUSY'
  /** Someone changed the entry meanwhile (another lead moved it). */
  | 'ENTRY_CHANGED';

export interface ReassignmentFacts {
  entry: (TimeSpan & { staffId: string; clientId: string | null }) | null;
  toStaffId: string;
  targetUnit: UnitRef | null;
  availability: Availability;
  now: Date;
}

export function reassignmentProblem(facts: ReassignmentFacts): ReassignmentProblem | null {
  const { entry } = facts;
  if (!entry || entry.clientId === null) return 'ENTRY_NOT_FOUND';
  if (entry.startsAt.getTime() <= facts.now.getTime()) return 'ENTRY_BEGUN';
  if (entry.staffId === facts.toStaffId) return 'SAME_PROFESSIONAL';
  if (!facts.targetUnit) return 'NOT_A_COLLEAGUE';
  if (!facts.availability.free) return 'COLLEAGUE_BUSY';
  return null;
}

/**
 * RFC 5545 SEQUENCE of a changed entry's calendar file: whole seconds since the entry was created.
 * It grows with every later change without a stored counter, so a resident's calendar replaces the
 * event (same UID) instead of ignoring an update it thinks older.
 */
export function icsSequence(createdAt: Date, changedAt: Date): number {
  return Math.max(1, Math.floor((changedAt.getTime() - createdAt.getTime()) / 1000));
}

const uuid = z.string().trim().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** reassignCalendarEntry's arguments. */
export const reassignmentSchema = z.object({ entryId: uuid, toStaffId: uuid });

/** The longest note of an absence (e.g. "course"); the professional's own data, not a client's. */
export const absenceNoteMaxLength = 200;

/** The longest absence a team lead records in one go (a long leave is recorded in parts). */
export const absenceMaxDays = 366;

/** recordAbsence's input: who and when (instants), and an optional short note. */
export const absenceInputSchema = z
  .object({
    staffId: uuid,
    startsAt: z.date(),
    endsAt: z.date(),
    note: plainText({ max: absenceNoteMaxLength, min: 0 }).optional().nullable(),
  })
  .refine((a) => a.endsAt.getTime() > a.startsAt.getTime(), { path: ['endsAt'], ...fieldRule('out-of-range') })
  .refine((a) => a.endsAt.getTime() - a.startsAt.getTime() <= absenceMaxDays * 86_400_000, { path: ['endsAt'], ...fieldRule('out-of-range') });
export type AbsenceInput = z.infer<typeof absenceInputSchema>;
