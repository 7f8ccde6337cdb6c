import { describe, expect, it } from 'vitest';
import { workingDayDeadline } from './deadlines';

describe('workingDayDeadline', () => {
  it('gives "answer within 3 working days" at 16:00 Helsinki time', () => {
    // The family-center seed's requests: Thursday, Friday evening and Saturday.
    expect(workingDayDeadline(new Date('2026-11-19T08:12:00Z'), 3).toISOString()).toBe(
      '2026-11-24T14:00:00.000Z',
    );
    expect(workingDayDeadline(new Date('2026-11-20T18:40:00Z'), 3).toISOString()).toBe(
      '2026-11-25T14:00:00.000Z',
    );
    expect(workingDayDeadline(new Date('2026-11-21T09:05:00Z'), 3).toISOString()).toBe(
      '2026-11-26T14:00:00.000Z',
    );
  });

  it('uses the Helsinki date of the arrival and skips Easter, in summer time', () => {
    // Thursday 2.4.2026 at 21:30 UTC is 00:30 on Good Friday in Helsinki.
    expect(workingDayDeadline(new Date('2026-04-02T21:30:00Z'), 3).toISOString()).toBe(
      '2026-04-10T13:00:00.000Z',
    );
    expect(workingDayDeadline(new Date('2026-04-02T08:00:00Z'), 1, '12:00').toISOString()).toBe(
      '2026-04-07T09:00:00.000Z',
    );
  });
});
