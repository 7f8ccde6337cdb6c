/**
 * catalogue:import — imports PTV open API JSON into the service catalogue.
 *
 *   npm run catalogue:import -- <folder-or-file-or-url> [--full] [--report <file.json>] [--municipalities 049,235]
 *
 * A folder: every *.json under it (single objects, paged lists or arrays of services, service
 * channels and organisations). A URL: the open API's base, e.g.
 * https://api.palvelutietovaranto.suomi.fi/api/v11/ — each municipality's services and channels
 * page by page (the county's municipalities unless --municipalities is given), with retries.
 * Incremental: unchanged entities (by PTV's modification time) are skipped; --full rewrites them.
 * Runs against DATABASE_URL or the embedded PGlite folder (stop the BFF first: PGlite allows one
 * process). Exit code 0 on success, 1 when the import failed (a malformed file names the file and
 * JSON path; nothing is written then), 2 for wrong usage.
 */
import { writeFileSync } from 'node:fs';
import { migrate, openDatabase } from '@luotsi/db';
import { importCatalogue } from '@luotsi/services-bff';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const option = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value`, 2);
  args.splice(i, 2);
  return value;
};
const reportFile = option('--report');
const municipalities = option('--municipalities');
const full = args.includes('--full');
const source = args.find((arg) => !arg.startsWith('--'));
if (!source) fail('Usage: npm run catalogue:import -- <folder-or-file-or-url> [--full] [--report <file.json>] [--municipalities 049,235]', 2);

async function main(): Promise<void> {
  const db = await openDatabase({ url: process.env['DATABASE_URL'], dataDir: process.env['LUOTSI_DATA_DIR'] });
  try {
    await migrate(db);
    console.log(`Importing ${source} into ${db.description}`);
    const started = Date.now();
    const result = await importCatalogue(db.prisma, source!, {
      full,
      log: (message) => console.log(message),
      http: { log: (message) => console.warn(message) },
      ...(municipalities ? { municipalityCodes: municipalities.split(',').map((c) => c.trim()) } : {}),
    });
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    if (reportFile) {
      writeFileSync(reportFile, `${JSON.stringify({ source, counts: result.counts, skipped: result.skipped }, null, 2)}\n`);
      console.log(`Report: ${reportFile}`);
    } else {
      for (const entry of result.skipped.slice(0, 20)) console.log(`  skipped: ${entry.file ?? ''} ${entry.path}: ${entry.reason}${entry.count > 1 ? ` (×${entry.count})` : ''}`);
      if (result.skipped.length > 20) console.log(`  … ${result.skipped.length - 20} more (use --report <file>)`);
    }
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => fail(`Import failed: ${error instanceof Error ? error.message : String(error)}`),
);
