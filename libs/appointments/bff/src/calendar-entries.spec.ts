import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser, type JobContext } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule } from './index';
import { extendCalendarSeries } from './calendar-entries';

const modules = [identityModule, appointmentsModule];
const schema = buildSchema(modules);
let db: Database;
let pia: AuthenticatedUser;
let tiina: AuthenticatedUser;
let aino: AuthenticatedUser;
let tessaCode: string;
let tessaId: string;
let pneEsp: string;
beforeAll(async () => {
  db = await openTestDatabase(modules);
  pia = await viewerOf(db.prisma, 'staff', 'staff-pia');
  tiina = await viewerOf(db.prisma, 'staff', 'staff-tiina');
  aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
  const tessa = await db.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-tessa' } });
  tessaCode = tessa.personalIdentityCode ?? '';
  tessaId = tessa.id;
  pneEsp = (await db.prisma.unit.findUniqueOrThrow({ where: { code: 'PNE-ESP' } })).id;
}, 180_000);
afterAll(() => db?.close());

/** Monday 2026-11-23, 8.00 in Helsinki. */
const now = new Date('2026-11-23T06:00:00Z');
const entryId = (key: string) => demoId('calendar-entry', key);
let request = 0;
const run = <T,>(staff: AuthenticatedUser, source: string, variables: Record<string, unknown> = {}, at = now) =>
  runOperation<T>(schema, db.prisma, source, { staff, now: at, variables, requestId: `calendar-${++request}` });

const myCalendar = /* GraphQL */ `query My($from: Date!, $to: Date!) {
  myCalendar(from: $from, to: $to) {
    entries { id startsAt endsAt type { code } client { firstName lastName } title bookable contactMode seriesId recurrence { frequency interval weekdays count until } }
    holidays { date name }
  }
}`;
type Entry = {
  id: string; startsAt: string; endsAt: string; type: { code: string }; client: { firstName: string; lastName: string } | null;
  title: string | null; bookable: boolean; contactMode: string | null; seriesId: string | null; recurrence: { frequency: string; interval: number; weekdays: number[] | null; count: number | null; until: string | null } | null;
};
type My = { myCalendar: { entries: Entry[]; holidays: { date: string; name: string }[] } };

const payloadFields = 'problem count overlaps skippedHolidays entry { id startsAt endsAt seriesId title client { lastName } }';
type Payload = { problem: string | null; count: number; overlaps: number; skippedHolidays: string[]; entry: { id: string; startsAt: string; endsAt: string; seriesId: string | null; title: string | null } | null };
const create = (staff: AuthenticatedUser, input: Record<string, unknown>) =>
  run<{ createCalendarEntry: Payload }>(staff, `mutation C($input: CalendarEntryInput!) { createCalendarEntry(input: $input) { ${payloadFields} } }`, { input });
const update = (staff: AuthenticatedUser, id: string, input: Record<string, unknown>, scope = 'THIS') =>
  run<{ updateCalendarEntry: Payload }>(staff, `mutation U($id: ID!, $input: CalendarEntryInput!, $scope: CalendarEditScope) { updateCalendarEntry(id: $id, input: $input, scope: $scope) { ${payloadFields} } }`, { id, input, scope });
const remove = (staff: AuthenticatedUser, id: string, scope = 'THIS') =>
  run<{ deleteCalendarEntry: Payload }>(staff, `mutation D($id: ID!, $scope: CalendarEditScope) { deleteCalendarEntry(id: $id, scope: $scope) { problem count } }`, { id, scope });
const fieldsOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  (errors?.[0]?.extensions?.fields as { path: string[]; code: string }[] | undefined)?.map((f) => [f.path.join('.'), f.code]);

const base = () => ({ typeCode: 'team-meeting', unitId: pneEsp, date: '2027-01-11', startTime: '09:00', endTime: '10:00', bookable: false });

