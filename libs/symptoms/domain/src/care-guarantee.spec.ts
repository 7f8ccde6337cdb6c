import { describe, expect, it } from 'vitest';
import { helsinkiToUtc } from '@luotsi/calendar';
import { careGuaranteeDeadline, deadlineStatus, isOfficeHours, treatmentDeadline } from './care-guarantee';

const at = (date: string, time: string) => helsinkiToUtc(date, time);

describe('careGuaranteeDeadline', () => {
  it('is the end of office hours the same day when a request comes in office hours', () => {
    // Monday 12 January 2026
    expect(careGuaranteeDeadline(at('2026-01-12', '10:00'), 'non-urgent')).toEqual(at('2026-01-12', '16:00'));
    expect(careGuaranteeDeadline(at('2026-01-12', '15:59'), 'within-days')).toEqual(at('2026-01-12', '16:00'));
  });

  it('is the next working day when a request comes in the evening', () => {
    expect(careGuaranteeDeadline(at('2026-01-12', '16:00'), 'non-urgent')).toEqual(at('2026-01-13', '16:00'));
    expect(careGuaranteeDeadline(at('2026-01-16', '18:30'), 'self-care')).toEqual(at('2026-01-19', '16:00'));
  });

  it('counts the morning before opening as the same working day', () => {
    expect(careGuaranteeDeadline(at('2026-01-12', '06:15'), 'non-urgent')).toEqual(at('2026-01-12', '16:00'));
  });

  it('skips Easter and Christmas, including the eves that are not working days', () => {
    // Maundy Thursday evening → Good Friday, the weekend and Easter Monday are skipped (summer time).
    expect(careGuaranteeDeadline(at('2026-04-02', '17:00'), 'non-urgent')).toEqual(at('2026-04-07', '16:00'));
    // The day before Christmas Eve → Monday 28 December.
    expect(careGuaranteeDeadline(at('2026-12-23', '16:30'), 'non-urgent')).toEqual(at('2026-12-28', '16:00'));
  });

  it('answers urgent results sooner, but never after the end of office hours', () => {
    expect(careGuaranteeDeadline(at('2026-01-12', '10:00'), 'same-day')).toEqual(at('2026-01-12', '12:00'));
    expect(careGuaranteeDeadline(at('2026-01-12', '15:00'), 'same-day')).toEqual(at('2026-01-12', '16:00'));
    expect(careGuaranteeDeadline(at('2026-01-12', '10:00'), 'emergency-department')).toEqual(at('2026-01-12', '10:30'));
  });

  it('counts an urgent target from the opening of the next office hours', () => {
    // Saturday → Monday 08:00 + 2 h
    expect(careGuaranteeDeadline(at('2026-01-17', '11:00'), 'same-day')).toEqual(at('2026-01-19', '10:00'));
    expect(careGuaranteeDeadline(at('2026-01-12', '07:00'), 'emergency')).toEqual(at('2026-01-12', '08:30'));
  });

  it('follows the Helsinki wall clock across the change to summer time', () => {
    // Friday 27 March 2026 evening (UTC+2) → Monday 30 March (UTC+3)
    const deadline = careGuaranteeDeadline(at('2026-03-27', '20:00'), 'non-urgent');
    expect(deadline.toISOString()).toBe('2026-03-30T13:00:00.000Z');
  });
});

describe('isOfficeHours', () => {
  it('is true on working days from opening until closing', () => {
    expect(isOfficeHours(at('2026-01-12', '08:00'))).toBe(true);
    expect(isOfficeHours(at('2026-01-12', '16:00'))).toBe(false);
    expect(isOfficeHours(at('2026-01-17', '10:00'))).toBe(false);
    expect(isOfficeHours(at('2026-12-24', '10:00'))).toBe(false);
  });
});

describe('treatmentDeadline', () => {
  it('gives people under 23 14 days and others 3 months', () => {
    expect(treatmentDeadline('2026-01-12', 22)).toBe('2026-01-26');
    expect(treatmentDeadline('2026-01-12', 23)).toBe('2026-04-12');
  });
});

describe('deadlineStatus', () => {
  const deadline = at('2026-01-12', '12:00');

  it('splits the time left into hours and minutes, ignoring a started minute', () => {
    expect(deadlineStatus(deadline, at('2026-01-12', '09:50'))).toEqual({ overdue: false, minutes: 130, hours: 2, restMinutes: 10 });
    expect(deadlineStatus(deadline, new Date(deadline.getTime() - 59_000))).toMatchObject({ overdue: false, minutes: 0 });
  });

  it('says how long the deadline has passed', () => {
    expect(deadlineStatus(deadline, at('2026-01-12', '12:15'))).toEqual({ overdue: true, minutes: 15, hours: 0, restMinutes: 15 });
  });
});
