import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { servicesModule } from '../index';
import { demoServiceId } from '../seed';

const modules = [identityModule, servicesModule];
const schema = buildSchema(modules);
let db: Database;
let aino: AuthenticatedUser;
let kalle: AuthenticatedUser;
let mikko: AuthenticatedUser;
let tessa: AuthenticatedUser;
beforeAll(async () => {
  db = await openTestDatabase(modules);
  aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
  kalle = await viewerOf(db.prisma, 'staff', 'staff-kalle');
  mikko = await viewerOf(db.prisma, 'staff', 'staff-mikko');
  tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
}, 180_000);
afterAll(() => db?.close());

const now = new Date('2026-11-23T08:00:00Z');
const cafe = demoServiceId('kohtaamo-perhekahvila');
const counselling = demoServiceId('perheneuvola');

type Viewer = { staff?: AuthenticatedUser | null; resident?: AuthenticatedUser | null; at?: Date; language?: 'fi' | 'sv' | 'en' };
const run = <T,>(source: string, variables: Record<string, unknown> = {}, options: Viewer = {}) =>
  runOperation<T>(schema, db.prisma, source, { variables, staff: options.staff ?? null, resident: options.resident ?? null, now: options.at ?? now, language: options.language, requestId: randomUUID() });

const send = /* GraphQL */ `mutation ($input: ServiceFeedbackInput!) { sendServiceFeedback(input: $input) }`;
const queue = /* GraphQL */ `query ($state: ServiceFeedbackState!, $kind: ServiceFeedbackKind) {
  serviceFeedback(state: $state, kind: $kind) { id kind text language sender state handlerNote service { id } }
}`;
const counts = /* GraphQL */ `{ serviceFeedbackCounts { new handled newByKind { kind count } } }`;
const handle = /* GraphQL */ `mutation ($input: HandleServiceFeedbackInput!) { handleServiceFeedback(input: $input) { id state handlerNote handledAt } }`;

type Item = { id: string; kind: string; text: string; language: string; sender: string; state: string; handlerNote: string | null; service: { id: string } | null };

