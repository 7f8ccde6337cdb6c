import { personas, type StaffRole } from '@luotsi/identity-domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { demoMunicipalities, demoServiceAreas, demoUnits, type LocalizedName } from './county';
import { demoId } from './ids';
import { demoResidents, demoStaff } from './people';

type Tx = Prisma.TransactionClient;

interface PersonInput {
  oidcSubject: string | null;
  personalIdentityCode: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  municipalityCode: string;
  language: string;
  email: string | null;
  children: {
    firstName: string;
    lastName: string;
    birthDate: string;
    personalIdentityCode: string;
  }[];
}

interface StaffInput {
  subject: string;
  firstName: string;
  lastName: string;
  roles: readonly StaffRole[];
  title: LocalizedName;
  unitCodes: readonly string[];
}

/**
 * Seeds the platform's identity data: the demo county's service areas, municipalities and units,
 * the personas (so the person one signs in as exists) and further fictional residents and staff.
 * Idempotent: rows are upserted by their natural keys and reset to the demo values.
 */
export async function seedPlatform(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction((tx) => seedPlatformIn(tx), { maxWait: 10_000, timeout: 120_000 });
}

async function seedPlatformIn(tx: Tx): Promise<void> {
  const areaIds = new Map<string, string>();
  for (const area of demoServiceAreas) {
    const row = await tx.serviceArea.upsert({
      where: { code: area.code },
      create: { id: demoId('service-area', area.code), code: area.code, name: { ...area.name } },
      update: { name: { ...area.name } },
    });
    areaIds.set(area.code, row.id);
  }
  const areaId = (code: string) => required(areaIds.get(code), `service area ${code}`);

  for (const m of demoMunicipalities) {
    const data = { name: { ...m.name }, serviceAreaId: areaId(m.serviceAreaCode) };
    await tx.municipality.upsert({
      where: { code: m.code },
      create: { code: m.code, ...data },
      update: data,
    });
  }

  const unitIds = new Map<string, string>();
  for (const unit of demoUnits) {
    const data = {
      name: { ...unit.name },
      type: unit.type,
      serviceAreaId: areaId(unit.serviceAreaCode),
    };
    const row = await tx.unit.upsert({
      where: { code: unit.code },
      create: { id: demoId('unit', unit.code), code: unit.code, ...data },
      update: data,
    });
    unitIds.set(unit.code, row.id);
  }

  const residents: PersonInput[] = [];
  const staff: StaffInput[] = [];
  for (const persona of personas) {
    if (persona.area === 'resident') {
      // Every persona has a mailbox (example.com never delivers), so notifications reach the dev mailbox.
      residents.push({ ...persona, oidcSubject: persona.subject, email: `${persona.subject}@example.com` });
    } else {
      staff.push(persona);
    }
  }
  for (const r of demoResidents) residents.push({ ...r, oidcSubject: null });
  staff.push(...demoStaff);

  for (const resident of residents) {
    const guardian = await upsertPerson(tx, resident);
    for (const child of resident.children) {
      const childRow = await upsertPerson(tx, {
        ...child,
        oidcSubject: null,
        municipalityCode: resident.municipalityCode,
        language: resident.language,
        email: null,
        children: [],
      });
      await tx.guardianship.upsert({
        where: { guardianId_childId: { guardianId: guardian.id, childId: childRow.id } },
        create: { guardianId: guardian.id, childId: childRow.id },
        update: {},
      });
    }
  }

  for (const member of staff) {
    const data = {
      firstName: member.firstName,
      lastName: member.lastName,
      title: { ...member.title },
      roles: [...member.roles],
    };
    const row = await tx.staffMember.upsert({
      where: { oidcSubject: member.subject },
      create: { id: demoId('staff', member.subject), oidcSubject: member.subject, ...data },
      update: data,
    });
    const wanted = member.unitCodes.map((code) =>
      required(unitIds.get(code), `unit ${code} of ${member.subject}`),
    );
    // Links the demo no longer has would otherwise survive a reseed.
    await tx.staffUnit.deleteMany({ where: { staffId: row.id, unitId: { notIn: wanted } } });
    for (const unitId of wanted) {
      await tx.staffUnit.upsert({
        where: { staffId_unitId: { staffId: row.id, unitId } },
        create: { staffId: row.id, unitId },
        update: {},
      });
    }
  }
}

async function upsertPerson(tx: Tx, p: PersonInput) {
  const data = {
    oidcSubject: p.oidcSubject,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: new Date(`${p.birthDate}T00:00:00Z`),
    municipalityCode: p.municipalityCode,
    language: p.language,
    email: p.email,
  };
  return tx.person.upsert({
    where: { personalIdentityCode: p.personalIdentityCode },
    create: {
      id: demoId('person', p.personalIdentityCode),
      personalIdentityCode: p.personalIdentityCode,
      ...data,
    },
    update: data,
  });
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what}`);
  return value;
}
