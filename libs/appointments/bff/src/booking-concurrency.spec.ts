import { afterAll, describe, expect, it } from 'vitest';
import { demoId, dropTestSchemas, findTestPostgres, migrate, openDatabase, seedAll, type Database } from '@luotsi/db';
import { buildSchema, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule, firstContactBooked } from './index';
import { appointmentMoved } from './notifications';

/**
 * No double booking (issue 9, item 4), with real concurrency: on PostgreSQL the attempts run on
 * a pool of connections at once; on PGlite they queue on its one connection. TEST_DATABASE_URL
 * overrides the local PostgreSQL; without one the PostgreSQL case is not defined and says so.
 */
const modules = [identityModule, appointmentsModule];
const schema = buildSchema(modules);
const schemaName = `appointments_it_${process.pid}_${Date.now()}`;
const postgres = await findTestPostgres();

const targets: { name: string; open: () => Promise<Database>; cleanup?: () => Promise<void> }[] = [
  { name: 'PGlite', open: () => openDatabase({ url: 'memory://' }) },
];
if (postgres.url) {
  const url = postgres.url;
  targets.push({ name: 'PostgreSQL', open: () => openDatabase({ url, schema: schemaName }), cleanup: () => dropTestSchemas(url, [schemaName]) });
} else if (postgres.required) throw new Error(postgres.reason);
else console.warn('PostgreSQL does not answer: the booking race runs on PGlite only.');

const now = new Date('2026-11-23T06:00:00Z');
const slotIds = Array.from({ length: 20 }, (_, i) => demoId('calendar-entry', `fc-${String(i + 1).padStart(2, '0')}`));

describe.each(targets)('200 simultaneous bookings of 20 free times on $name', (target) => {
  let db: Database | undefined;
  afterAll(async () => {
    await db?.close();
    await target.cleanup?.();
  });

  it('book each time exactly once; every other attempt is told SLOT_TAKEN with other free times', async () => {
    db = await target.open();
    await migrate(db);
    await seedAll(db.prisma, modules.flatMap((m) => (m.seed ? [m.seed] : [])));
    const database = db;
    const aino = await viewerOf(database.prisma, 'staff', 'staff-aino');
    const residents = await database.prisma.person.findMany({ where: { oidcSubject: { in: ['resident-tessa', 'resident-ville', 'carer-olli'] } } });
    expect(residents).toHaveLength(3);

    const mutation = `mutation($input: BookFirstContactInput!) { bookFirstContact(input: $input) { problem booking { id } nextFreeTimes { id } } }`;
    type Result = { bookFirstContact: { problem: string | null; booking: { id: string } | null; nextFreeTimes: { id: string }[] } };
    // Ten advisors' attempts on each time, interleaved, for three different residents.
    const attempts = Array.from({ length: 200 }, (_, i) =>
      runOperation<Result>(schema, database.prisma, mutation, {
        staff: aino,
        now,
        requestId: `race-${i}`,
        variables: { input: { slotId: slotIds[i % 20], client: { personalIdentityCode: residents[i % 3]!.personalIdentityCode }, reason: `Yritys ${i}` } },
      }),
    );
    const results = await Promise.all(attempts);

    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.message)).toEqual([]);
    const payloads = results.map((r) => r.data!.bookFirstContact);
    const won = payloads.filter((p) => p.problem === null);
    expect(won).toHaveLength(20);
    expect(new Set(won.map((p) => p.booking?.id))).toEqual(new Set(slotIds));
    expect(payloads.filter((p) => p.problem === 'SLOT_TAKEN')).toHaveLength(180);

    const booked = await database.prisma.calendarEntry.findMany({ where: { id: { in: slotIds } } });
    expect(booked.every((e) => e.clientId !== null && e.bookedAt !== null)).toBe(true);
    // Recorded by the same UPDATE that claimed the time: the winning advisor, through advice.
    expect(booked.every((e) => e.bookedById === aino.staffId && e.bookingChannel === 'advice')).toBe(true);
    // One log row and one notification per booking: the losers' transactions left nothing.
    expect(await database.prisma.accessLogEntry.count({ where: { action: 'create', objectId: { in: slotIds } } })).toBe(20);
    expect(await database.prisma.notification.count({ where: { type: firstContactBooked.type } })).toBe(20);
  }, 300_000);

  it('let exactly one of three residents moving to the same free time at once have it; the others keep theirs', async () => {
    const database = db!;
    const tessa = await viewerOf(database.prisma, 'resident', 'resident-tessa');
    const ville = await viewerOf(database.prisma, 'resident', 'resident-ville');
    const olli = await viewerOf(database.prisma, 'resident', 'carer-olli');
    // Each has a family-counselling first contact; fc-15 (family counselling) is made free again.
    const from = { tessa: demoId('calendar-entry', 'tessa-first-contact'), ville: slotIds[5]!, olli: slotIds[12]! };
    const target = slotIds[14]!;
    await database.prisma.calendarEntry.update({ where: { id: from.ville }, data: { clientId: ville.personId! } });
    await database.prisma.calendarEntry.update({ where: { id: from.olli }, data: { clientId: olli.personId! } });
    await database.prisma.calendarEntry.update({ where: { id: target }, data: { clientId: null, reason: null, bookedAt: null, bookedById: null, bookingChannel: null } });

    const mutation = `mutation($id: ID!, $to: ID!) { moveMyAppointment(id: $id, toSlotId: $to) { problem appointment { id } } }`;
    type Result = { moveMyAppointment: { problem: string | null; appointment: { id: string } | null } | null };
    const movers = [[tessa, from.tessa], [ville, from.ville], [olli, from.olli]] as const;
    const results = await Promise.all(
      movers.map(([resident, id], i) => runOperation<Result>(schema, database.prisma, mutation, { resident, now, requestId: `move-${i}`, variables: { id, to: target } })),
    );
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.message)).toEqual([]);
    const problems = results.map((r) => r.data?.moveMyAppointment?.problem);
    expect(problems.filter((p) => p === null)).toHaveLength(1);
    expect(problems.filter((p) => p === 'SLOT_TAKEN')).toHaveLength(2);
    const winner = problems.indexOf(null);
    expect((await database.prisma.calendarEntry.findUniqueOrThrow({ where: { id: target } })).clientId).toBe(movers[winner]![0].personId);
    for (const [i, [resident, id]] of movers.entries())
      expect((await database.prisma.calendarEntry.findUniqueOrThrow({ where: { id } })).clientId).toBe(i === winner ? null : resident.personId);
    expect(await database.prisma.notification.count({ where: { type: appointmentMoved.type } })).toBe(1);
  }, 300_000);
});
