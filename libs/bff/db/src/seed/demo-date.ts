import { helsinkiDate, isValidDate } from '@luotsi/calendar';

/**
 * The day demo data is written around, as a Helsinki date 'YYYY-MM-DD': today, so that a demo
 * started any day has upcoming times, open deadlines and recent history. Tests that pin the clock
 * pin this too with LUOTSI_DEMO_TODAY, so the seeded data and their `now` agree.
 */
export function demoToday(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const pinned = env['LUOTSI_DEMO_TODAY'];
  if (pinned === undefined || pinned === '') return helsinkiDate(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || !isValidDate(pinned)) {
    throw new Error(`LUOTSI_DEMO_TODAY must be a date like 2026-11-23, not '${pinned}'`);
  }
  return pinned;
}
