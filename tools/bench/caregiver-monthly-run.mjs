#!/usr/bin/env node
// The caregiver portal's monthly run at the county's size: 4 300 carers in four service areas
// (LUOTSI_DEMO_CARERS, default 4300), each area's run computed from approved reports with the fee
// library, stored with its statements and access-log rows, and its payroll CSV built. Budget: all
// four areas and their CSVs within 10 s (issue 7). Baseline, measured in the same run: the pure fee
// calculation and payroll export of the same inputs (no database). Runs on in-memory PGlite and,
// when one answers, on the local PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432/test, in a
// throw-away schema).
// Usage: node tools/bench/caregiver-monthly-run.mjs [--pglite-only]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
const budgetMs = 10_000;

if (!process.env.CAREGIVER_BENCH_CHILD) {
  // The run is TypeScript in the libraries: run this file again under tsx with the path aliases.
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CAREGIVER_BENCH_CHILD: '1', TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json'), LUOTSI_DEMO_CARERS: process.env.LUOTSI_DEMO_CARERS ?? '4300' },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}

async function main() {
  const db = await import('@luotsi/db');
  const { caregivingModule } = await import('@luotsi/caregiving-bff');
  const { identityModule } = await import('@luotsi/identity-bff');
  const { viewerOf } = await import('@luotsi/bff-core');
  const { addMonthsToYearMonth, payrollCsv, yearMonthOf } = await import('@luotsi/caregiving-domain');
  const { computeRun, loadRunInput, storeRun } = await import(join(root, 'libs/caregiving/bff/src/payroll/run.ts'));
  const month = addMonthsToYearMonth(yearMonthOf(db.demoToday()), -1);
  const steps = [identityModule, caregivingModule].flatMap((m) => (m.seed ? [m.seed] : []));

  const targets = [{ name: 'PGlite (in memory)', open: async () => db.openTestDatabase({ seed: steps }), drop: async () => {} }];
  if (!process.argv.includes('--pglite-only')) {
    const postgres = await db.findTestPostgres();
    if (postgres.url) {
      const schema = `luotsi_bench_care_${Date.now().toString(36)}`;
      targets.push({
        name: 'PostgreSQL',
        open: async () => {
          const opened = await db.openDatabase({ url: postgres.url, schema });
          await db.migrate(opened);
          await db.seedAll(opened.prisma, steps);
          return opened;
        },
        drop: async () => db.dropTestSchemas(postgres.url, [schema]),
      });
    } else console.log(`PostgreSQL left out: ${postgres.reason}`);
  }

  let failed = false;
  for (const target of targets) {
    const seedStart = performance.now();
    const database = await target.open();
    try {
      const seeded = performance.now() - seedStart;
      const prisma = database.prisma;
      const staff = await viewerOf(prisma, 'staff', 'staff-kaisa');
      const areas = await prisma.serviceArea.findMany({ select: { id: true, code: true }, orderBy: { code: 'asc' } });
      const carers = await prisma.careAgreement.count({ where: { status: 'active', type: { in: ['informal-care', 'family-care'] } } });

      // Baseline: the fee library alone on the same inputs (loaded first, not timed).
      const inputs = await Promise.all(areas.map((a) => loadRunInput(prisma, a.id, month)));
      const baseStart = performance.now();
      for (const input of inputs) payrollCsv(computeRun(input).payroll);
      const baseline = performance.now() - baseStart;

      // The run as the coordinator starts it: load, compute, store run + statements + access log, CSV.
      const start = performance.now();
      let rows = 0;
      let totalCents = 0;
      for (const area of areas) {
        const outcome = await storeRun(prisma, { serviceAreaId: area.id, month, staff, requestId: 'bench', now: new Date() });
        const stored = await prisma.careMonthlyRun.findUniqueOrThrow({ where: { id: outcome.run.id } });
        const csv = payrollCsv(stored.payroll);
        rows += csv.split('\r\n').length - 2;
        totalCents += stored.totalCents;
      }
      const elapsed = performance.now() - start;
      const verdict = elapsed <= budgetMs ? 'within' : 'OVER';
      if (elapsed > budgetMs) failed = true;
      console.log(
        `${target.name}: ${carers} carers with a monthly fee, month ${month}, ${areas.length} areas; seeded in ${(seeded / 1000).toFixed(1)} s\n` +
          `  monthly run + payroll CSV: ${(elapsed / 1000).toFixed(2)} s (budget ${budgetMs / 1000} s: ${verdict}); ${rows} CSV lines, ${(totalCents / 100).toFixed(2)} €\n` +
          `  baseline (fee library only): ${(baseline / 1000).toFixed(3)} s; ratio ${(elapsed / baseline).toFixed(1)} × baseline`,
      );
    } finally {
      await database.close();
      await target.drop();
    }
  }
  process.exit(failed ? 1 : 0);
}
