import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { createServer, type Server } from 'node:http';
import { demoId, type Database } from '@luotsi/db';
import { openTestDatabase, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { helsinkiToUtc } from '@luotsi/calendar';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule } from './index';
import { appointmentsRoutes } from './routes';

const modules = [identityModule, appointmentsModule];
let db: Database;
let server: Server;
let base = '';
// A stand-in for the session middleware: the test says who is signed in.
const sessions = new Map<string, { resident?: AuthenticatedUser; staff?: AuthenticatedUser }>();
const slot = (key: string) => demoId('calendar-entry', key);

beforeAll(async () => {
  db = await openTestDatabase(modules);
  sessions.set('tessa', { resident: await viewerOf(db.prisma, 'resident', 'resident-tessa') });
  sessions.set('ville', { resident: await viewerOf(db.prisma, 'resident', 'resident-ville') });
  sessions.set('pia', { staff: await viewerOf(db.prisma, 'staff', 'staff-pia') });
  const app = express();
  const router = express.Router();
  const viewer = (req: express.Request) => {
    const session = sessions.get(req.header('x-test-session') ?? '');
    return { resident: session?.resident ?? null, staff: session?.staff ?? null };
  };
  appointmentsRoutes(router, { prisma: () => db.prisma, viewerOf: viewer, modules });
  app.use('/api/appointments', router);
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/appointments`;
}, 180_000);
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await db?.close();
});

const download = (id: string, session: string, query = '') => fetch(`${base}/${id}.ics${query}`, { headers: { 'x-test-session': session } });

interface IcsProperty { name: string; params: Record<string, string>; value: string }

/** RFC 5545 content lines: unfolded, split into name, parameters and value. */
function parseIcs(text: string): IcsProperty[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return { name, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value: line.slice(colon + 1) };
    });
}

/** A DATE-TIME with TZID=Europe/Helsinki as the instant it names. */
function helsinkiInstant(value: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}$/.exec(value);
  if (!match) throw new Error(`not a local DATE-TIME: ${value}`);
  const [, y, mo, d, h, mi] = match;
  return helsinkiToUtc(`${y}-${mo}-${d}`, `${h}:${mi}`);
}

describe('GET /api/appointments/<id>.ics', () => {
  it('gives the resident her own time as a calendar file that places it at the right Helsinki time', async () => {
    const response = await download(slot('tessa-first-contact'), 'tessa');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="appointment-2026-11-25.ics"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const lines = parseIcs(text);
    const event = lines.slice(lines.findIndex((l) => l.name === 'BEGIN' && l.value === 'VEVENT'));
    const value = (name: string) => event.find((l) => l.name === name) ?? lines.find((l) => l.name === name);
    expect(lines[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(lines.filter((l) => l.name === 'BEGIN').map((l) => l.value)).toEqual(['VCALENDAR', 'VTIMEZONE', 'DAYLIGHT', 'STANDARD', 'VEVENT']);
    expect(value('TZID')?.value).toBe('Europe/Helsinki');
    expect(value('UID')?.value).toBe(`${slot('tessa-first-contact')}@luotsi`);
    // Tessa's language is Finnish; the file names only social services.
    expect(value('SUMMARY')?.value).toBe('Sosiaalipalvelujen ensikontakti');
    const start = value('DTSTART')!;
    const end = value('DTEND')!;
    expect(start.params['TZID']).toBe('Europe/Helsinki');
    // Wednesday 25.11.2026 10.00–11.00 in Helsinki (EET, UTC+2) is 8.00–9.00 UTC, as stored.
    expect(start.value).toBe('20261125T100000');
    const entry = await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-first-contact') } });
    expect(helsinkiInstant(start.value)).toEqual(entry.startsAt);
    expect(helsinkiInstant(end.value)).toEqual(entry.endsAt);
    expect(entry.startsAt.toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('is the same file every time, in the language the page asks for', async () => {
    const first = await (await download(slot('tessa-first-contact'), 'tessa', '?lang=sv')).text();
    const second = await (await download(slot('tessa-first-contact').toUpperCase(), 'tessa', '?lang=sv')).text();
    expect(second).toBe(first);
    expect(parseIcs(first).find((l) => l.name === 'SUMMARY')?.value).toBe('Första kontakt med socialtjänsten');
    const other = parseIcs(await (await download(slot('tessa-home-visit'), 'tessa', '?lang=en')).text());
    expect(other.find((l) => l.name === 'SUMMARY')?.value).toBe('Social services appointment');
  });

  it('answers 404 for anything that is not the signed-in resident’s own, and 401 without a resident sign-in', async () => {
    expect((await download(slot('tessa-first-contact'), 'ville')).status).toBe(404);
    expect((await download(slot('fc-01'), 'tessa')).status).toBe(404);
    expect((await download('00000000-0000-4000-8000-000000000000', 'tessa')).status).toBe(404);
    expect((await download(slot('tessa-first-contact'), 'pia')).status).toBe(401);
    expect((await download(slot('tessa-first-contact'), 'nobody')).status).toBe(401);
    // Anything but an id.ics is not this route's.
    expect((await fetch(`${base}/whatever.ics`, { headers: { 'x-test-session': 'tessa' } })).status).toBe(404);
  });
});
