import { describe, expect, it } from 'vitest';
import { accessLogCsv, accessLogSubjects, csvCell, helsinkiDateWindow, helsinkiDayStart, nextDate } from './access-log-rules';

describe('Helsinki calendar days', () => {
  it('start at local midnight in winter (UTC+2) and in summer (UTC+3)', () => {
    expect(helsinkiDayStart('2026-01-15').toISOString()).toBe('2026-01-14T22:00:00.000Z');
    expect(helsinkiDayStart('2026-07-01').toISOString()).toBe('2026-06-30T21:00:00.000Z');
  });

  it('are right on the days the clocks change', () => {
    // 2026-03-29 and 2026-10-25: the change happens at 03:00/04:00, after midnight.
    expect(helsinkiDayStart('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(helsinkiDayStart('2026-03-30').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(helsinkiDayStart('2026-10-25').toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(helsinkiDayStart('2026-10-26').toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });

  it('roll over months and years', () => {
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
  });

  it('make an inclusive search window, or none when it is backwards', () => {
    expect(helsinkiDateWindow('2026-11-01', '2026-11-01')).toEqual({ gte: new Date('2026-10-31T22:00:00Z'), lt: new Date('2026-11-01T22:00:00Z') });
    expect(helsinkiDateWindow(null, '2026-06-30')).toEqual({ lt: new Date('2026-06-30T21:00:00Z') });
    expect(helsinkiDateWindow('2026-11-02', '2026-11-01')).toBeNull();
  });
});

describe('whose entries a resident sees', () => {
  it('are their own and their children’s under 15, not a child who has turned 15', () => {
    const children = [
      { id: 'small', birthDate: '2016-05-02' },
      { id: 'fifteen-today', birthDate: '2011-11-22' },
      { id: 'fourteen', birthDate: '2011-11-23' },
    ];
    expect(accessLogSubjects('me', children, '2026-11-22')).toEqual(['me', 'small', 'fourteen']);
  });
});

describe('the CSV export', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Virtanen, Ville')).toBe('"Virtanen, Ville"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('does not let a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('has a header line and one line per entry, times in UTC', () => {
    const csv = accessLogCsv([
      {
        occurredAt: new Date('2026-11-22T08:30:00Z'), actorName: 'Hanna Hoitaja', actorRole: 'nurse', actorUnit: 'ESP-TK', action: 'read',
        objectType: 'ContactRequest', objectId: 'c1', purpose: 'unit-queue', requestId: 'r1',
      },
    ]);
    expect(csv).toBe(
      'occurredAt,actorName,actorRole,actorUnit,action,objectType,objectId,purpose,requestId\r\n' +
        '2026-11-22T08:30:00.000Z,Hanna Hoitaja,nurse,ESP-TK,read,ContactRequest,c1,unit-queue,r1\r\n',
    );
  });
});
