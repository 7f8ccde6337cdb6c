/**
 * npm run privacy:purge: removes the personal data whose retention period has ended, by every
 * module's rules (docs/privacy.md). Periods come from RETENTION_DAYS_* variables, else defaults.
 * Runs against DATABASE_URL or the embedded PGlite folder; PGlite allows one process, so stop the
 * BFF first in the embedded setup. The BFF's job queue runs the same purge every night
 * (privacy.retention-purge); this is for a run by hand.
 */
import { openDatabase } from '@luotsi/db';
import { purgeExpiredData } from '@luotsi/privacy-bff';
import { bffModules } from '../src/modules';

async function main(): Promise<void> {
  const db = await openDatabase({ url: process.env['DATABASE_URL'], dataDir: process.env['LUOTSI_DATA_DIR'] });
  try {
    console.log(`Purging expired personal data in ${db.description}`);
    const results = await purgeExpiredData(db.prisma, bffModules, { now: new Date(), env: process.env, log: (m) => console.log(m) });
    console.log(`Done: ${results.reduce((sum, r) => sum + r.count, 0)} records in ${results.length} rules.`);
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
