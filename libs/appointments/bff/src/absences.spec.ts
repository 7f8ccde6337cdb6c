import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, dropTestSchemas, findTestPostgres, migrate, openDatabase, seedAll, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser, type RenderedEmail } from '@luotsi/bff-core';
import { renderChannel } from '@luotsi/notify';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule } from './index';
import { professionalChanged } from './absences';

const modules = [identityModule, appointmentsModule];
const schema = buildSchema(modules);
let db: Database;
let tiina: AuthenticatedUser;
let pia: AuthenticatedUser;
let otherLead: AuthenticatedUser;
const staff: Record<string, string> = {};
const units: Record<string, string> = {};
let ville: string;
let tessa: string;

/** The demo date: Monday 2026-11-23, 8.00 in Helsinki. Pia is away on Friday 27.11, 8–17. */
const now = new Date('2026-11-23T06:00:00Z');
const villeVisit = demoId('calendar-entry', 'ville-visit-in-absence');

beforeAll(async () => {
  db = await openTestDatabase(modules);
  tiina = await viewerOf(db.prisma, 'staff', 'staff-tiina');
  pia = await viewerOf(db.prisma, 'staff', 'staff-pia');
  for (const subject of ['staff-pia', 'staff-tiina', 'demo-staff-riitta', 'demo-staff-pekka', 'demo-staff-satu'])
    staff[subject] = (await db.prisma.staffMember.findUniqueOrThrow({ where: { oidcSubject: subject } })).id;
  for (const unit of await db.prisma.unit.findMany({ select: { id: true, code: true } })) units[unit.code] = unit.id;
  ville = (await db.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-ville' } })).id;
  tessa = (await db.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-tessa' } })).id;
  // The team lead of home help, to show that teams do not see each other's absences.
  await db.prisma.staffMember.create({
    data: { oidcSubject: 'test-lead-home-help', firstName: 'Kerttu', lastName: 'Kotijohtaja', title: { fi: 'Esihenkilö' }, roles: ['team-lead'], units: { create: [{ unitId: units['KOTI-ESP']! }] } },
  });
  otherLead = await viewerOf(db.prisma, 'staff', 'test-lead-home-help');
  // Satu (home help) is away on Thursday 26.11.
  await db.prisma.calendarEntry.create({
    data: { staffId: staff['demo-staff-satu']!, unitId: units['KOTI-ESP']!, typeCode: 'absence', startsAt: new Date('2026-11-26T06:00:00Z'), endsAt: new Date('2026-11-26T15:00:00Z') },
  });
}, 180_000);
afterAll(() => db?.close());

const absencesQuery = /* GraphQL */ `{
  teamAbsences {
    startsAt endsAt note
    professional { id firstName lastName }
    affectedEntries { id startsAt endsAt clientName professionalId type { code } unit { code } candidates { id firstName } }
  }
}`;
interface Absences {
  teamAbsences: {
    startsAt: string;
    endsAt: string;
    note: string | null;
    professional: { id: string; firstName: string; lastName: string };
    affectedEntries: { id: string; startsAt: string; clientName: string; professionalId: string; type: { code: string }; unit: { code: string }; candidates: { id: string; firstName: string }[] }[];
  }[];
}
const absencesOf = (viewer: AuthenticatedUser) => runOperation<Absences>(schema, db.prisma, absencesQuery, { staff: viewer, now, requestId: `abs-${Math.random()}` });

const move = /* GraphQL */ `mutation Move($entryId: ID!, $fromStaffId: ID!, $toStaffId: ID!) {
  reassignCalendarEntry(entryId: $entryId, fromStaffId: $fromStaffId, toStaffId: $toStaffId) {
    problem
    entry { id startsAt professional { id } unit { code } }
  }
}`;
interface Moved {
  reassignCalendarEntry: { problem: string | null; entry: { id: string; startsAt: string; professional: { id: string }; unit: { code: string } } | null };
}
const moveAs = (viewer: AuthenticatedUser, entryId: string, from: string, to: string) =>
  runOperation<Moved>(schema, db.prisma, move, { staff: viewer, now, variables: { entryId, fromStaffId: from, toStaffId: to }, requestId: `move-${Math.random()}` });

const changeNotices = async (entryId: string) =>
  (await db.prisma.notification.findMany({ where: { type: professionalChanged.type } })).filter((n) => (n.data as { appointmentId?: string }).appointmentId === entryId);
const changeLog = (entryId: string) => db.prisma.accessLogEntry.findMany({ where: { objectId: entryId, action: 'update' } });

describe('teamAbsences', () => {
  it('shows the team lead her team’s absences with the client times in them and the free colleagues, and logs the reads', async () => {
    const result = await absencesOf(tiina);
    expect(result.errors).toBeUndefined();
    const absences = result.data!.teamAbsences;
    expect(absences.map((a) => a.professional.lastName)).toEqual(['Perheneuvoja']);
    const [absence] = absences;
    expect(absence).toMatchObject({ startsAt: '2026-11-27T06:00:00.000Z', endsAt: '2026-11-27T15:00:00.000Z' });
    expect(absence!.affectedEntries).toEqual([
      expect.objectContaining({
        id: villeVisit, startsAt: '2026-11-27T10:00:00.000Z', clientName: 'Ville Virtanen', professionalId: staff['staff-pia'],
        type: { code: 'client-visit' }, unit: { code: 'PNE-ESP' },
      }),
    ]);
    const candidates = absence!.affectedEntries[0]!.candidates.map((c) => c.id);
    expect(candidates).toEqual(expect.arrayContaining([staff['demo-staff-riitta'], staff['demo-staff-pekka']]));
    expect(candidates).not.toContain(staff['staff-pia']);
    expect(candidates).not.toContain(staff['demo-staff-satu']);

    const logged = await db.prisma.accessLogEntry.findMany({ where: { objectId: villeVisit, action: 'read' } });
    expect(logged).toMatchObject([{ clientPersonId: ville, actorRole: 'team-lead', purpose: 'absence-reassignment', actorStaffId: tiina.staffId }]);
  });

  it('shows another team’s lead only their own team’s absences', async () => {
    const result = await absencesOf(otherLead);
    expect(result.errors).toBeUndefined();
    expect(result.data!.teamAbsences.map((a) => [a.professional.firstName, a.affectedEntries.length])).toEqual([['Satu', 0]]);
  });

  it('is only for team leads', async () => {
    const result = await absencesOf(pia);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reassignCalendarEntry', () => {
  it('refuses a colleague who is busy then, one from another team, and writes nothing', async () => {
    const meeting = await db.prisma.calendarEntry.create({
      data: { staffId: staff['demo-staff-riitta']!, unitId: units['PNE-ESP']!, typeCode: 'team-meeting', startsAt: new Date('2026-11-27T09:30:00Z'), endsAt: new Date('2026-11-27T10:30:00Z') },
    });
    const candidates = await runOperation<{ reassignmentCandidates: { id: string }[] }>(
      schema, db.prisma, 'query C($id: ID!) { reassignmentCandidates(entryId: $id) { id } }', { staff: tiina, now, variables: { id: villeVisit } },
    );
    expect(candidates.data?.reassignmentCandidates.map((c) => c.id)).not.toContain(staff['demo-staff-riitta']);

    expect((await moveAs(tiina, villeVisit, staff['staff-pia']!, staff['demo-staff-riitta']!)).data?.reassignCalendarEntry).toEqual({ problem: 'COLLEAGUE_BUSY', entry: null });
    expect((await moveAs(tiina, villeVisit, staff['staff-pia']!, staff['demo-staff-satu']!)).data?.reassignCalendarEntry).toEqual({ problem: 'NOT_A_COLLEAGUE', entry: null });
    // The other team's lead cannot reach the entry at all.
    expect((await moveAs(otherLead, villeVisit, staff['staff-pia']!, staff['demo-staff-satu']!)).data?.reassignCalendarEntry.problem).toBe('ENTRY_NOT_FOUND');
    expect((await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: villeVisit } })).staffId).toBe(staff['staff-pia']);
    expect(await changeNotices(villeVisit)).toEqual([]);
    expect(await changeLog(villeVisit)).toEqual([]);
    await db.prisma.calendarEntry.delete({ where: { id: meeting.id } });
  });

  it('moves the time to a free colleague, withdrawing her free time then, logs it and tells the client', async () => {
    // Riitta has published a free first-contact time at that very hour.
    const freeTime = await db.prisma.calendarEntry.create({
      data: { staffId: staff['demo-staff-riitta']!, unitId: units['PNE-ESP']!, typeCode: 'first-contact', bookable: true, startsAt: new Date('2026-11-27T10:00:00Z'), endsAt: new Date('2026-11-27T11:00:00Z') },
    });
    const result = await moveAs(tiina, villeVisit, staff['staff-pia']!, staff['demo-staff-riitta']!);
    expect(result.errors).toBeUndefined();
    expect(result.data?.reassignCalendarEntry).toEqual({
      problem: null,
      entry: { id: villeVisit, startsAt: '2026-11-27T10:00:00.000Z', professional: { id: staff['demo-staff-riitta'] }, unit: { code: 'PNE-ESP' } },
    });
    expect(await db.prisma.calendarEntry.findUnique({ where: { id: freeTime.id } })).toBeNull();
    expect(await changeLog(villeVisit)).toMatchObject([{ clientPersonId: ville, actorRole: 'team-lead', purpose: 'absence-reassignment', objectType: 'CalendarEntry' }]);
    const [notice, ...more] = await changeNotices(villeVisit);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ recipientPersonId: ville, data: { startsAt: '2026-11-27T10:00:00.000Z', endsAt: '2026-11-27T11:00:00.000Z' } });

    // No longer affected by the absence; moving it again as if still Pia's is refused.
    const after = await absencesOf(tiina);
    expect(after.data!.teamAbsences[0]!.affectedEntries).toEqual([]);
    expect((await moveAs(tiina, villeVisit, staff['staff-pia']!, staff['demo-staff-pekka']!)).data?.reassignCalendarEntry.problem).toBe('ENTRY_CHANGED');
  });

  it('moves to a colleague of another unit of the same service, into that unit', async () => {
    const entry = await db.prisma.calendarEntry.create({
      data: { staffId: staff['staff-pia']!, unitId: units['PNE-ESP']!, typeCode: 'phone-contact', clientId: tessa, startsAt: new Date('2026-11-27T07:00:00Z'), endsAt: new Date('2026-11-27T07:30:00Z') },
    });
    const result = await moveAs(tiina, entry.id, staff['staff-pia']!, staff['demo-staff-pekka']!);
    expect(result.data?.reassignCalendarEntry.entry).toMatchObject({ professional: { id: staff['demo-staff-pekka'] }, unit: { code: 'PNE-POH' } });
  });

  it('lets only one of two leads moving the same time at once succeed', async () => {
    const entry = await db.prisma.calendarEntry.create({
      data: { staffId: staff['staff-pia']!, unitId: units['PNE-ESP']!, typeCode: 'client-visit', clientId: tessa, startsAt: new Date('2026-11-27T12:00:00Z'), endsAt: new Date('2026-11-27T13:00:00Z') },
    });
    const results = await Promise.all([
      moveAs(tiina, entry.id, staff['staff-pia']!, staff['demo-staff-riitta']!),
      moveAs(tiina, entry.id, staff['staff-pia']!, staff['demo-staff-pekka']!),
    ]);
    const payloads = results.map((r) => r.data?.reassignCalendarEntry);
    expect(payloads.filter((p) => p?.entry).length).toBe(1);
    expect(payloads.filter((p) => p?.problem).map((p) => p?.problem)).toEqual(['ENTRY_CHANGED']);
    expect(await changeNotices(entry.id)).toHaveLength(1);
    expect(await changeLog(entry.id)).toHaveLength(1);
  });

  it('tells the client in her language that only the professional changed, with an updated .ics and no service named', () => {
    const data = { appointmentId: villeVisit, startsAt: '2026-11-27T10:00:00.000Z', endsAt: '2026-11-27T11:00:00.000Z', changedAt: now.toISOString(), sequence: 7 };
    const env = { publicUrl: 'https://luotsi.example.fi' };
    const email = (renderChannel(professionalChanged, 'email', data, 'sv', env) as { email: RenderedEmail }).email;
    expect(email.subject).toBe('Din tid har fått en annan yrkesperson');
    expect(email.text).toContain('12.00');
    const ics = String(email.attachments?.[0]?.content);
    expect(ics).toContain(`UID:${villeVisit}@luotsi`);
    expect(ics).toContain('SEQUENCE:7');
    expect(ics).toContain('DTSTART;TZID=Europe/Helsinki:20261127T120000');
    const sms = (renderChannel(professionalChanged, 'sms', data, 'fi', env) as { text: string }).text;
    expect(sms).toMatch(/sosiaalipalvelujen/i);
    for (const text of [email.text, sms, ics]) expect(text).not.toMatch(/perheneuvol|familjeråd|counselling/i);
  });
});

