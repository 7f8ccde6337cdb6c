import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { renderChannel } from '@luotsi/notify';
import { identityModule } from '@luotsi/identity-bff';
import { servicesModule } from '../index';
import { demoServiceId } from '../seed';
import { guidanceHandedOverSms } from './notifications';

const modules = [identityModule, servicesModule];
const schema = buildSchema(modules);
let db: Database;
let aino: AuthenticatedUser;
let hanna: AuthenticatedUser;
let kalle: AuthenticatedUser;
let tessa: AuthenticatedUser;
let tessaCode: string;
beforeAll(async () => {
  db = await openTestDatabase(modules);
  aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
  hanna = await viewerOf(db.prisma, 'staff', 'staff-hanna');
  kalle = await viewerOf(db.prisma, 'staff', 'staff-kalle');
  tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
  const person = await db.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-tessa' } });
  tessaCode = person.personalIdentityCode ?? '';
  // The text message needs a phone number on file.
  await db.prisma.person.update({ where: { id: person.id }, data: { phone: '+358401234567' } });
}, 180_000);
afterAll(() => db?.close());

const now = new Date('2026-11-23T08:00:00Z');
const counselling = demoServiceId('perheneuvola');
const familyCafe = demoServiceId('kohtaamo-perhekahvila');

const save = /* GraphQL */ `mutation Save($input: SaveGuidanceSetInput!) {
  saveGuidanceSet(input: $input) { problem set { id language note client { firstName lastName hasPhone } items { serviceId note service { name { text } } } } }
}`;
const handOver = /* GraphQL */ `mutation HandOver($input: HandOverGuidanceSetInput!) {
  handOverGuidanceSet(input: $input) { problem handover { id channel expiresAt linkPath } }
}`;
const byToken = /* GraphQL */ `query ($token: String!) {
  guidanceByToken(token: $token) { status expiresAt language note items { note service { name { text language } channels { type } } } }
}`;
const list = /* GraphQL */ `{ guidanceSets { id } }`;
const one = /* GraphQL */ `query ($id: ID!) { guidanceSet(id: $id) { id client { lastName } } }`;

type Saved = { saveGuidanceSet: { problem: string | null; set: { id: string; language: string; note: string; client: { firstName: string; lastName: string; hasPhone: boolean } | null; items: { serviceId: string; note: string; service: { name: { text: string } } | null }[] } | null } };
type HandedOver = { handOverGuidanceSet: { problem: string | null; handover: { id: string; channel: string; expiresAt: string; linkPath: string } | null } };

const run = <T,>(source: string, variables: Record<string, unknown>, options: { staff?: AuthenticatedUser | null; resident?: AuthenticatedUser | null; at?: Date; language?: 'fi' | 'sv' | 'en' } = {}) =>
  runOperation<T>(schema, db.prisma, source, { variables, staff: options.staff ?? null, resident: options.resident ?? null, now: options.at ?? now, language: options.language, requestId: randomUUID() });

async function newSet(staff: AuthenticatedUser, overrides: Record<string, unknown> = {}) {
  const draftKey = `draft-${randomUUID()}`;
  const result = await run<Saved>(save, {
    input: { draftKey, language: 'sv', note: 'Ring gärna först.', items: [{ serviceId: counselling, note: 'Tidsbokning per telefon.' }, { serviceId: familyCafe, note: '' }], ...overrides },
  }, { staff });
  expect(result.errors).toBeUndefined();
  return { id: result.data!.saveGuidanceSet.set?.id ?? '', draftKey, result: result.data!.saveGuidanceSet };
}

const handOverAs = (staff: AuthenticatedUser, setId: string, channel: string, idempotencyKey = `key-${randomUUID()}`) =>
  run<HandedOver>(handOver, { input: { setId, channel, idempotencyKey } }, { staff });