describe('myCalendar', () => {
  it('shows Pia her week with Tessa’s first contact by name and type, and logs that read', async () => {
    const result = await run<My>(pia, myCalendar, { from: '2026-11-23', to: '2026-11-30' });
    expect(result.errors).toBeUndefined();
    const entries = result.data!.myCalendar.entries;
    expect(entries.find((e) => e.id === entryId('tessa-first-contact'))).toMatchObject({
      startsAt: '2026-11-25T08:00:00.000Z', type: { code: 'first-contact' }, client: { firstName: 'Tessa', lastName: 'Testilä' }, bookable: true,
      contactMode: 'VISIT',
    });
    expect(entries.map((e) => e.id)).toContain(entryId('pia-absence'));
    // Her weekly team meeting is a seeded series: Mondays 08:30 Helsinki time.
    expect(entries.find((e) => e.id === entryId('pia-team'))).toMatchObject({
      startsAt: '2026-11-23T06:30:00.000Z', type: { code: 'team-meeting' }, recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: [1] },
    });
    // Only her own entries.
    expect(entries.map((e) => e.id)).not.toContain(entryId('riitta-team'));
    const logged = await db.prisma.accessLogEntry.findMany({ where: { objectId: entryId('tessa-first-contact'), action: 'read', purpose: 'own-calendar' } });
    expect(logged).toMatchObject([{ clientPersonId: tessaId, actorStaffId: pia.staffId, actorUnitId: pneEsp }]);
  });

  it('marks the public holidays of the range in the reader’s language', async () => {
    const result = await runOperation<My>(schema, db.prisma, myCalendar, { staff: pia, now, language: 'sv', variables: { from: '2026-11-30', to: '2026-12-07' } });
    expect(result.data!.myCalendar.holidays).toEqual([{ date: '2026-12-06', name: 'Självständighetsdagen' }]);
  });

  it('refuses ranges longer than 62 days', async () => {
    const result = await run<My>(pia, myCalendar, { from: '2026-11-01', to: '2027-02-01' });
    expect(fieldsOf(result.errors)).toEqual([['to', 'out-of-range']]);
  });
});

describe('colleagues’ calendars', () => {
  const staffCalendar = /* GraphQL */ `query S($staffId: ID!, $from: Date!, $to: Date!) {
    staffCalendar(staffId: $staffId, from: $from, to: $to) { staff { firstName } entries { startsAt endsAt kind } holidays { date } }
  }`;
  type Staff = { staffCalendar: { staff: { firstName: string }; entries: { startsAt: string; endsAt: string; kind: string }[] } | null };

  it('shows Pia’s team lead free/busy only: no client, type or title, and nothing logged', async () => {
    const before = await db.prisma.accessLogEntry.count({ where: { actorStaffId: tiina.staffId } });
    const result = await run<Staff>(tiina, staffCalendar, { staffId: pia.staffId, from: '2026-11-23', to: '2026-11-30' });
    expect(result.errors).toBeUndefined();
    const entries = result.data!.staffCalendar!.entries;
    expect(entries).toContainEqual({ startsAt: '2026-11-25T08:00:00.000Z', endsAt: '2026-11-25T09:00:00.000Z', kind: 'BUSY' });
    expect(entries).toContainEqual(expect.objectContaining({ startsAt: '2026-11-26T11:00:00.000Z', kind: 'FREE_BOOKABLE' }));
    expect(entries).toContainEqual(expect.objectContaining({ startsAt: '2026-11-27T06:00:00.000Z', kind: 'ABSENCE' }));
    expect(JSON.stringify(result.data)).not.toMatch(/Tessa|Testilä|first-contact/);
    expect(await db.prisma.accessLogEntry.count({ where: { actorStaffId: tiina.staffId } })).toBe(before);
    // The type has no field that could tell more.
    const freeBusy = schema.getType('CalendarFreeBusy') as GraphQLObjectType;
    expect(Object.keys(freeBusy.getFields()).sort()).toEqual(['endsAt', 'kind', 'startsAt']);
  });

  it('shows nothing of someone who shares no unit with the viewer', async () => {
    const result = await run<Staff>(aino, staffCalendar, { staffId: pia.staffId, from: '2026-11-23', to: '2026-11-30' });
    expect(result.data?.staffCalendar).toBeNull();
  });

  it('lists the colleagues sharing a unit', async () => {
    const result = await run<{ calendarColleagues: { firstName: string; lastName: string }[] }>(pia, '{ calendarColleagues { firstName lastName } }');
    const names = result.data!.calendarColleagues.map((c) => `${c.firstName} ${c.lastName}`);
    expect(names).toEqual(expect.arrayContaining(['Riitta Aalto', 'Tiina Tiiminvetäjä']));
    expect(names).not.toContain('Pia Perheneuvoja');
    expect(names).not.toContain('Aino Neuvoja');
  });
});

