import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { newInMemoryPglite, wrapPglite, type Database } from './database';
import { migrate, readMigrations } from './migrate';
import { cachedDump, memoizedDump, pgliteVersion } from './pglite-cache';
import { pgliteSqlClient } from './sql-client';
import { runSeedSteps, seedPlatform, type SeedStep } from './seed';

export interface TestDatabaseOptions {
  /** Apply the checked-in migrations (default true). */
  migrate?: boolean;
  /** Seed the platform's demo data, then these steps (true: platform only). Implies migrate. */
  seed?: boolean | readonly SeedStep[];
}

/**
 * A fresh in-memory PGlite database for tests; close() it when done.
 *
 * Each starting state is built once and then copied from a dump (see pglite-cache.ts): the empty
 * cluster and the migrated database (keyed by PGlite version and migration checksums) are also
 * kept on disk for other test processes and later runs; the platform-seeded one per process.
 */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const template = options.seed
    ? await seededTemplate()
    : options.migrate === false
      ? undefined
      : await migratedTemplate();
  const client = await newInMemoryPglite(template);
  const db = wrapPglite(client, 'PGlite in memory (test)');
  if (Array.isArray(options.seed) && options.seed.length > 0) {
    try {
      // The platform part is in the template already.
      await runSeedSteps(db.prisma, options.seed);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

function migratedTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const m of readMigrations()) hash.update(`${m.name}:${m.checksum}\n`);
  return cachedDump(
    `pglite${pgliteVersion()}-${hash.digest('hex').slice(0, 16)}`,
    'migrated',
    async () => {
      const client = await newInMemoryPglite();
      await migrate(pgliteSqlClient(client));
      return dumpOf(client);
    },
  );
}

function seededTemplate(): Promise<Blob> {
  return memoizedDump('seeded', async () => {
    const client = await newInMemoryPglite(await migratedTemplate());
    const db = wrapPglite(client, 'template');
    await seedPlatform(db.prisma);
    await db.prisma.$disconnect();
    return dumpOf(client);
  });
}

async function dumpOf(client: PGlite): Promise<Blob> {
  try {
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}
