/**
 * npm run db:seed: migrates, then seeds the platform's demo data into DATABASE_URL or the embedded
 * PGlite database. Safe to run again. Domain modules' demo data is seeded by the BFF through
 * seedAll() with their SeedSteps.
 */
import { openDatabase } from '../src/database';
import { migrate } from '../src/migrate';
import { seedAll } from '../src/seed';

async function main(): Promise<void> {
  const db = await openDatabase({ url: process.env['DATABASE_URL'] });
  try {
    console.log(`Seeding ${db.description}`);
    await migrate(db, { log: (message) => console.log(message) });
    await seedAll(db.prisma, [], { log: (message) => console.log(message) });
    const [persons, staff, units] = await Promise.all([
      db.prisma.person.count(),
      db.prisma.staffMember.count(),
      db.prisma.unit.count(),
    ]);
    console.log(`Done: ${persons} persons, ${staff} staff members, ${units} units.`);
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
