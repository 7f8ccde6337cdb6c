import type { PrismaClient } from '../generated/prisma/client';

/** Row counts of the platform seed, for tests on PGlite and PostgreSQL alike. */
export async function platformCounts(prisma: PrismaClient) {
  const [
    serviceAreas,
    municipalities,
    units,
    persons,
    signedInPersons,
    guardianships,
    staffMembers,
    staffUnits,
  ] = await Promise.all([
    prisma.serviceArea.count(),
    prisma.municipality.count(),
    prisma.unit.count(),
    prisma.person.count(),
    prisma.person.count({ where: { oidcSubject: { not: null } } }),
    prisma.guardianship.count(),
    prisma.staffMember.count(),
    prisma.staffUnit.count(),
  ]);
  return {
    serviceAreas,
    municipalities,
    units,
    persons,
    signedInPersons,
    guardianships,
    staffMembers,
    staffUnits,
  };
}

/** 4 persona residents + 2 children; 20 more residents + 6 children. 6 staff personas + 8 more. */
export const expectedPlatformCounts = {
  serviceAreas: 4,
  municipalities: 10,
  units: 23,
  persons: 32,
  signedInPersons: 4,
  guardianships: 8,
  staffMembers: 16,
  staffUnits: 20,
};
