/**
 * npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded PGlite
 * database (LUOTSI_DATA_DIR, default <repo>/.data/pglite) when DATABASE_URL is not set.
 */
import { openDatabase } from '../src/database';
import { migrate } from '../src/migrate';

async function main(): Promise<void> {
  const db = await openDatabase({ url: process.env['DATABASE_URL'] });
  try {
    console.log(`Migrating ${db.description}`);
    const result = await migrate(db, { log: (message) => console.log(message) });
    console.log(
      result.applied.length === 0
        ? `Up to date (${result.alreadyApplied.length} migrations).`
        : `Applied ${result.applied.length} migration(s).`,
    );
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
