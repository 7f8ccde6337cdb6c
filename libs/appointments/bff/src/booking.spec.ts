import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser, type RenderedEmail } from '@luotsi/bff-core';
import { renderChannel } from '@luotsi/notify';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule, firstContactBooked } from './index';
import { appointmentCancelled, appointmentMoved } from './notifications';

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
    booking { id startsAt reason contactMode unit { code } }
    nextFreeTimes { id startsAt service }
  }
}`;
type Booked = {
  bookFirstContact: {
    problem: string | null;
    booking: { id: string; startsAt: string; reason: string; contactMode: string | null; unit: { code: string } } | null;
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
      booking: { id: slot('fc-02'), startsAt: '2026-11-23T11:00:00.000Z', reason: 'Perheen riidat, toivoo soittoa.', contactMode: 'VISIT', unit: { code: 'PNE-ESP' } },
      nextFreeTimes: [],
    });
    const tessaId = tessa.personId!;
    // Who booked and how, for the statistics' share of first contacts booked directly from advice.
    expect(await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-02') } })).toMatchObject({
      clientId: tessaId, bookedAt: now, bookedById: aino.staffId, bookingChannel: 'advice',
    });
    const logged = await db.prisma.accessLogEntry.findMany({ where: { objectId: slot('fc-02'), action: 'create' } });
    expect(logged).toMatchObject([{ clientPersonId: tessaId, actorRole: 'social-advisor', purpose: 'first-contact-booking', objectType: 'CalendarEntry' }]);
    const [notification, ...more] = await notificationsFor('fc-02');
    expect(more).toEqual([]);
    expect(notification).toMatchObject({ recipientPersonId: tessaId, data: { contactMode: 'visit' } });

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

  it('says in the resident’s language how the contact happens, still without naming the service or the unit', () => {
    const data = { appointmentId: slot('fc-02'), startsAt: '2026-11-23T11:00:00.000Z', endsAt: '2026-11-23T12:30:00.000Z', bookedAt: now.toISOString() };
    const env = { publicUrl: 'https://luotsi.example.fi' };
    const texts = (contactMode: string | undefined, language: 'fi' | 'sv' | 'en') => {
      const withMode = contactMode ? { ...data, contactMode } : data;
      return [
        (renderChannel(firstContactBooked, 'email', withMode, language, env) as { email: RenderedEmail }).email.text,
        (renderChannel(firstContactBooked, 'sms', withMode, language, env) as { text: string }).text,
      ];
    };
    for (const text of texts('phone', 'fi')) expect(text).toContain('Ammattilainen soittaa sinulle.');
    for (const text of texts('phone', 'sv')) expect(text).toContain('Yrkespersonen ringer dig.');
    for (const text of texts('phone', 'en')) expect(text).toContain('The professional will call you.');
    for (const text of texts('visit', 'en')) expect(text).toContain('The unit’s address is in Luotsi.');
    for (const text of texts('visit', 'sv')) expect(text).toContain('adress finns i Luotsi');
    for (const text of texts('remote', 'fi')) expect(text).toContain('saat liittymislinkin');
    for (const text of texts('remote', 'en')) expect(text).toContain('you will get the link and how to join from the professional');
    // A message written before modes existed says only that someone will be in touch.
    for (const text of texts(undefined, 'fi')) expect(text).toContain('Ammattilainen ottaa sinuun yhteyttä silloin.');
    for (const mode of ['phone', 'visit', 'remote'])
      for (const language of ['fi', 'sv', 'en'] as const)
        for (const text of texts(mode, language)) expect(text).not.toMatch(/perheneuvol|familjeråd|counselling|Esbo|Espoo/i);
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

describe('bookFirstContact by name and contact details', () => {
  const contact = { firstName: 'Maija', lastName: 'Mäkelä', birthDate: '1979-06-02', municipalityCode: '049', phone: '040 765 4321', language: 'sv' };

  it('adds a client without a personal identity code, and tells her by e-mail and SMS in her language', async () => {
    const result = await bookAs(aino, { slotId: slot('fc-03'), client: { contact }, reason: 'Nuori tarvitsee tukea' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.bookFirstContact.problem).toBeNull();
    const entry = await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-03') }, include: { client: true } });
    expect(entry).toMatchObject({ bookedById: aino.staffId, bookingChannel: 'advice', reason: 'Nuori tarvitsee tukea' });
    expect(entry.client).toMatchObject({
      personalIdentityCode: null, oidcSubject: null, firstName: 'Maija', lastName: 'Mäkelä', municipalityCode: '049', language: 'sv', phone: '+358407654321', email: null,
    });
    // The outbox addresses the person; the relay finds her phone (and no e-mail) there.
    const [notification] = await notificationsFor('fc-03');
    expect(notification?.recipientPersonId).toBe(entry.clientId);
    const deliveries = await db.prisma.notificationDelivery.findMany({ where: { notificationId: notification!.id } });
    expect(deliveries.map((d) => d.channel).sort()).toEqual(['email', 'portal', 'sms']);
  });

  it('finds the same client again by name, birth date and a matching phone written another way', async () => {
    const before = await db.prisma.person.count();
    const result = await bookAs(aino, { slotId: slot('fc-07'), client: { contact: { ...contact, firstName: 'maija', phone: '+358 40 765 4321' } }, reason: 'Toinen aika' });
    expect(result.data?.bookFirstContact.problem).toBeNull();
    expect(await db.prisma.person.count()).toBe(before);
    const [first, second] = await db.prisma.calendarEntry.findMany({ where: { id: { in: [slot('fc-03'), slot('fc-07')] } } });
    expect(second?.clientId).toBe(first?.clientId);
  });

  it('finds a known resident by name, birth date and e-mail', async () => {
    const result = await bookAs(aino, {
      slotId: slot('fc-12'),
      client: { contact: { firstName: 'Tessa', lastName: 'Testilä', birthDate: '1986-03-15', municipalityCode: '049', email: 'RESIDENT-TESSA@example.com', language: 'fi' } },
      reason: 'Soitti itse',
    });
    expect(result.data?.bookFirstContact.problem).toBeNull();
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-12') } })).clientId).toBe(tessa.personId);
  });

  it('adds nobody when the time was taken, and refuses an unknown municipality at its field', async () => {
    const before = await db.prisma.person.count();
    const taken = await bookAs(aino, { slotId: slot('fc-03'), client: { contact: { ...contact, firstName: 'Uusi', phone: '0401111111' } }, reason: 'Syy' });
    expect(taken.data?.bookFirstContact.problem).toBe('SLOT_TAKEN');
    const unknown = await bookAs(aino, { slotId: slot('fc-17'), client: { contact: { ...contact, firstName: 'Uusi', municipalityCode: '999' } }, reason: 'Syy' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'client', 'contact', 'municipalityCode'], code: 'invalid-choice' }] });
    expect(await db.prisma.person.count()).toBe(before);
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-17') } })).clientId).toBeNull();
  });

  it('names the contact fields that are wrong', async () => {
    const result = await bookAs(aino, { slotId: slot('fc-17'), client: { contact: { ...contact, birthDate: '1979-13-01' } }, reason: 'Syy' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'client', 'contact', 'birthDate'], code: 'invalid-format' }],
    });
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
    expect(await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-first-contact') } })).toMatchObject({
      clientId: null, reason: null, bookedAt: null, bookedById: null, bookingChannel: null, bookable: true,
    });
    expect(await db.prisma.accessLogEntry.count()).toBe(logBefore);
    // A second cancel of the same time frees nothing and confirms nothing (checked below).
    expect((await cancelAs(tessa, slot('tessa-first-contact'))).data?.cancelMyAppointment).toBeNull();
    const free = await runOperation<{ firstContactTimes: { id: string }[] }>(schema, db.prisma, '{ firstContactTimes(service: FAMILY_COUNSELLING) { id } }', { staff: aino, now });
    expect(free.data?.firstContactTimes.map((t) => t.id)).toContain(slot('tessa-first-contact'));
    const again = await bookAs(aino, { slotId: slot('tessa-first-contact'), client: { personalIdentityCode: tessaCode }, reason: 'Uusi aika' });
    expect(again.data?.bookFirstContact.problem).toBeNull();
  });

  it('confirms the cancellation to the resident with an .ics that removes the event', async () => {
    const [notification, ...more] = (await db.prisma.notification.findMany({ where: { type: appointmentCancelled.type, recipientPersonId: tessa.personId! } }));
    expect(more).toEqual([]);
    const data = notification!.data as Record<string, unknown>;
    expect(data).toMatchObject({ appointmentId: slot('tessa-first-contact'), startsAt: '2026-11-25T08:00:00.000Z', cancelledAt: now.toISOString() });
    const email = (renderChannel(appointmentCancelled, 'email', data, 'sv', { publicUrl: 'https://luotsi.example.fi' }) as { email: RenderedEmail }).email;
    expect(email.subject).toBe('Din tid har avbokats');
    expect(email.text).toContain('25.11.2026');
    const ics = String(email.attachments?.[0]?.content);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`UID:${slot('tessa-first-contact')}@luotsi`);
    expect(email.attachments?.[0]?.contentType).toContain('method=CANCEL');
    expect(await db.prisma.notification.count({ where: { type: appointmentCancelled.type } })).toBe(1);
  });

  it('leaves times arranged directly with a professional to the professional', async () => {
    const result = await cancelAs(tessa, slot('tessa-home-visit'));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-home-visit') } })).clientId).toBe(tessa.personId);
  });
});

describe('moveMyAppointment', () => {
  const move = `mutation Move($id: ID!, $to: ID!) {
    moveMyAppointment(id: $id, toSlotId: $to) { problem appointment { id startsAt movable service } nextFreeTimes { id } }
  }`;
  type Moved = { moveMyAppointment: { problem: string | null; appointment: { id: string; startsAt: string; movable: boolean; service: string } | null; nextFreeTimes: { id: string }[] } | null };
  const moveAs = (resident: AuthenticatedUser | null, id: string, to: string) =>
    runOperation<Moved>(schema, db.prisma, move, { resident, now, variables: { id, to } });
  const movable = `query Movable($id: ID!) { movableTimes(appointmentId: $id) { id service contactMode } }`;
  const movableFor = async (resident: AuthenticatedUser, id: string) =>
    (await runOperation<{ movableTimes: { id: string; service: string; contactMode: string }[] }>(schema, db.prisma, movable, { resident, now, variables: { id } })).data?.movableTimes;

  it('tells the resident which of her times she may move, and where to', async () => {
    const mine = await runOperation<{ myAppointments: { id: string; movable: boolean; service: string | null }[] }>(
      schema, db.prisma, '{ myAppointments { id movable service } }', { resident: tessa, now },
    );
    const byId = new Map(mine.data?.myAppointments.map((a) => [a.id, a]));
    expect(byId.get(slot('tessa-first-contact'))).toMatchObject({ movable: true, service: 'FAMILY_COUNSELLING' });
    expect(byId.get(slot('tessa-home-visit'))).toMatchObject({ movable: false, service: 'FAMILY_HOME_HELP' });
    const times = await movableFor(tessa, slot('tessa-first-contact'));
    expect(times?.map((t) => t.id)).toEqual(['fc-06', 'fc-09', 'fc-13', 'fc-15', 'fc-19'].map(slot));
    // Any way of meeting in the same service will do; each time says which.
    expect(times?.map((t) => t.contactMode)).toEqual(['VISIT', 'VISIT', 'PHONE', 'PHONE', 'VISIT']);
    expect(await movableFor(tessa, slot('tessa-home-visit'))).toEqual([]);
    expect(await movableFor(ville, slot('tessa-first-contact'))).toEqual([]);
  });

  it('moves a family-counselling first contact to another free time at once, keeping who booked it, and confirms it', async () => {
    const before = await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-first-contact') } });
    const result = await moveAs(tessa, slot('tessa-first-contact'), slot('fc-09'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.moveMyAppointment).toMatchObject({ problem: null, appointment: { id: slot('fc-09'), movable: true, service: 'FAMILY_COUNSELLING' } });
    expect(await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('tessa-first-contact') } })).toMatchObject({ clientId: null, reason: null, bookedById: null, bookingChannel: null });
    expect(await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-09') } })).toMatchObject({
      clientId: tessa.personId, reason: before.reason, bookedById: before.bookedById, bookingChannel: 'advice',
    });
    const [notification] = await db.prisma.notification.findMany({ where: { type: appointmentMoved.type } });
    expect(notification).toMatchObject({ recipientPersonId: tessa.personId });
    const email = (renderChannel(appointmentMoved, 'email', notification!.data as Record<string, unknown>, 'fi', { publicUrl: 'https://x' }) as { email: RenderedEmail }).email;
    expect(email.attachments?.map((a) => String(a.content).match(/UID:(.*)\r\n/)?.[1])).toEqual([`${slot('fc-09')}@luotsi`, `${slot('tessa-first-contact')}@luotsi`]);
    expect(String(email.attachments?.[1]?.content)).toContain('METHOD:CANCEL');
    // The new time is at the unit.
    expect(notification!.data).toMatchObject({ contactMode: 'visit' });
    expect(email.text).toContain('Tapaaminen on toimipisteessä');
  });

  it('refuses a taken time with other free times, and changes nothing', async () => {
    const result = await moveAs(tessa, slot('fc-09'), slot('fc-02'));
    expect(result.data?.moveMyAppointment?.problem).toBe('SLOT_TAKEN');
    expect(result.data?.moveMyAppointment?.nextFreeTimes.map((t) => t.id)).not.toContain(slot('fc-09'));
    expect(result.data?.moveMyAppointment?.nextFreeTimes.length).toBeGreaterThan(0);
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-09') } })).clientId).toBe(tessa.personId);
  });

  it('moves only within the same service, and not where the service does not allow it', async () => {
    expect((await moveAs(tessa, slot('fc-09'), slot('fc-04'))).data?.moveMyAppointment?.problem).toBe('SLOT_UNAVAILABLE');
    expect((await moveAs(tessa, slot('fc-09'), slot('riitta-team'))).data?.moveMyAppointment?.problem).toBe('SLOT_UNAVAILABLE');
    // A home-help first contact: the service arranges changes itself.
    await bookAs(aino, { slotId: slot('fc-10'), client: { personalIdentityCode: tessaCode }, reason: 'Kotiapu' });
    expect((await moveAs(tessa, slot('fc-10'), slot('fc-18'))).data?.moveMyAppointment?.problem).toBe('NOT_MOVABLE');
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-18') } })).clientId).toBeNull();
    expect((await moveAs(tessa, slot('tessa-home-visit'), slot('fc-18'))).data?.moveMyAppointment?.problem).toBe('NOT_MOVABLE');
  });

  it('does not move another resident’s time, and needs a resident sign-in', async () => {
    expect((await moveAs(ville, slot('fc-09'), slot('fc-15'))).data?.moveMyAppointment).toBeNull();
    expect((await moveAs(null, slot('fc-09'), slot('fc-15'))).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-15') } })).clientId).toBeNull();
  });

  it('lets exactly one of two simultaneous moves to the same time succeed', async () => {
    // Ville gets a family-counselling time too; both then race for fc-15.
    const villeCode = (await db.prisma.person.findUniqueOrThrow({ where: { id: ville.personId! } })).personalIdentityCode!;
    expect((await bookAs(aino, { slotId: slot('fc-13'), client: { personalIdentityCode: villeCode }, reason: 'Ville' })).data?.bookFirstContact.problem).toBeNull();
    const results = await Promise.all([moveAs(tessa, slot('fc-09'), slot('fc-15')), moveAs(ville, slot('fc-13'), slot('fc-15'))]);
    const problems = results.map((r) => r.data?.moveMyAppointment?.problem);
    expect(problems.filter((p) => p === null)).toHaveLength(1);
    expect(problems.filter((p) => p === 'SLOT_TAKEN')).toHaveLength(1);
    const winner = problems[0] === null ? tessa : ville;
    const loserFrom = problems[0] === null ? slot('fc-13') : slot('fc-09');
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: slot('fc-15') } })).clientId).toBe(winner.personId);
    // The loser keeps the time they had.
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: loserFrom } })).clientId).not.toBeNull();
  });
});
