/**
 * Care-guarantee (hoitotakuu) deadlines of a symptom contact request (docs/domain-rules.md,
 * "Urgency and the care guarantee").
 *
 * The law requires the care-need assessment (hoidon tarpeen arvio) on the same day when the
 * contact comes in office hours, otherwise on the next working day. Within that, the county
 * answers urgent results sooner (county practice). Both are data: they change with legislation
 * and practice, not with code.
 */
import { addDays, helsinkiToUtc, isWorkingDay, nextWorkingDay, parseTime, utcToHelsinki } from '@luotsi/calendar';
import type { Urgency } from '@luotsi/questionnaires';

export interface CareGuaranteeRules {
  /** Office hours of a health centre on working days, Helsinki time ('HH:MM'). */
  officeHours: { start: string; end: string };
  /**
   * Minutes from receipt (or from the opening of office hours, when the request came outside them)
   * within which a result of this urgency is assessed; never later than the statutory deadline.
   * Null: the statutory deadline alone.
   */
  targetMinutes: Record<Urgency, number | null>;
  /** Non-urgent care after the assessment: days by the patient's age (law of 2024). */
  treatmentDays: { under23: number; others: number };
}

export const careGuaranteeRules: CareGuaranteeRules = {
  officeHours: { start: '08:00', end: '16:00' },
  targetMinutes: {
    // Results that should have gone to 112 or the emergency department: at once.
    emergency: 30,
    'emergency-department': 30,
    'same-day': 120,
    'within-days': null,
    'non-urgent': null,
    'self-care': null,
  },
  treatmentDays: { under23: 14, others: 90 },
};

/** Whether an instant falls in office hours (working day, start ≤ time < end, Helsinki). */
export function isOfficeHours(at: Date, rules: CareGuaranteeRules = careGuaranteeRules): boolean {
  const local = utcToHelsinki(at);
  const minutes = parseTime(local.time);
  return (
    isWorkingDay(local.date) &&
    minutes >= parseTime(rules.officeHours.start) &&
    minutes < parseTime(rules.officeHours.end)
  );
}

/**
 * The working day whose office hours handle a request received at `at`, and whether it came in
 * those hours: the same day in office hours or before they open, else the next working day.
 */
function handlingDay(at: Date, rules: CareGuaranteeRules): { date: string; inOfficeHours: boolean } {
  const local = utcToHelsinki(at);
  const minutes = parseTime(local.time);
  if (isWorkingDay(local.date) && minutes < parseTime(rules.officeHours.end))
    return { date: local.date, inOfficeHours: minutes >= parseTime(rules.officeHours.start) };
  return { date: nextWorkingDay(addDays(local.date, 1)), inOfficeHours: false };
}

/**
 * When the care-need assessment of a request sent at `sentAt` with this urgency is due.
 * In office hours: the end of the same day's office hours, or sooner for urgent results. Outside
 * them (evening, weekend, public holiday): the next working day's office hours, with an urgent
 * target counted from their opening.
 */
export function careGuaranteeDeadline(
  sentAt: Date,
  urgency: Urgency,
  rules: CareGuaranteeRules = careGuaranteeRules,
): Date {
  const day = handlingDay(sentAt, rules);
  const statutory = helsinkiToUtc(day.date, rules.officeHours.end);
  const target = rules.targetMinutes[urgency];
  if (target === null) return statutory;
  const start = day.inOfficeHours ? sentAt : helsinkiToUtc(day.date, rules.officeHours.start);
  const targetAt = new Date(start.getTime() + target * 60_000);
  return targetAt < statutory ? targetAt : statutory;
}

/** The latest date of non-urgent care after an assessment on `assessedOn` ('YYYY-MM-DD'). */
export function treatmentDeadline(
  assessedOn: string,
  ageYears: number,
  rules: CareGuaranteeRules = careGuaranteeRules,
): string {
  return addDays(assessedOn, ageYears < 23 ? rules.treatmentDays.under23 : rules.treatmentDays.others);
}

export interface DeadlineStatus {
  overdue: boolean;
  /** Whole minutes left (or past, when overdue); a started minute does not count. */
  minutes: number;
  hours: number;
  /** Minutes beyond the whole hours. */
  restMinutes: number;
}

/** How far `now` is from the deadline, for a timer such as "due in 2 h 10 min" / "overdue 15 min". */
export function deadlineStatus(deadline: Date, now: Date): DeadlineStatus {
  const diff = deadline.getTime() - now.getTime();
  const overdue = diff < 0;
  const minutes = Math.floor(Math.abs(diff) / 60_000);
  return { overdue, minutes, hours: Math.floor(minutes / 60), restMinutes: minutes % 60 };
}