describe('editing one’s own calendar', () => {
  it('adds a client visit in Helsinki time, names the client and logs the creation', async () => {
    const result = await create(pia, { ...base(), typeCode: 'client-visit', clientPersonalIdentityCode: tessaCode.toLowerCase(), title: 'Tapaaminen' });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createCalendarEntry;
    expect(payload).toMatchObject({ problem: null, count: 1, overlaps: 0, entry: { startsAt: '2027-01-11T07:00:00.000Z', endsAt: '2027-01-11T08:00:00.000Z', title: 'Tapaaminen' } });
    const logged = await db.prisma.accessLogEntry.findMany({ where: { objectId: payload.entry!.id, action: 'create' } });
    expect(logged).toMatchObject([{ clientPersonId: tessaId, purpose: 'own-calendar', actorStaffId: pia.staffId }]);

    // A client's time cannot be moved or removed here: the client must be told.
    expect((await update(pia, payload.entry!.id, { ...base(), typeCode: 'client-visit', clientPersonalIdentityCode: tessaCode, startTime: '11:00', endTime: '12:00' })).data?.updateCalendarEntry.problem).toBe('CLIENT_ENTRY');
    expect((await remove(pia, payload.entry!.id)).data?.deleteCalendarEntry.problem).toBe('CLIENT_ENTRY');
    // Retitling is fine, and logged.
    const retitled = await update(pia, payload.entry!.id, { ...base(), typeCode: 'client-visit', clientPersonalIdentityCode: tessaCode, title: 'Uusi otsikko' });
    expect(retitled.data?.updateCalendarEntry).toMatchObject({ problem: null, entry: { title: 'Uusi otsikko' } });
    expect(await db.prisma.accessLogEntry.count({ where: { objectId: payload.entry!.id, action: 'update' } })).toBe(1);
  });

  it('gives field errors for an unknown client, a client on internal work and a bookable holiday; refuses another’s unit', async () => {
    expect(fieldsOf((await create(pia, { ...base(), typeCode: 'home-visit', clientPersonalIdentityCode: '010101A123N' })).errors)).toEqual([['input.clientPersonalIdentityCode', 'invalid']]);
    expect(fieldsOf((await create(pia, { ...base(), clientPersonalIdentityCode: tessaCode })).errors)).toEqual([['input.clientPersonalIdentityCode', 'invalid-choice']]);
    const otherUnit = (await db.prisma.unit.findUniqueOrThrow({ where: { code: 'PNE-POH' } })).id;
    expect((await create(pia, { ...base(), unitId: otherUnit })).data?.createCalendarEntry).toMatchObject({ problem: 'NOT_YOUR_UNIT', entry: null });
    expect(fieldsOf((await create(pia, { ...base(), typeCode: 'first-contact', bookable: true, contactMode: 'PHONE', date: '2027-01-06' })).errors)).toEqual([['input.bookable', 'invalid']]);
    expect(fieldsOf((await create(pia, { ...base(), endTime: '08:00' })).errors)).toEqual([['input.endTime', 'out-of-range']]);
  });

  it('asks how a bookable first contact happens, stores it and shows it, and refuses it on other entries', async () => {
    const firstContact = { ...base(), typeCode: 'first-contact', bookable: true, date: '2027-01-12' };
    expect(fieldsOf((await create(pia, firstContact)).errors)).toEqual([['input.contactMode', 'required']]);
    expect(fieldsOf((await create(pia, { ...base(), contactMode: 'PHONE' })).errors)).toEqual([['input.contactMode', 'invalid-choice']]);
    const made = await create(pia, { ...firstContact, contactMode: 'PHONE' });
    expect(made.errors).toBeUndefined();
    const id = made.data!.createCalendarEntry.entry!.id;
    const shown = async () => (await run<My>(pia, myCalendar, { from: '2027-01-12', to: '2027-01-13' })).data!.myCalendar.entries.find((e) => e.id === id);
    expect(await shown()).toMatchObject({ bookable: true, contactMode: 'PHONE' });
    // Changed to a visit; then no longer bookable, so no mode.
    expect((await update(pia, id, { ...firstContact, contactMode: 'VISIT' })).errors).toBeUndefined();
    expect(await shown()).toMatchObject({ contactMode: 'VISIT' });
    expect((await update(pia, id, { ...firstContact, bookable: false })).errors).toBeUndefined();
    expect(await shown()).toMatchObject({ bookable: false, contactMode: null });
  });

  it('publishes a daily bookable series but skips the Christmas holidays, and says so', async () => {
    const result = await create(pia, {
      ...base(), typeCode: 'first-contact', bookable: true, contactMode: 'REMOTE', date: '2026-12-21', startTime: '13:00', endTime: '14:30',
      recurrence: { frequency: 'DAILY', interval: 1, count: 7 },
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createCalendarEntry;
    expect(payload.skippedHolidays).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']);
    expect(payload.count).toBe(4);
    const rows = await db.prisma.calendarEntry.findMany({ where: { seriesId: payload.entry!.seriesId }, orderBy: { startsAt: 'asc' } });
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual([
      '2026-12-21T11:00:00.000Z', '2026-12-22T11:00:00.000Z', '2026-12-23T11:00:00.000Z', '2026-12-27T11:00:00.000Z',
    ]);
    // Every occurrence, and the series for the ones the daily job adds, say how the contact happens.
    expect(rows.map((r) => r.contactMode)).toEqual(['remote', 'remote', 'remote', 'remote']);
    expect((await db.prisma.calendarSeries.findUniqueOrThrow({ where: { id: payload.entry!.seriesId! } })).contactMode).toBe('remote');
  });

  it('edits one occurrence or the whole series of a weekly meeting, across the spring DST change', async () => {
    const created = await create(pia, { ...base(), date: '2027-03-15', startTime: '08:30', endTime: '09:00', title: 'Tiimi', recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: [1] } });
    const seriesId = created.data!.createCalendarEntry.entry!.seriesId!;
    const occurrences = () => db.prisma.calendarEntry.findMany({ where: { seriesId }, orderBy: { startsAt: 'asc' } });
    const all = await occurrences();
    // Open-ended: a year ahead (from now, 23.11.2026), at 08:30 Helsinki time whatever the offset.
    expect(all.at(-1)!.startsAt < new Date('2027-11-23T00:00:00Z')).toBe(true);
    expect(all.slice(0, 3).map((e) => e.startsAt.toISOString())).toEqual(['2027-03-15T06:30:00.000Z', '2027-03-22T06:30:00.000Z', '2027-03-29T05:30:00.000Z']);

    const listed = await run<My>(pia, myCalendar, { from: '2027-03-15', to: '2027-03-22' });
    expect(listed.data!.myCalendar.entries.find((e) => e.seriesId === seriesId)?.recurrence).toEqual({ frequency: 'WEEKLY', interval: 1, weekdays: [1], count: null, until: null });

    // This occurrence: 22.3. moves to 10:00 and leaves the series.
    const second = all[1]!;
    const moved = await update(pia, second.id, { ...base(), date: '2027-03-22', startTime: '10:00', endTime: '10:30', title: 'Siirretty' }, 'THIS');
    expect(moved.data?.updateCalendarEntry.entry).toMatchObject({ startsAt: '2027-03-22T08:00:00.000Z', title: 'Siirretty' });
    // The whole series: from 08:30 to 09:00; the moved one stays where it is.
    const retimed = await update(pia, all[2]!.id, { ...base(), date: '2027-03-29', startTime: '09:00', endTime: '09:45', title: 'Tiimi' }, 'SERIES');
    expect(retimed.errors).toBeUndefined();
    const after = await occurrences();
    expect(after.slice(0, 3).map((e) => [e.startsAt.toISOString(), e.endsAt.toISOString(), e.detached])).toEqual([
      ['2027-03-15T07:00:00.000Z', '2027-03-15T07:45:00.000Z', false],
      ['2027-03-22T08:00:00.000Z', '2027-03-22T08:30:00.000Z', true],
      ['2027-03-29T06:00:00.000Z', '2027-03-29T06:45:00.000Z', false],
    ]);
    expect((await db.prisma.calendarSeries.findUniqueOrThrow({ where: { id: seriesId } })).exdates).toEqual(['2027-03-22']);

    // Another professional cannot touch it.
    expect((await update(tiina, all[0]!.id, base())).data?.updateCalendarEntry.problem).toBe('NOT_FOUND');
    expect((await remove(tiina, all[0]!.id, 'SERIES')).data?.deleteCalendarEntry.problem).toBe('NOT_FOUND');

    // Deleting one occurrence, then the whole series.
    const third = after[2]!;
    expect((await remove(pia, third.id, 'THIS')).data?.deleteCalendarEntry).toEqual({ problem: null, count: 1 });
    expect((await db.prisma.calendarSeries.findUniqueOrThrow({ where: { id: seriesId } })).exdates).toEqual(['2027-03-22', '2027-03-29']);
    const gone = await remove(pia, after[0]!.id, 'SERIES');
    expect(gone.data?.deleteCalendarEntry.problem).toBeNull();
    expect(await db.prisma.calendarEntry.count({ where: { seriesId } })).toBe(0);
    expect(await db.prisma.calendarSeries.count({ where: { id: seriesId } })).toBe(0);
  });

  it('warns of overlapping entries without refusing', async () => {
    const result = await create(pia, { ...base(), typeCode: 'documentation', date: '2026-11-25', startTime: '09:30', endTime: '10:30' });
    expect(result.data?.createCalendarEntry).toMatchObject({ problem: null, overlaps: 1 });
  });
});

describe('the daily series job', () => {
  it('extends open-ended series a year ahead without duplicating', async () => {
    const created = await create(pia, { ...base(), typeCode: 'documentation', date: '2026-11-27', startTime: '14:00', endTime: '15:00', recurrence: { frequency: 'WEEKLY', interval: 2 } });
    const seriesId = created.data!.createCalendarEntry.entry!.seriesId!;
    const count = () => db.prisma.calendarEntry.count({ where: { seriesId } });
    const before = await count();
    const later = new Date('2027-01-22T06:00:00Z');
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const context = { data: {}, prisma: db.prisma, logger: silent, now: () => later, modules: [], env: {}, jobId: 'test' } as unknown as JobContext;
    await extendCalendarSeries.handler(context);
    await extendCalendarSeries.handler(context);
    // Two months on: four or five more fortnightly occurrences, once.
    expect((await count()) - before).toBeGreaterThanOrEqual(4);
    expect((await count()) - before).toBeLessThanOrEqual(5);
    const last = await db.prisma.calendarEntry.findFirstOrThrow({ where: { seriesId }, orderBy: { startsAt: 'desc' } });
    expect(last.startsAt < new Date('2028-01-22T00:00:00Z')).toBe(true);
    expect(last.startsAt > new Date('2027-12-31T00:00:00Z')).toBe(true);
  });

  it('gives the occurrences it adds to a bookable first-contact series the series’ contact mode', async () => {
    const created = await create(pia, {
      ...base(), typeCode: 'first-contact', bookable: true, contactMode: 'VISIT', date: '2026-12-01', startTime: '12:00', endTime: '13:00',
      recurrence: { frequency: 'WEEKLY', interval: 1 },
    });
    expect(created.errors).toBeUndefined();
    const seriesId = created.data!.createCalendarEntry.entry!.seriesId!;
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const context = { data: {}, prisma: db.prisma, logger: silent, now: () => new Date('2027-02-01T06:00:00Z'), modules: [], env: {}, jobId: 'test' } as unknown as JobContext;
    await extendCalendarSeries.handler(context);
    const added = await db.prisma.calendarEntry.findMany({ where: { seriesId, startsAt: { gt: new Date('2027-11-24T00:00:00Z') } } });
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(added.map((e) => e.contactMode))).toEqual(new Set(['visit']));
  });
});
