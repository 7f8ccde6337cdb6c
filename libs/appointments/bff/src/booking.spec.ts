import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser, type RenderedEmail } from '@luotsi/bff-core';
import { renderChannel } from '@luotsi/notify';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule, firstContactBooked } from './index';

const modules = [identityModule, appointmentsModule];
const schema = buildSchema(modules);
let db: Database;
let aino: AuthenticatedUser;
let tessa: AuthenticatedUser;
let ville: AuthenticatedUser;
let tessaCode: string;
beforeAll(async () => {
  db = await openTestDatabase(modules);
  aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
  tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
  ville = await viewerOf(db.prisma, 'resident', 'resident-ville');
  tessaCode = (await db.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-tessa' } })).personalIdentityCode ?? '';
}, 180_000);
afterAll(() => db?.close());

/** The demo date: Monday 2026-11-23, 8.00 in Helsinki. */
const now = new Date('2026-11-23T06:00:00Z');
const slot = (key: string) => demoId('calendar-entry', key);

const book = /* GraphQL */ `mutation Book($input: BookFirstContactInput!) {
  bookFirstContact(input: $input) {
    problem
    booking { id startsAt reason unit { code } }
    nextFreeTimes { id startsAt service }
  }
}`;
type Booked = {
  bookFirstContact: {
    problem: string | null;
    booking: { id: string; startsAt: string; reason: string; unit: { code: string } } | null;
    nextFreeTimes: { id: string; startsAt: string; service: string }[];
  };
};
const bookAs = (staff: AuthenticatedUser | null, input: Record<string, unknown>, resident: AuthenticatedUser | null = null) =>
  runOperation<Booked>(schema, db.prisma, book, { staff, resident, now, variables: { input }, requestId: `book-${Math.random()}` });
const notificationsFor = async (key: string) =>
  (await db.prisma.notification.findMany({ where: { type: firstContactBooked.type } })).filter((n) => (n.data as { appointmentId?: string }).appointmentId === slot(key));

describe('bookFirstContact', () => {
  it('books a free time for the resident, logs it and tells her in the same transaction', async () => {
    const result = await bookAs(aino, { slotId: slot('fc-02'), client: { personalIdentityCode: tessaCode.toLowerCase() }, reason: ' Perheen riidat, toivoo soittoa. ' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.bookFirstContact).toEqual({
      problem: null,
      booking: { id: slot('fc-02'), startsAt: '2026-11-23T11:00:00.000Z', reason: 'Perheen riidat, toivoo soittoa.', unit: { code: 'PNE-ESP' } },
      nextFreeTimes: [],
    });
    const tessaId = tessa.personId!;
    expect(await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-02') } })).toMatchObject({ clientId: tessaId, bookedAt: now });
    const logged = await db.prisma.accessLogEntry.findMany({ where: { objectId: slot('fc-02'), action: 'create' } });
    expect(logged).toMatchObject([{ clientPersonId: tessaId, actorRole: 'social-advisor', purpose: 'first-contact-booking', objectType: 'CalendarEntry' }]);
    const [notification, ...more] = await notificationsFor('fc-02');
    expect(more).toEqual([]);
    expect(notification).toMatchObject({ recipientPersonId: tessaId });

    // She sees it among her times, can cancel it; the advisor no longer sees it free.
    const mine = await runOperation<{ myAppointments: { startsAt: string; cancellable: boolean }[] }>(schema, db.prisma, '{ myAppointments { startsAt cancellable } }', { resident: tessa, now });
    expect(mine.data?.myAppointments).toContainEqual({ startsAt: '2026-11-23T11:00:00.000Z', cancellable: true });
    const free = await runOperation<{ firstContactTimes: { startsAt: string }[] }>(schema, db.prisma, '{ firstContactTimes(limit: 100) { startsAt } }', { staff: aino, now });
    expect(free.data?.firstContactTimes.map((t) => t.startsAt)).not.toContain('2026-11-23T11:00:00.000Z');
  });

  it('sends the time with an .ics file in Helsinki time, without naming the service in e-mail or SMS', () => {
    const data = { appointmentId: slot('fc-02'), startsAt: '2026-11-23T11:00:00.000Z', endsAt: '2026-11-23T12:30:00.000Z', bookedAt: now.toISOString() };
    const env = { publicUrl: 'https://luotsi.example.fi' };
    const email = (renderChannel(firstContactBooked, 'email', data, 'sv', env) as { email: RenderedEmail }).email;
    expect(email.subject).toBe('En tid har bokats åt dig');
    expect(email.text).toContain('https://luotsi.example.fi/sv/appointments');
    const ics = String(email.attachments?.[0]?.content);
    expect(ics).toContain('DTSTART;TZID=Europe/Helsinki:20261123T130000');
    expect(ics).toContain(`UID:${slot('fc-02')}@luotsi`);
    const sms = (renderChannel(firstContactBooked, 'sms', data, 'fi', env) as { text: string }).text;
    expect(sms).toContain('13.00');
    for (const text of [email.text, sms, ics]) expect(text).not.toMatch(/perheneuvol|familjeråd|counselling/i);
  });

  it('refuses a time already booked, writes nothing, and offers the next free times of that service', async () => {
    const before = await db.prisma.notification.count();
    const result = await bookAs(aino, { slotId: slot('fc-02'), client: { personalIdentityCode: tessaCode }, reason: 'Toinen yritys' });
    expect(result.errors).toBeUndefined();
    const refused = result.data?.bookFirstContact;
    expect(refused?.problem).toBe('SLOT_TAKEN');
    expect(refused?.booking).toBeNull();
    expect(refused?.nextFreeTimes.map((t) => t.id)).toEqual(['fc-06', 'fc-09', 'fc-13', 'fc-15', 'fc-19'].map(slot));
    expect(new Set(refused?.nextFreeTimes.map((t) => t.service))).toEqual(new Set(['FAMILY_COUNSELLING']));
    expect(await db.prisma.notification.count()).toBe(before);
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-02') } })).reason).toBe('Perheen riidat, toivoo soittoa.');
  });

  it('refuses times that are not free first contacts and unknown clients, writing nothing', async () => {
    const before = { notifications: await db.prisma.notification.count(), log: await db.prisma.accessLogEntry.count({ where: { action: 'create' } }) };
    const problem = async (slotId: string, personalIdentityCode = tessaCode) =>
      (await bookAs(aino, { slotId, client: { personalIdentityCode }, reason: 'Syy' })).data?.bookFirstContact.problem;
    expect(await problem(slot('fc-past'))).toBe('SLOT_UNAVAILABLE');
    expect(await problem(slot('fc-early-support'))).toBe('SLOT_UNAVAILABLE');
    expect(await problem(slot('riitta-team'))).toBe('SLOT_UNAVAILABLE');
    expect(await problem('00000000-0000-4000-8000-000000000000')).toBe('SLOT_UNAVAILABLE');
    // A valid code of nobody in Luotsi.
    expect(await problem(slot('fc-03'), '010101-999X')).toBe('CLIENT_NOT_FOUND');
    expect(await db.prisma.notification.count()).toBe(before.notifications);
    expect(await db.prisma.accessLogEntry.count({ where: { action: 'create' } })).toBe(before.log);
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-03') } })).clientId).toBeNull();
  });

  it('validates the input with the shared schema', async () => {
    const result = await bookAs(aino, { slotId: 'fc-01', client: { personalIdentityCode: '123' }, reason: '' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: ['input', 'slotId'], code: 'invalid-format' },
        { path: ['input', 'client', 'personalIdentityCode'], code: 'invalid-format' },
        { path: ['input', 'reason'], code: 'required' },
      ],
    });
  });

  it('is refused to other professionals, residents and anonymous users', async () => {
    const input = { slotId: slot('fc-04'), client: { personalIdentityCode: tessaCode }, reason: 'Syy' };
    expect((await bookAs(await viewerOf(db.prisma, 'staff', 'staff-kaisa'), input)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await bookAs(null, input, tessa)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await bookAs(null, input)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-04') } })).clientId).toBeNull();
  });
});

describe('cancelMyAppointment', () => {
  const cancel = `mutation Cancel($id: ID!) { cancelMyAppointment(id: $id) }`;
  const cancelAs = (resident: AuthenticatedUser | null, id: string, staff: AuthenticatedUser | null = null) =>
    runOperation<{ cancelMyAppointment: string | null }>(schema, db.prisma, cancel, { resident, staff, now, variables: { id } });

  it('does not let another resident cancel Tessa’s time', async () => {
    const result = await cancelAs(ville, slot('tessa-first-contact'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.cancelMyAppointment).toBeNull();
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-first-contact') } })).clientId).toBe(tessa.personId);
    expect((await cancelAs(null, slot('tessa-first-contact'), aino)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('frees the resident’s own booked time for the advisor to book again, without an access-log row', async () => {
    const logBefore = await db.prisma.accessLogEntry.count();
    const result = await cancelAs(tessa, slot('tessa-first-contact'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.cancelMyAppointment).toBe(slot('tessa-first-contact'));
    expect(await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-first-contact') } })).toMatchObject({ clientId: null, reason: null, bookedAt: null, bookable: true });
    expect(await db.prisma.accessLogEntry.count()).toBe(logBefore);
    const free = await runOperation<{ firstContactTimes: { id: string }[] }>(schema, db.prisma, '{ firstContactTimes(service: FAMILY_COUNSELLING) { id } }', { staff: aino, now });
    expect(free.data?.firstContactTimes.map((t) => t.id)).toContain(slot('tessa-first-contact'));
    const again = await bookAs(aino, { slotId: slot('tessa-first-contact'), client: { personalIdentityCode: tessaCode }, reason: 'Uusi aika' });
    expect(again.data?.bookFirstContact.problem).toBeNull();
  });

  it('leaves times arranged directly with a professional to the professional', async () => {
    const result = await cancelAs(tessa, slot('tessa-home-visit'));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-home-visit') } })).clientId).toBe(tessa.personId);
  });
});
