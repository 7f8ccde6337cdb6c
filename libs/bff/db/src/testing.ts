import { openDatabase, type Database } from './database';
import { migrate } from './migrate';
import { seedAll, type SeedStep } from './seed';

export interface TestDatabaseOptions {
  /** Seed the platform's demo data and then these steps (true: platform only). */
  seed?: boolean | readonly SeedStep[];
}

/** A migrated in-memory PGlite database for tests; close() it when done. */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const db = await openDatabase({ url: 'memory://' });
  try {
    await migrate(db);
    if (options.seed) await seedAll(db.prisma, options.seed === true ? [] : options.seed);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
