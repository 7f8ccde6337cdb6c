import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { demoResidents } from '@luotsi/db';
import { buildSchema, openTestDatabase, resolveUser, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { caregivingModule } from './index';

let db: Database;
const schema = buildSchema([identityModule, caregivingModule]);
// Migrating and seeding an in-memory database takes a while on a busy machine.
beforeAll(async () => {
  db = await openTestDatabase([identityModule, caregivingModule]);
}, 180_000);
afterAll(() => db?.close());

/** The demo date: Monday 2026-11-23, noon in Helsinki. */
const demoNow = new Date('2026-11-23T10:00:00Z');

interface Agreement {
  type: string;
  status: string;
  caredPersonName: string | null;
  monthlyFeeCents: number | null;
  daysOffPerMonth: number;
  validFrom: string;
  validTo: string | null;
  endingSoon: boolean;
  carer: { firstName: string; lastName: string };
  unit: { code: string; name: { text: string } };
  serviceAreaName: { text: string; language: string };
}

const fields = `type status caredPersonName monthlyFeeCents daysOffPerMonth validFrom validTo endingSoon
  carer { firstName lastName } unit { code name { text } } serviceAreaName { text language }`;
const mine = `query { myCareAgreements { ${fields} } }`;
const units = `query { unitCareAgreements { ${fields} } }`;

describe('carer role at sign-in', () => {
  it('comes from an active agreement in the demo data', async () => {
    expect((await viewerOf(db.prisma, 'resident', 'carer-olli')).roles).toContain('carer');
    expect((await viewerOf(db.prisma, 'resident', 'carer-pirjo')).roles).toContain('carer');
    expect((await viewerOf(db.prisma, 'resident', 'resident-tessa')).roles).not.toContain('carer');
  });

  it('is not given by an agreement that has ended', async () => {
    const mikael = demoResidents.find((r) => r.lastName === 'Andersson')!;
    const user = await resolveUser(db.prisma, 'resident', { sub: 'test-mikael', personalIdentityCode: mikael.personalIdentityCode });
    expect(user?.roles).toEqual(['resident']);
  });
});

describe('myCareAgreements', () => {
  it('show the informal carer his own agreement with fee and days off, not the draft being prepared', async () => {
    const result = await runOperation<{ myCareAgreements: Agreement[] }>(schema, db.prisma, mine, {
      resident: await viewerOf(db.prisma, 'resident', 'carer-olli'),
      language: 'sv',
      now: demoNow,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.myCareAgreements).toEqual([
      {
        type: 'INFORMAL_CARE',
        status: 'ACTIVE',
        caredPersonName: 'Aune Omaishoitaja',
        monthlyFeeCents: 53_000,
        daysOffPerMonth: 2,
        validFrom: '2023-05-01',
        validTo: null,
        endingSoon: false,
        carer: { firstName: 'Olli', lastName: 'Omaishoitaja' },
        unit: { code: 'OMA-POH', name: { text: 'Stöd för närståendevård, norra serviceområdet' } },
        serviceAreaName: { text: 'Norra serviceområdet', language: 'sv' },
      },
    ]);
  });

  it('show the family carer one agreement per cared person at the 2026 family care fee, newest first', async () => {
    const result = await runOperation<{ myCareAgreements: Agreement[] }>(schema, db.prisma, mine, {
      resident: await viewerOf(db.prisma, 'resident', 'carer-pirjo'),
      language: 'en',
      now: demoNow,
    });
    expect(result.errors).toBeUndefined();
    const agreements = result.data?.myCareAgreements ?? [];
    expect(agreements.map((a) => [a.caredPersonName, a.type, a.monthlyFeeCents, a.validFrom])).toEqual([
      ['Sanni Järvi', 'FAMILY_CARE', 96_635, '2024-01-08'],
      ['Niko Järvi', 'FAMILY_CARE', 96_635, '2022-08-15'],
    ]);
    expect(agreements.every((a) => a.carer.lastName === 'Perhehoitaja')).toBe(true);
    expect(agreements[0]?.serviceAreaName.text).toBe('Southern service area');
  });

  it('are refused to a resident without an agreement, to anonymous users and to professionals', async () => {
    const tessa = await runOperation(schema, db.prisma, mine, { resident: await viewerOf(db.prisma, 'resident', 'resident-tessa') });
    expect(tessa.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(tessa.data).toBeNull();
    const anonymous = await runOperation(schema, db.prisma, mine);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // A professional's session is not a resident's: she would have to sign in as a resident.
    const kaisa = await runOperation(schema, db.prisma, mine, { staff: await viewerOf(db.prisma, 'staff', 'staff-kaisa') });
    expect(kaisa.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('unitCareAgreements', () => {
  it('show the coordinator the current agreements of her own units only, the soonest ending first', async () => {
    const result = await runOperation<{ unitCareAgreements: Agreement[] }>(schema, db.prisma, units, {
      staff: await viewerOf(db.prisma, 'staff', 'staff-kaisa'),
      now: demoNow,
    });
    expect(result.errors).toBeUndefined();
    const rows = result.data?.unitCareAgreements ?? [];
    expect(rows.map((a) => [`${a.carer.firstName} ${a.carer.lastName}`, a.unit.code, a.status, a.validTo])).toEqual([
      ['Erik Lindqvist', 'OMA-LAN', 'ACTIVE', '2026-12-31'],
      ['Päivi Koskinen', 'OMA-ETE', 'ACTIVE', '2027-01-15'],
      ['Jari Lehtonen', 'OMA-ETE', 'ACTIVE', '2027-03-31'],
      ['Sara Holmström', 'OMA-LAN', 'ACTIVE', '2027-06-30'],
      ['Pirjo Perhehoitaja', 'OMA-ETE', 'ACTIVE', '2031-08-31'],
      ['Juha Laine', 'OMA-ETE', 'SENT', null],
      ['Pirjo Perhehoitaja', 'OMA-ETE', 'ACTIVE', null],
    ]);
    // Olli (northern area) and Matti (Espoo) are another coordinator's; Mikael's agreement has ended.
    expect(rows.some((a) => ['Omaishoitaja', 'Korhonen', 'Andersson'].includes(a.carer.lastName))).toBe(false);
  });

  it('flag the agreements that end within 60 days of today in Helsinki', async () => {
    const kaisa = await viewerOf(db.prisma, 'staff', 'staff-kaisa');
    const flagged = async (now: Date) => {
      const result = await runOperation<{ unitCareAgreements: Agreement[] }>(schema, db.prisma, units, { staff: kaisa, now });
      return result.data?.unitCareAgreements.filter((a) => a.endingSoon).map((a) => a.carer.lastName);
    };
    expect(await flagged(demoNow)).toEqual(['Lindqvist', 'Koskinen']);
    // Päivi's last day 2027-01-15 is 61 days after 2026-11-15 and 60 days after 2026-11-16.
    expect(await flagged(new Date('2026-11-15T12:00:00Z'))).toEqual(['Lindqvist']);
    // 23:30 UTC on 15 November is already the 16th in Helsinki.
    expect(await flagged(new Date('2026-11-15T23:30:00Z'))).toEqual(['Lindqvist', 'Koskinen']);
    // After Erik's last day his agreement is no longer flagged; Jari's now is.
    expect(await flagged(new Date('2027-02-15T10:00:00Z'))).toEqual(['Lehtonen']);
  });

  it('show another coordinator her own units, drafts included', async () => {
    const result = await runOperation<{ unitCareAgreements: Agreement[] }>(schema, db.prisma, units, {
      staff: await viewerOf(db.prisma, 'staff', 'demo-staff-laura'),
      now: demoNow,
    });
    const rows = result.data?.unitCareAgreements ?? [];
    expect(new Set(rows.map((a) => a.unit.code))).toEqual(new Set(['OMA-POH', 'OMA-ESP']));
    expect(rows.filter((a) => a.carer.lastName === 'Omaishoitaja').map((a) => a.status).sort()).toEqual(['ACTIVE', 'DRAFT']);
  });

  it('are refused to other professionals, to residents and to anonymous users', async () => {
    const aino = await runOperation(schema, db.prisma, units, { staff: await viewerOf(db.prisma, 'staff', 'staff-aino') });
    expect(aino.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(aino.data).toBeNull();
    // A carer is a resident, not staff: he would have to sign in to the staff area.
    const olli = await runOperation(schema, db.prisma, units, { resident: await viewerOf(db.prisma, 'resident', 'carer-olli') });
    expect(olli.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const anonymous = await runOperation(schema, db.prisma, units);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