describe('recommendation sets', () => {
  it('a professional builds a set for an unidentified client, in the client’s language', async () => {
    const { id, draftKey, result } = await newSet(aino);
    expect(result).toEqual({
      problem: null,
      set: {
        id, language: 'sv', note: 'Ring gärna först.', client: null,
        items: [
          { serviceId: counselling, note: 'Tidsbokning per telefon.', service: { name: { text: 'Perheneuvola' } } },
          { serviceId: familyCafe, note: '', service: expect.objectContaining({ name: expect.any(Object) }) },
        ],
      },
    });
    // Saving the new set again (a double click, a retry) updates the one set, as does saving by its id.
    const again = await run<Saved>(save, { input: { draftKey, language: 'sv', note: 'Uppdaterad.', items: [{ serviceId: counselling, note: '' }] } }, { staff: aino });
    expect(again.data?.saveGuidanceSet.set?.id).toBe(id);
    await run<Saved>(save, { input: { setId: id, draftKey: 'other-key-1', language: 'sv', note: 'Uppdaterad.', items: [{ serviceId: familyCafe, note: '' }] } }, { staff: aino });
    expect(await db.prisma.guidanceSet.count({ where: { createdByStaffId: aino.staffId, note: 'Uppdaterad.' } })).toBe(1);
    expect(await db.prisma.guidanceSetItem.findMany({ where: { setId: id }, select: { serviceId: true } })).toEqual([{ serviceId: familyCafe }]);
  });

  it('identifies a client by personal identity code and logs the access', async () => {
    const { id, result } = await newSet(aino, { personalIdentityCode: tessaCode.toLowerCase() });
    expect(result.set?.client).toEqual({ firstName: 'Tessa', lastName: 'Testilä', hasPhone: true });
    const rows = await db.prisma.accessLogEntry.findMany({ where: { objectId: id }, orderBy: { occurredAt: 'asc' } });
    expect(rows.map((r) => [r.action, r.clientPersonId, r.purpose, r.objectType, r.actorRole])).toEqual([
      ['create', tessa.personId, 'client-guidance', 'GuidanceSet', 'social-advisor'],
      ['read', tessa.personId, 'client-guidance', 'GuidanceSet', 'social-advisor'],
    ]);
  });

  it('says when nobody has the identity code, and refuses a service not in the catalogue', async () => {
    const unknownCode = await run<Saved>(save, { input: { draftKey: 'draft-unknown-code', personalIdentityCode: '010101A123N', language: 'fi', note: '', items: [{ serviceId: counselling, note: '' }] } }, { staff: aino });
    expect(unknownCode.data?.saveGuidanceSet).toEqual({ problem: 'CLIENT_NOT_FOUND', set: null });
    const unknownService = await run<Saved>(save, { input: { draftKey: 'draft-unknown-service', language: 'fi', note: '', items: [{ serviceId: randomUUID(), note: '' }] } }, { staff: aino });
    expect(unknownService.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'items', 0, 'serviceId'], code: 'invalid-choice' }] });
  });

  it('stays within the unit: another unit’s professional, residents and curators cannot read or change it', async () => {
    const { id } = await newSet(aino, { personalIdentityCode: tessaCode });
    expect((await run<{ guidanceSets: { id: string }[] }>(list, {}, { staff: aino })).data?.guidanceSets.map((s) => s.id)).toContain(id);
    expect((await run<{ guidanceSets: { id: string }[] }>(list, {}, { staff: hanna })).data?.guidanceSets.map((s) => s.id)).not.toContain(id);
    expect((await run(one, { id }, { staff: hanna })).data).toEqual({ guidanceSet: null });
    expect((await run(one, { id }, { resident: tessa })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await run(one, { id }, { staff: kalle })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const overwrite = await run<Saved>(save, { input: { setId: id, draftKey: 'hanna-draft-1', language: 'fi', note: 'x', items: [{ serviceId: counselling, note: '' }] } }, { staff: hanna });
    expect(overwrite.data?.saveGuidanceSet).toEqual({ problem: 'SET_NOT_FOUND', set: null });
    expect((await handOverAs(hanna, id, 'LINK')).data?.handOverGuidanceSet).toEqual({ problem: 'SET_NOT_FOUND', handover: null });
    expect(await db.prisma.accessLogEntry.count({ where: { objectId: id, actorStaffId: hanna.staffId } })).toBe(0);
  });
});

