import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, viewerOf } from '@luotsi/bff-core';
import { demoId, type Database } from '@luotsi/db';
import { collectMyData, hasExpired, purgeExpiredData, retentionCutoff } from '@luotsi/privacy-bff';
import { bffModules } from './modules';

/**
 * Every module's privacy declarations together, on the seeded demo database: what a resident's
 * export holds, and what the retention purge removes.
 */
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase(bffModules);
});
afterAll(() => db?.close());

const personOf = async (subject: string) => (await viewerOf(db.prisma, 'resident', subject)).personId ?? '';

describe('a resident’s data export', () => {
  it('holds every module’s records of the resident and nobody else’s', async () => {
    const sections = await collectMyData(db.prisma, bffModules, await personOf('resident-tessa'));
    const counts = Object.fromEntries(sections.map((s) => [s.id, s.records.length]));
    expect(counts).toEqual({
      'identity.person': 1,
      'identity.children': 2,
      'family.help-requests': 2,
      'symptoms.contact-requests': 2,
      'symptoms.assessments': 0,
      'appointments.bookings': 3,
      'caregiving.agreements': 0,
      'messages.portal-messages': 0,
      'services.guidance-sets': 1,
    });
    const text = JSON.stringify(sections);
    for (const other of ['Leena', 'Salminen', 'Korhonen', 'Virtanen']) expect(text).not.toContain(other);
  });

  it('gives a carer their agreements, drafts included', async () => {
    const sections = await collectMyData(db.prisma, bffModules, await personOf('carer-olli'));
    const agreements = sections.find((s) => s.id === 'caregiving.agreements')?.records ?? [];
    expect(agreements.map((r) => r.find((f) => f.key === 'status')?.value).sort()).toEqual(['active', 'draft']);
  });

  it('has a title and purpose in all three languages for every section', async () => {
    const sections = await collectMyData(db.prisma, bffModules, await personOf('resident-tessa'));
    for (const s of sections)
      for (const text of [s.title, s.purpose, ...s.records.flat().map((f) => f.label)])
        expect([text.fi, text.sv, text.en].every((t) => t.trim().length > 0), s.id).toBe(true);
  });
});

describe('the retention purge', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('refuses a bad setting before removing anything', async () => {
    const before = await db.prisma.contactRequest.count();
    await expect(purgeExpiredData(db.prisma, bffModules, { now, env: { RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS: 'one year' } })).rejects.toThrow(
      /RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS/,
    );
    expect(await db.prisma.contactRequest.count()).toBe(before);
  });

  it('removes what has expired by each module’s rule and keeps what is open or in force', async () => {
    const tessa = await personOf('resident-tessa');
    // Two of Tessa's requests are closed; an old agreement has ended long ago.
    await db.prisma.helpRequest.updateMany({ where: { id: { in: [demoId('help-request', 'sleep'), demoId('help-request', 'money')] } }, data: { status: 'closed' } });
    await db.prisma.careAgreement.update({ where: { id: demoId('care-agreement', 'anneli') }, data: { status: 'ended', validTo: new Date('2010-01-31') } });
    const requestsBefore = await db.prisma.contactRequest.findMany();
    const env = {
      RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS: '1',
      RETENTION_DAYS_FAMILY_HELP_REQUESTS: '3',
      RETENTION_DAYS_APPOINTMENTS_CLIENT_BOOKINGS: '7',
    };

    const results = await purgeExpiredData(db.prisma, bffModules, { now, env });
    expect(Object.fromEntries(results.map((r) => [r.ruleId, r.count]))).toEqual({
      'identity.clients-without-code': 0,
      'family.help-requests': 1,
      'symptoms.contact-requests': 1,
      'symptoms.unsent-assessments': 0,
      'caregiving.agreements': 1,
      'appointments.client-bookings': 1,
      'messages.portal-messages': 0,
      'messages.notifications': 0,
      'services.guidance-sets': 0,
    });

    // The database agrees with the pure rule, request by request.
    const kept = new Set((await db.prisma.contactRequest.findMany({ select: { id: true } })).map((r) => r.id));
    for (const r of requestsBefore) expect(kept.has(r.id), r.id).toBe(!(r.status === 'handled' && hasExpired(r.handledAt, now, 1)));
    expect(kept.has(demoId('contact-request', 'esp-9'))).toBe(false);
    // Old but still open: never removed.
    expect(kept.has(demoId('contact-request', 'esp-8'))).toBe(true);

    expect((await db.prisma.helpRequest.findMany({ where: { personId: tessa } })).map((r) => r.topic)).toEqual(['money']);
    expect(await db.prisma.helpRequest.count({ where: { contactMethod: 'anonymous' } })).toBe(1);
    expect(await db.prisma.careAgreement.findUnique({ where: { id: demoId('care-agreement', 'anneli') } })).toBeNull();
    // The past booking stays in the calendar without its client; coming ones keep theirs.
    const past = await db.prisma.calendarEntry.findUniqueOrThrow({ where: { id: demoId('calendar-entry', 'tessa-phone-past') } });
    expect([past.clientId, past.title]).toEqual([null, null]);
    expect(await db.prisma.calendarEntry.count({ where: { clientId: tessa, endsAt: { gt: retentionCutoff(now, 7) } } })).toBe(2);
  });

  it('removes nothing more when run again', async () => {
    const results = await purgeExpiredData(db.prisma, bffModules, { now, env: { RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS: '1', RETENTION_DAYS_FAMILY_HELP_REQUESTS: '3', RETENTION_DAYS_APPOINTMENTS_CLIENT_BOOKINGS: '7' } });
    expect(results.every((r) => r.count === 0)).toBe(true);
  });
});
