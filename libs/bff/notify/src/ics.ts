/**
 * A calendar file (RFC 5545) for one event, e.g. a booked appointment sent with its confirmation.
 * Pure: the same input gives the same bytes, so the attachment is the same on every retry.
 */
export interface CalendarEvent {
  /** Globally unique and stable for the event (e.g. '<booking id>@luotsi'): a calendar updates, not duplicates. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  /** When the file was made (DTSTAMP); pass the notification's creation time for stable output. */
  stamp: Date;
  /** 'cancelled' makes calendars remove an event they imported with the same uid. */
  status?: 'confirmed' | 'cancelled';
  /** Increase when the event changes (RFC 5545 SEQUENCE). */
  sequence?: number;
}

export const icsTimeZone = 'Europe/Helsinki';

/** TEXT values escape backslash, semicolon and comma, and newlines become \n (RFC 5545 3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** 20260701T090000Z */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const helsinkiParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: icsTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Helsinki, as a floating DATE-TIME: 20260701T120000. */
export function icsHelsinkiLocal(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => helsinkiParts.formatToParts(date).find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}${part('month')}${part('day')}T${part('hour')}${part('minute')}${part('second')}`;
}

/** Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

// Finland's rules since 1996 (EU summer time); calendars need the definition to place TZID times.
const helsinkiTimeZone = [
  'BEGIN:VTIMEZONE',
  `TZID:${icsTimeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The .ics file of one event: times in Europe/Helsinki (with its definition), the stamp in UTC. */
export function buildIcs(event: CalendarEvent): string {
  if (!(event.end.getTime() > event.start.getTime())) throw new Error('An event must end after it starts.');
  const cancelled = event.status === 'cancelled';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Luotsi//Notifications//FI',
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...helsinkiTimeZone,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART;TZID=${icsTimeZone}:${icsHelsinkiLocal(event.start)}`,
    `DTEND;TZID=${icsTimeZone}:${icsHelsinkiLocal(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** The attachment of an event, ready for `RenderedEmail.attachments`. */
export function icsAttachment(event: CalendarEvent, filename = 'event.ics') {
  return { filename, contentType: `text/calendar; charset=utf-8; method=${event.status === 'cancelled' ? 'CANCEL' : 'PUBLISH'}`, content: buildIcs(event) };
}
