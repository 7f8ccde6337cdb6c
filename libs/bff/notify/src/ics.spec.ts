import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, icsAttachment, icsHelsinkiLocal, icsUtc } from './ics';

const event = {
  uid: 'booking-1@luotsi',
  start: new Date('2026-07-01T09:00:00Z'),
  end: new Date('2026-07-01T09:30:00Z'),
  summary: 'Neuvola, Tapiola',
  stamp: new Date('2026-06-20T12:34:56.789Z'),
};

describe('the .ics builder', () => {
  it('gives Helsinki wall-clock times: UTC+3 in summer, UTC+2 in winter', () => {
    expect(icsHelsinkiLocal(new Date('2026-07-01T09:00:00Z'))).toBe('20260701T120000');
    expect(icsHelsinkiLocal(new Date('2026-01-15T09:00:00Z'))).toBe('20260115T110000');
    // The night the clocks go back: 00:30 UTC is 03:30 summer time, 01:30 UTC is 03:30 winter time.
    expect(icsHelsinkiLocal(new Date('2026-10-25T00:30:00Z'))).toBe('20261025T033000');
    expect(icsHelsinkiLocal(new Date('2026-10-25T01:30:00Z'))).toBe('20261025T033000');
    // Across midnight the date is Helsinki's, not UTC's.
    expect(icsHelsinkiLocal(new Date('2026-12-31T22:30:00Z'))).toBe('20270101T003000');
  });

  it('stamps in UTC without milliseconds', () => {
    expect(icsUtc(event.stamp)).toBe('20260620T123456Z');
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('makes one event in Europe/Helsinki with its time zone, CRLF line ends and the escaped summary', () => {
    const ics = buildIcs({ ...event, description: 'Tuo mukaan neuvolakortti; kiitos, tervetuloa', location: 'Tapiolan neuvola' });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki');
    expect(ics).toContain('DTSTART;TZID=Europe/Helsinki:20260701T120000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Helsinki:20260701T123000\r\n');
    expect(ics).toContain('DTSTAMP:20260620T123456Z\r\n');
    expect(ics).toContain('SUMMARY:Neuvola\\, Tapiola\r\n');
    expect(ics).toContain('DESCRIPTION:Tuo mukaan neuvolakortti\\; kiitos\\, tervetuloa\r\n');
    expect(ics).toContain('UID:booking-1@luotsi\r\n');
    expect(ics).toContain('METHOD:PUBLISH');
  });

  it('is the same on every call (a retried e-mail carries the same file)', () => {
    expect(buildIcs(event)).toBe(buildIcs(event));
  });

  it('cancels an event with the same uid', () => {
    const attachment = icsAttachment({ ...event, status: 'cancelled', sequence: 1 }, 'booking.ics');
    expect(attachment.contentType).toContain('method=CANCEL');
    expect(attachment.content).toContain('STATUS:CANCELLED');
    expect(attachment.content).toContain('SEQUENCE:1');
  });

  it('refuses an event that ends before it starts', () => {
    expect(() => buildIcs({ ...event, end: event.start })).toThrow();
  });
});