describe('feedback on a service', () => {
  it('comes from anyone, signed in or not; the same text the same day is kept once', async () => {
    const text = `Aukioloajat ovat väärin ${randomUUID()}`;
    const anonymous = await run(send, { input: { serviceId: cafe, kind: 'WRONG_INFORMATION', text } }, { language: 'sv' });
    expect(anonymous).toEqual({ data: { sendServiceFeedback: true } });
    expect((await run(send, { input: { serviceId: cafe, kind: 'WRONG_INFORMATION', text: ` ${text.toUpperCase()} ` } })).data).toEqual({ sendServiceFeedback: true });
    expect((await run(send, { input: { serviceId: cafe, kind: 'HELPED', text: '' } }, { staff: aino })).data).toEqual({ sendServiceFeedback: true });
    expect((await run(send, { input: { serviceId: cafe, kind: 'OTHER', text: 'Kiitos' } }, { resident: tessa })).data).toEqual({ sendServiceFeedback: true });
    const rows = await db.prisma.serviceFeedback.findMany({ where: { serviceId: cafe, createdAt: now }, orderBy: { kind: 'asc' } });
    expect(rows.map((r) => [r.kind, r.senderType, r.language])).toEqual([
      ['helped', 'professional', 'fi'],
      ['other', 'resident', 'fi'],
      ['wrong-information', 'resident', 'sv'],
    ]);
    // Nobody's identity is kept with it.
    expect(Object.keys(rows[0]!).sort()).toEqual(['createdAt', 'dedupeKey', 'handledAt', 'handledByStaffId', 'handlerNote', 'id', 'kind', 'language', 'senderType', 'serviceId', 'state', 'text']);
  });

  it('is validated with field errors: a text for "wrong", no personal data, a real service', async () => {
    const noText = await run(send, { input: { serviceId: cafe, kind: 'WRONG_INFORMATION', text: '  ' } });
    expect(noText.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'text'], code: 'required' }] });
    const personal = await run(send, { input: { serviceId: cafe, kind: 'OTHER', text: 'Soita minulle 040 123 4567' } });
    expect(personal.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: ['input', 'text'], code: 'invalid' }] });
    const long = await run(send, { input: { serviceId: cafe, kind: 'OTHER', text: 'x'.repeat(1001) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: ['input', 'text'], code: 'too-long', maximum: 1000 }] });
    const unknown = await run(send, { input: { serviceId: randomUUID(), kind: 'HELPED', text: '' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: ['input', 'serviceId'], code: 'invalid-choice' }] });
  });

  it('curators work through the queue and mark items handled with a note, once', async () => {
    await run(send, { input: { serviceId: counselling, kind: 'WRONG_INFORMATION', text: 'Puhelinnumero ei vastaa' } });
    const before = (await run<{ serviceFeedbackCounts: { new: number; handled: number } }>(counts, {}, { staff: kalle })).data!.serviceFeedbackCounts;
    const items = (await run<{ serviceFeedback: Item[] }>(queue, { state: 'NEW', kind: 'WRONG_INFORMATION' }, { staff: kalle })).data!.serviceFeedback;
    const item = items.find((i) => i.text === 'Puhelinnumero ei vastaa')!;
    expect(item).toMatchObject({ kind: 'WRONG_INFORMATION', sender: 'RESIDENT', state: 'NEW', service: { id: counselling } });
    const handled = await run<{ handleServiceFeedback: { state: string; handlerNote: string } }>(handle, { input: { id: item.id, note: 'Ilmoitettu PTV-yhdyshenkilölle.' } }, { staff: kalle });
    expect(handled.data?.handleServiceFeedback).toMatchObject({ state: 'HANDLED', handlerNote: 'Ilmoitettu PTV-yhdyshenkilölle.' });
    const twice = await run<{ handleServiceFeedback: { handlerNote: string } }>(handle, { input: { id: item.id, note: 'Toinen' } }, { staff: kalle });
    expect(twice.data?.handleServiceFeedback.handlerNote).toBe('Ilmoitettu PTV-yhdyshenkilölle.');
    const after = (await run<{ serviceFeedbackCounts: { new: number; handled: number } }>(counts, {}, { staff: kalle })).data!.serviceFeedbackCounts;
    expect(after).toMatchObject({ new: before.new - 1, handled: before.handled + 1 });
    const handledList = (await run<{ serviceFeedback: Item[] }>(queue, { state: 'HANDLED' }, { staff: kalle })).data!.serviceFeedback;
    expect(handledList[0]?.id).toBe(item.id);
  });

  it('only curators read or handle it', async () => {
    for (const viewer of [{ staff: aino }, { staff: mikko }, { resident: tessa }, {}]) {
      const result = await run(queue, { state: 'NEW' }, viewer);
      expect(result.errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect((await run(handle, { input: { id: randomUUID(), note: '' } }, viewer)).errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});

const diagnostics = /* GraphQL */ `query ($reason: ServiceDiagnosticReason) {
  serviceDiagnostics(reason: $reason) {
    checked withGaps byReason { reason count }
    byOrganization { organization { id } checked withGaps byReason { reason count } }
    services { service { id } reasons }
  }
}`;
type Diagnostics = {
  serviceDiagnostics: {
    checked: number; withGaps: number; byReason: { reason: string; count: number }[];
    byOrganization: { organization: { id: string }; checked: number; withGaps: number; byReason: { reason: string; count: number }[] }[];
    services: { service: { id: string }; reasons: string[] }[];
  };
};

describe('curator diagnostics', () => {
  it('count the gaps per reason and organisation and list services with their reasons', async () => {
    // Make one service lack its target groups and Swedish summary, and be two years old.
    await db.prisma.service.update({ where: { id: cafe }, data: { targetGroups: [], summary: { fi: 'Perhekahvila' }, sourceModifiedAt: new Date('2024-10-01T00:00:00Z') } });
    const result = await run<Diagnostics>(diagnostics, {}, { staff: kalle });
    expect(result.errors).toBeUndefined();
    const d = result.data!.serviceDiagnostics;
    expect(d.checked).toBe(await db.prisma.service.count());
    expect(d.services.find((s) => s.service.id === cafe)?.reasons).toEqual(expect.arrayContaining(['MISSING_TARGET_GROUP', 'MISSING_SWEDISH', 'NOT_UPDATED']));
    const count = (reason: string) => d.byReason.find((r) => r.reason === reason)?.count ?? 0;
    expect(count('MISSING_TARGET_GROUP')).toBeGreaterThanOrEqual(1);
    expect(d.byOrganization.reduce((sum, o) => sum + o.withGaps, 0)).toBe(d.withGaps);
    const filtered = (await run<Diagnostics>(diagnostics, { reason: 'MISSING_TARGET_GROUP' }, { staff: kalle })).data!.serviceDiagnostics;
    expect(filtered.services.every((s) => s.reasons.includes('MISSING_TARGET_GROUP'))).toBe(true);
    expect(filtered.services.map((s) => s.service.id)).toContain(cafe);
    expect((await run(diagnostics, {}, { staff: aino })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

const statistics = /* GraphQL */ `query ($from: Date!, $to: Date!) {
  serviceTrayStatistics(from: $from, to: $to) {
    suppressionThreshold
    searches { total topTerms { term count } termsWithoutResults { term count } }
    views { total topServices { service { id } count } }
    referrals { total byUnit { unit { code } count } byProviderType { key count } }
    feedback { total byKind { key count } byState { key count } }
  }
}`;
type Statistics = {
  serviceTrayStatistics: {
    suppressionThreshold: number;
    searches: { total: number | null; topTerms: { term: string; count: number }[]; termsWithoutResults: { term: string; count: number }[] };
    views: { total: number | null; topServices: { service: { id: string }; count: number }[] };
    referrals: { total: number | null; byUnit: { unit: { code: string }; count: number | null }[]; byProviderType: { key: string; count: number | null }[] };
    feedback: { total: number | null; byKind: { key: string; count: number | null }[] };
  };
};

describe('statistics', () => {
  it('aggregate a period and hide counts under five', async () => {
    const at = new Date('2026-06-10T09:00:00Z');
    const searches = [
      ...Array.from({ length: 7 }, () => ({ at, language: 'fi', query: 'perhekeskus', resultCount: 3 })),
      ...Array.from({ length: 5 }, () => ({ at, language: 'sv', query: 'sorgegrupp', resultCount: 0 })),
      { at, language: 'fi', query: 'matti meikäläinen', resultCount: 0 },
    ];
    await db.prisma.serviceSearchEvent.createMany({ data: searches });
    await db.prisma.serviceViewEvent.createMany({
      data: [...Array.from({ length: 6 }, () => ({ at, serviceId: counselling, language: 'fi' })), { at, serviceId: cafe, language: 'fi' }],
    });
    const asne = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ASNE' } });
    const tk = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ESP-TK' } });
    const referral = (unitId: string, providerType: string) => ({
      handoverId: randomUUID(), referredAt: at, fromUnitId: unitId, serviceId: counselling, organizationId: randomUUID(), providerType, channel: 'link',
    });
    await db.prisma.serviceReferral.createMany({
      data: [...Array.from({ length: 8 }, () => referral(asne.id, 'ngo')), ...Array.from({ length: 2 }, () => referral(tk.id, 'parish')), ...Array.from({ length: 6 }, () => referral(asne.id, 'county'))],
    });

    const result = await run<Statistics>(statistics, { from: '2026-06-01', to: '2026-06-30' }, { staff: mikko });
    expect(result.errors).toBeUndefined();
    const s = result.data!.serviceTrayStatistics;
    expect(s.suppressionThreshold).toBe(5);
    expect(s.searches).toEqual({
      total: 13,
      topTerms: [{ term: 'perhekeskus', count: 7 }, { term: 'sorgegrupp', count: 5 }],
      termsWithoutResults: [{ term: 'sorgegrupp', count: 5 }],
    });
    expect(s.views).toEqual({ total: 7, topServices: [{ service: { id: counselling }, count: 6 }] });
    expect(s.referrals.total).toBe(16);
    // ESP-TK's 2 is hidden; with only two units, ASNE's 14 would give it back from the total, so it goes too.
    expect(s.referrals.byUnit).toEqual([{ unit: { code: 'ASNE' }, count: null }, { unit: { code: 'ESP-TK' }, count: null }]);
    expect(s.referrals.byProviderType).toEqual([
      { key: 'county', count: null }, { key: 'municipality', count: 0 }, { key: 'ngo', count: 8 }, { key: 'parish', count: null }, { key: 'company', count: 0 },
    ]);
    // Another month has none of these.
    const july = (await run<Statistics>(statistics, { from: '2026-07-01', to: '2026-07-31' }, { staff: kalle })).data!.serviceTrayStatistics;
    expect(july.searches.total).toBe(0);
    expect(july.referrals.total).toBe(0);
  });

  it('refuse a period backwards or over a year, and other roles', async () => {
    expect((await run(statistics, { from: '2026-06-30', to: '2026-06-01' }, { staff: mikko })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await run(statistics, { from: '2025-01-01', to: '2026-06-01' }, { staff: mikko })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await run(statistics, { from: '2026-06-01', to: '2026-06-30' }, { staff: aino })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await run(statistics, { from: '2026-06-01', to: '2026-06-30' }, { resident: tessa })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