describe('recordAbsence', () => {
  const record = (viewer: AuthenticatedUser, staffId: string) =>
    runOperation<{ recordAbsence: { professional: { id: string }; note: string | null } }>(
      schema, db.prisma,
      'mutation R($input: RecordAbsenceInput!) { recordAbsence(input: $input) { professional { id } note } }',
      { staff: viewer, now, variables: { input: { staffId, startsAt: '2026-12-01T06:00:00Z', endsAt: '2026-12-01T14:00:00Z', note: ' Koulutus ' } } },
    );

  it('records an absence for a team member, which then shows in the team’s absences', async () => {
    const result = await record(tiina, staff['demo-staff-riitta']!);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordAbsence).toEqual({ professional: { id: staff['demo-staff-riitta'] }, note: 'Koulutus' });
    expect((await absencesOf(tiina)).data!.teamAbsences.map((a) => a.professional.firstName)).toContain('Riitta');
  });

  it('lists the team members the lead can record absences for', async () => {
    const result = await runOperation<{ teamMembers: { firstName: string }[] }>(schema, db.prisma, '{ teamMembers { firstName } }', { staff: tiina, now });
    expect(result.data?.teamMembers.map((m) => m.firstName)).toEqual(['Riitta', 'Pekka', 'Pia', 'Tiina']);
  });

  it('refuses someone outside the team', async () => {
    expect((await record(tiina, staff['demo-staff-satu']!)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/**
 * The same rules with real concurrency: on PostgreSQL the moves run on a pool of connections at
 * once (on PGlite above they queue on its one connection). Skipped when PostgreSQL does not answer.
 */
const postgres = await findTestPostgres();
if (!postgres.url && postgres.required) throw new Error(postgres.reason);
describe.skipIf(!postgres.url)('reassignCalendarEntry on PostgreSQL', () => {
  const schemaName = `absences_it_${process.pid}_${Date.now()}`;
  let pg: Database | undefined;
  afterAll(async () => {
    await pg?.close();
    if (postgres.url) await dropTestSchemas(postgres.url, [schemaName]);
  });

  it('moves a time once when leads race to move it, and never gives one colleague two clients at once', async () => {
    pg = await openDatabase({ url: postgres.url!, schema: schemaName });
    await migrate(pg);
    await seedAll(pg.prisma, modules.flatMap((m) => (m.seed ? [m.seed] : [])));
    const database = pg;
    const lead = await viewerOf(database.prisma, 'staff', 'staff-tiina');
    const id = (subject: string) => demoId('staff', subject);
    const run = (entryId: string, to: string, i: number) =>
      runOperation<Moved>(schema, database.prisma, move, { staff: lead, now, requestId: `race-${i}`, variables: { entryId, fromStaffId: id('staff-pia'), toStaffId: to } });

    // Ten moves of Ville's time at once, to three colleagues: one wins.
    const colleagues = [id('demo-staff-riitta'), id('demo-staff-pekka'), id('staff-tiina')];
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => run(villeVisit, colleagues[i % 3]!, i)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const payloads = results.map((r) => r.data!.reassignCalendarEntry);
    expect(payloads.filter((p) => p.entry)).toHaveLength(1);
    expect(new Set(payloads.filter((p) => !p.entry).map((p) => p.problem))).toEqual(new Set(['ENTRY_CHANGED']));
    const notices = (await database.prisma.notification.findMany({ where: { type: professionalChanged.type } })).filter((n) => (n.data as { appointmentId?: string }).appointmentId === villeVisit);
    expect(notices).toHaveLength(1);
    expect(await database.prisma.accessLogEntry.count({ where: { objectId: villeVisit, action: 'update' } })).toBe(1);

    // Two of Pia's times at overlapping hours, moved to the same free colleague at once: one fits.
    const client = (await database.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-tessa' } })).id;
    const unitId = (await database.prisma.unit.findUniqueOrThrow({ where: { code: 'PNE-ESP' } })).id;
    const entries = await Promise.all(
      ['2026-11-27T12:00:00Z', '2026-11-27T12:30:00Z'].map((start) =>
        database.prisma.calendarEntry.create({
          data: { staffId: id('staff-pia'), unitId, typeCode: 'client-visit', clientId: client, startsAt: new Date(start), endsAt: new Date(new Date(start).getTime() + 3_600_000) },
        }),
      ),
    );
    const both = await Promise.all(entries.map((e, i) => run(e.id, id('demo-staff-riitta'), 100 + i)));
    expect(both.map((r) => r.data!.reassignCalendarEntry.problem).sort()).toEqual(['COLLEAGUE_BUSY', null]);
  }, 120_000);
});
