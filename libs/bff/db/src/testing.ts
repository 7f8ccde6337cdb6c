import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { newInMemoryPglite, wrapPglite, type Database } from './database';
import { migrate, readMigrations } from './migrate';
import { repositoryRoot } from './paths';
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
 * A new PGlite database runs initdb (~3 s of CPU), copying a data-folder dump takes ~0.5 s. So the
 * states tests start from are built once and copied: the empty cluster and the migrated database
 * are also kept on disk (node_modules/.cache/luotsi-db, keyed by PGlite version and migration
 * checksums) for the other test processes and later runs; the platform-seeded one per process.
 */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const template = options.seed ? seededTemplate() : options.migrate === false ? pristineTemplate() : migratedTemplate();
  const client = await newInMemoryPglite(await template);
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

/** An empty in-memory PGlite instance, from the cached cluster (for tooling such as schema diffs). */
export async function newTestPglite(): Promise<PGlite> {
  return newInMemoryPglite(await pristineTemplate());
}

const memo = new Map<string, Promise<Blob>>();

function remember(key: string, build: () => Promise<Blob>): Promise<Blob> {
  let dump = memo.get(key);
  if (!dump) {
    dump = build();
    memo.set(key, dump);
    dump.catch(() => memo.delete(key));
  }
  return dump;
}

function pristineTemplate(): Promise<Blob> {
  const key = `pristine-pglite${pgliteVersion()}`;
  return remember(key, () => onDisk(key, 'pristine-', async () => dumpOf(await newInMemoryPglite())));
}

function migratedTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const m of readMigrations()) hash.update(`${m.name}:${m.checksum}\n`);
  const key = `migrated-pglite${pgliteVersion()}-${hash.digest('hex').slice(0, 16)}`;
  return remember(key, () =>
    onDisk(key, 'migrated-', async () => {
      const client = await newInMemoryPglite(await pristineTemplate());
      await migrate(pgliteSqlClient(client));
      return dumpOf(client);
    }),
  );
}

function seededTemplate(): Promise<Blob> {
  return remember('seeded', async () => {
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

const cacheDir = join(repositoryRoot(), 'node_modules', '.cache', 'luotsi-db');

/** Reads the dump from the disk cache, or builds and stores it (atomically: test files run in parallel). */
async function onDisk(key: string, family: string, build: () => Promise<Blob>): Promise<Blob> {
  const file = join(cacheDir, `${key}.tar`);
  try {
    if (existsSync(file)) return new Blob([readFileSync(file)]);
  } catch {
    /* unreadable: rebuild */
  }
  const dump = await build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
    renameSync(temp, file);
    // Dumps of older migrations or PGlite versions are of no further use.
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(family) && old.endsWith('.tar') && old !== `${key}.tar`) rmSync(join(cacheDir, old), { force: true });
    }
  } catch {
    /* the cache is an optimisation only */
  }
  return dump;
}

let version: string | undefined;
function pgliteVersion(): string {
  if (version === undefined) {
    const require = createRequire(import.meta.url);
    // The package does not export its package.json; it sits above the resolved entry (dist/).
    const entry = require.resolve('@electric-sql/pglite');
    version = (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  }
  return version;
}
