import { describe, expect, it } from 'vitest';
import type { RetentionRule } from '@luotsi/bff-core';
import { hasExpired, retentionCutoff, retentionSettingName, retentionSettings } from './retention';

const rule = (id: string, defaultDays: number): RetentionRule => ({ id, description: id, defaultDays, purge: async () => 0 });

describe('retention periods', () => {
  it('end a whole number of 24-hour days before now, across a leap day and a DST change', () => {
    expect(retentionCutoff(new Date('2028-03-01T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(retentionCutoff(new Date('2026-11-23T12:00:00Z'), 365).toISOString()).toBe('2025-11-23T12:00:00.000Z');
    // Helsinki moved its clocks on 2026-03-29; the cut-off is still 24 hours per day.
    expect(retentionCutoff(new Date('2026-03-30T00:00:00Z'), 2).toISOString()).toBe('2026-03-28T00:00:00.000Z');
    expect(retentionCutoff(new Date('2026-11-23T12:00:00Z'), 0).toISOString()).toBe('2026-11-23T12:00:00.000Z');
  });

  it('refuse a negative or fractional period', () => {
    expect(() => retentionCutoff(new Date(), -1)).toThrow(RangeError);
    expect(() => retentionCutoff(new Date(), 1.5)).toThrow(RangeError);
  });

  it('expire a record only when its period has fully passed', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(hasExpired(new Date('2025-11-23T11:59:59Z'), now, 365)).toBe(true);
    expect(hasExpired(new Date('2025-11-23T12:00:00Z'), now, 365)).toBe(false);
    expect(hasExpired(new Date('2026-06-01T00:00:00Z'), now, 365)).toBe(false);
  });

  it('never expire a record whose period has not started (still open, still in force)', () => {
    expect(hasExpired(null, new Date('2099-01-01T00:00:00Z'), 0)).toBe(false);
    expect(hasExpired(undefined, new Date('2099-01-01T00:00:00Z'), 0)).toBe(false);
  });
});

describe('retention settings', () => {
  const modules = [
    { id: 'symptoms', retention: [rule('symptoms.contact-requests', 365)] },
    { id: 'appointments', retention: [rule('appointments.client-bookings', 730)] },
    { id: 'services' },
  ];

  it('are named after the rule', () => {
    expect(retentionSettingName('symptoms.contact-requests')).toBe('RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS');
  });

  it('use each rule’s default unless the environment sets a period', () => {
    const settings = retentionSettings(modules, { RETENTION_DAYS_APPOINTMENTS_CLIENT_BOOKINGS: ' 90 ' });
    expect(settings.map((s) => [s.rule.id, s.days, s.source])).toEqual([
      ['symptoms.contact-requests', 365, 'default'],
      ['appointments.client-bookings', 90, 'environment'],
    ]);
  });

  it('refuse a period that is not a whole number of days, before anything is removed', () => {
    for (const value of ['-1', '1.5', 'a year', '365d'])
      expect(() => retentionSettings(modules, { RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS: value })).toThrow(/RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS/);
  });

  it('refuse a rule declared by two modules', () => {
    expect(() => retentionSettings([...modules, { id: 'other', retention: [rule('symptoms.contact-requests', 1)] }], {})).toThrow(/twice/);
  });
});