describe('handing a set over', () => {
  it('as a link that opens without sign-in in the set’s language, once however often it is clicked', async () => {
    const { id } = await newSet(aino);
    const key = `click-${randomUUID()}`;
    const [first, second] = await Promise.all([handOverAs(aino, id, 'LINK', key), handOverAs(aino, id, 'LINK', key)]);
    const again = await handOverAs(aino, id, 'LINK', key);
    expect(first.errors).toBeUndefined();
    const handover = first.data!.handOverGuidanceSet.handover!;
    expect(second.data?.handOverGuidanceSet.handover?.id).toBe(handover.id);
    expect(again.data?.handOverGuidanceSet.handover?.id).toBe(handover.id);
    expect(await db.prisma.guidanceHandover.count({ where: { setId: id } })).toBe(1);
    expect(handover.expiresAt).toBe('2027-02-21T08:00:00.000Z');
    expect(handover.linkPath).toMatch(/^\/sv\/service-tray\/guidance\/[A-Za-z0-9_-]{43}$/);

    const token = handover.linkPath.split('/').pop();
    const view = await run<{ guidanceByToken: { status: string; language: string; note: string; items: { note: string; service: { name: { text: string; language: string }; channels: { type: string }[] } }[] } }>(
      byToken, { token }, { language: 'sv' },
    );
    expect(view.errors).toBeUndefined();
    expect(view.data?.guidanceByToken).toMatchObject({ status: 'ACTIVE', language: 'sv', note: 'Ring gärna först.' });
    expect(view.data?.guidanceByToken.items[0]).toMatchObject({ note: 'Tidsbokning per telefon.', service: { name: { text: 'Familjerådgivning', language: 'sv' } } });
    expect(view.data?.guidanceByToken.items[0]?.service.channels.length).toBeGreaterThan(0);
  });

  it('records one referral per service with the unit, provider and channel — no personal data', async () => {
    const { id } = await newSet(aino, { personalIdentityCode: tessaCode });
    const result = await handOverAs(aino, id, 'PRINT');
    const handoverId = result.data!.handOverGuidanceSet.handover!.id;
    const referrals = await db.prisma.serviceReferral.findMany({ where: { handoverId }, orderBy: { serviceId: 'asc' } });
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ASNE' } });
    const county = await db.prisma.service.findUniqueOrThrow({ where: { id: counselling }, include: { organization: true } });
    expect(referrals.find((r) => r.serviceId === counselling)).toEqual({
      id: expect.any(String), handoverId, referredAt: now, fromUnitId: unit.id, serviceId: counselling,
      organizationId: county.organizationId, providerType: 'county', channel: 'print',
    });
    expect(referrals.map((r) => r.providerType).sort()).toEqual(['county', 'ngo']);
    // The print of an identified client's set is in the client's access log.
    expect(await db.prisma.accessLogEntry.count({ where: { objectId: id, action: 'print', clientPersonId: tessa.personId } })).toBe(1);
  });

  it('sends a text message with the link to an identified client, never the services', async () => {
    const { id } = await newSet(aino, { personalIdentityCode: tessaCode });
    const result = await handOverAs(aino, id, 'SMS');
    expect(result.data?.handOverGuidanceSet.problem).toBeNull();
    const notification = await db.prisma.notification.findFirstOrThrow({ where: { type: guidanceHandedOverSms.type, recipientPersonId: tessa.personId } });
    const rendered = renderChannel(guidanceHandedOverSms, 'sms', notification.data as Record<string, unknown>, 'sv', { publicUrl: 'https://luotsi.example.fi' });
    const sms = 'text' in rendered ? rendered.text : undefined;
    expect(sms).toMatch(/^En yrkesperson på välfärdsområdet har samlat tjänster åt dig: https:\/\/luotsi\.example\.fi\/sv\/service-tray\/guidance\/[A-Za-z0-9_-]{43} \(öppnas till och med 21\.2\.2027\)$/);
    expect(JSON.stringify(sms)).not.toContain('Familjerådgivning');
  });

  it('refuses messages to an unidentified client and an e-mail to a client without an address', async () => {
    const anonymous = await newSet(aino);
    expect((await handOverAs(aino, anonymous.id, 'EMAIL')).data?.handOverGuidanceSet).toEqual({ problem: 'CLIENT_NOT_IDENTIFIED', handover: null });
    const identified = await newSet(aino, { personalIdentityCode: tessaCode });
    const email = await db.prisma.person.findUniqueOrThrow({ where: { id: tessa.personId! }, select: { email: true } });
    const expected = email.email ? null : 'NO_EMAIL';
    expect((await handOverAs(aino, identified.id, 'EMAIL')).data?.handOverGuidanceSet.problem).toBe(expected);
  });

  it('an expired link says so and shows nothing of the set; an unknown one is null', async () => {
    const { id } = await newSet(aino);
    const handover = (await handOverAs(aino, id, 'LINK')).data!.handOverGuidanceSet.handover!;
    const token = handover.linkPath.split('/').pop();
    const later = await run<{ guidanceByToken: unknown }>(byToken, { token }, { at: new Date('2027-02-21T08:00:00Z') });
    expect(later.data?.guidanceByToken).toEqual({ status: 'EXPIRED', expiresAt: '2027-02-21T08:00:00.000Z', language: 'sv', note: null, items: [] });
    expect((await run(byToken, { token: 'A'.repeat(43) })).data).toEqual({ guidanceByToken: null });
    expect((await run(byToken, { token: "'; drop table x; --" })).data).toEqual({ guidanceByToken: null });
  });
});
