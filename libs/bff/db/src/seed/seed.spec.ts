import { parsePersonalIdentityCode, personas } from '@luotsi/identity-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database';
import { openTestDatabase } from '../testing';
import { expectedPlatformCounts, platformCounts } from './counts';
import { demoId, demoUnits, seedAll, seedPlatform, type SeedStep } from './index';

describe('platform seed', () => {
  it('seeds the demo county and people; reseeding adds nothing and restores the demo values', async () => {
    const db = await openTestDatabase();
    try {
      await seedPlatform(db.prisma);
      expect(await platformCounts(db.prisma)).toEqual(expectedPlatformCounts);
      const ids = async () =>
        (await db.prisma.person.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map(
          (p) => p.id,
        );
      const idsBefore = await ids();

      // Edits since the last seed: a changed name and a unit link the demo does not have.
      const hanna = await db.prisma.staffMember.findUniqueOrThrow({
        where: { oidcSubject: 'staff-hanna' },
      });
      const other = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'KOTI-LAN' } });
      await db.prisma.staffUnit.create({ data: { staffId: hanna.id, unitId: other.id } });
      await db.prisma.staffMember.update({
        where: { id: hanna.id },
        data: { lastName: 'Changed' },
      });

      await seedPlatform(db.prisma);
      expect(await platformCounts(db.prisma)).toEqual(expectedPlatformCounts);
      expect(await ids()).toEqual(idsBefore);
      const again = await db.prisma.staffMember.findUniqueOrThrow({
        where: { id: hanna.id },
        include: { units: { include: { unit: true } } },
      });
      expect(again.lastName).toBe('Hoitaja');
      expect(again.units.map((u) => u.unit.code)).toEqual(['ESP-TK']);
    } finally {
      await db.close();
    }
  });
});

describe('the seeded demo data', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
  });
  afterAll(() => db.close());

  it('has the expected numbers of rows', async () => {
    expect(await platformCounts(db.prisma)).toEqual(expectedPlatformCounts);
  });

  it('puts the real western Uusimaa municipalities in four service areas', async () => {
    const municipalities = await db.prisma.municipality.findMany({
      include: { serviceArea: true },
      orderBy: { code: 'asc' },
    });
    expect(
      municipalities.map((m) => `${m.code} ${(m.name as { fi: string }).fi} ${m.serviceArea.code}`),
    ).toEqual([
      '049 Espoo ESPOO',
      '078 Hanko LANSI',
      '149 Inkoo ETELA',
      '224 Karkkila POHJOINEN',
      '235 Kauniainen ETELA',
      '257 Kirkkonummi ETELA',
      '444 Lohja POHJOINEN',
      '710 Raasepori LANSI',
      '755 Siuntio ETELA',
      '927 Vihti POHJOINEN',
    ]);
    expect(municipalities.find((m) => m.code === '710')?.name).toEqual({
      fi: 'Raasepori',
      sv: 'Raseborg',
      en: 'Raseborg',
    });
  });

  it('makes the personas real: residents with their children, staff in their units', async () => {
    const tessa = await db.prisma.person.findUniqueOrThrow({
      where: { oidcSubject: 'resident-tessa' },
      include: { guardianOf: { include: { child: true } } },
    });
    expect(tessa.municipalityCode).toBe('049');
    expect(tessa.birthDate.toISOString()).toBe('1986-03-15T00:00:00.000Z');
    expect(tessa.guardianOf.map((g) => g.child.firstName).sort()).toEqual(['Tilda', 'Tuukka']);
    expect(tessa.guardianOf.every((g) => g.child.oidcSubject === null)).toBe(true);
    expect(
      (await db.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-ville' } }))
        .language,
    ).toBe('sv');

    const kaisa = await db.prisma.staffMember.findUniqueOrThrow({
      where: { oidcSubject: 'staff-kaisa' },
      include: { units: { include: { unit: true } } },
    });
    expect(kaisa.roles).toEqual(['caregiver-coordinator']);
    expect(kaisa.units.map((u) => u.unit.code).sort()).toEqual(['OMA-ETE', 'OMA-LAN']);
    const staffSubjects = personas.filter((p) => p.area === 'staff').map((p) => p.subject);
    expect(
      await db.prisma.staffMember.count({ where: { oidcSubject: { in: staffSubjects } } }),
    ).toBe(staffSubjects.length);

    const units = await db.prisma.unit.findMany({ include: { serviceArea: true } });
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(byCode.get('ESP-TK')?.type).toBe('health-centre');
    expect(byCode.get('ASNE')?.type).toBe('social-advice');
    expect(byCode.get('OMA-LAN')?.serviceArea.code).toBe('LANSI');
    expect(byCode.get('OMA-ETE')?.serviceArea.code).toBe('ETELA');
    expect(new Set(units.map((u) => u.type))).toEqual(new Set(demoUnits.map((u) => u.type)));
    expect(new Set(units.map((u) => u.type)).size).toBe(8);
  });

  it('uses only test identity codes and deterministic ids', async () => {
    const people = await db.prisma.person.findMany();
    for (const p of people) {
      expect(parsePersonalIdentityCode(p.personalIdentityCode ?? '')?.isTestCode).toBe(true);
      expect(p.id).toBe(demoId('person', p.personalIdentityCode ?? ''));
    }
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ESP-TK' } })).id).toBe(
      demoId('unit', 'ESP-TK'),
    );
  });
});

describe('seedAll', () => {
  it('runs the platform seed first, then the steps in order, idempotently', async () => {
    const db = await openTestDatabase({ seed: true });
    try {
      const order: string[] = [];
      const step = (id: string): SeedStep => ({
        id,
        async run(prisma) {
          order.push(`${id}:${await prisma.unit.count()}`);
          await prisma.calendarEntryType.upsert({
            where: { code: id },
            create: { code: id, name: { fi: id }, clientWork: false, sortOrder: order.length },
            update: {},
          });
        },
      });
      await seedAll(db.prisma, [step('a'), step('b')]);
      await seedAll(db.prisma, [step('a'), step('b')]);
      expect(order).toEqual(['a:23', 'b:23', 'a:23', 'b:23']);
      expect(await db.prisma.calendarEntryType.count()).toBe(2);
      expect(await platformCounts(db.prisma)).toEqual(expectedPlatformCounts);
      await expect(seedAll(db.prisma, [step('a'), step('a')])).rejects.toThrow(
        'Duplicate seed step id "a"',
      );
      await expect(
        seedAll(db.prisma, [{ id: 'broken', run: () => Promise.reject(new Error('boom')) }]),
      ).rejects.toThrow('Seed step "broken" failed: boom');
    } finally {
      await db.close();
    }
  });
});
