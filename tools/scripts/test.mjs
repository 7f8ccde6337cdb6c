#!/usr/bin/env node
// npm test: every check of the project, in the order a reviewer would want them, then one summary
// line "N passed, N failed". Counts: each test case of every Vitest project (unit, BFF integration
// on PGlite and PostgreSQL, end-to-end in Chromium), plus each lint, typecheck and build task,
// the i18n check and the schema and migration drift checks (those are tests too), and the resident
// first-load budget measured on the build (tools/bench/first-load.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { env, ensureInstalled, generate, root } from './lib.mjs';

const started = Date.now();
const reportDir = join(root, 'tmp', 'test-results');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
const testEnv = { ...env, LUOTSI_TEST_REPORT_DIR: reportDir, CI: process.env.CI ?? 'true' };

let passed = 0;
let failed = 0;
const failures = [];

function step(title) {
  console.log(`\n━━ ${title} ━━`);
}

function exec(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...testEnv, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

function projectsWith(target) {
  const { stdout } = spawnSync('npx', ['nx', 'show', 'projects', '--with-target', target, '--json'], { cwd: root, env: testEnv, encoding: 'utf8' });
  return JSON.parse(stdout);
}

/** Runs an Nx target on every project that has it; each task counts as one check. */
function nxTarget(target, { exclude = [] } = {}) {
  const projects = projectsWith(target).filter((p) => !exclude.includes(p));
  step(`${target} (${projects.length} projects)`);
  const { status, output } = exec('npx', ['nx', 'run-many', '-t', target, '-p', projects.join(','), '--parallel=2', '--outputStyle=static', '--nxBail=false']);
  const failedTasks = [...output.matchAll(/^\s*-\s+([\w-]+):([\w-]+)/gm)].map((m) => `${m[1]}:${m[2]}`).filter((t) => t.endsWith(`:${target}`));
  const failedCount = status === 0 ? 0 : Math.max(failedTasks.length, 1);
  passed += projects.length - failedCount;
  failed += failedCount;
  if (failedCount) failures.push(...(failedTasks.length ? failedTasks : [`${target} (see output above)`]));
  return status === 0;
}

/** A single command that is one check. */
function check(title, command, args) {
  step(title);
  const { status } = exec(command, args);
  if (status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(title);
  }
  return status === 0;
}

/** Adds the test cases of the Vitest JSON reports written so far. */
function countVitestReports(expected) {
  const seen = new Set();
  for (const file of readdirSync(reportDir).filter((f) => f.endsWith('.json'))) {
    const name = file.replace(/\.json$/, '');
    seen.add(name);
    const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    const bad = (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0);
    // A skipped test is not a passing test: it counts as a failure here.
    failed += bad;
    if (bad) failures.push(`${name}: ${bad} failed or skipped`);
    // Tests that never finished (their worker crashed or was killed) are in the total but in no
    // count, and Vitest may still call the run a success: they fail here.
    const unfinished = (report.numTotalTests ?? 0) - (report.numPassedTests ?? 0) - bad;
    if (unfinished > 0) {
      failed += unfinished;
      failures.push(`${name}: ${unfinished} test(s) never finished (a crashed or hung worker)`);
    }
    for (const suite of report.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
        failed += 1;
        failures.push(`${name}: ${suite.name} could not run (${(suite.message ?? '').split('\n')[0]})`);
      }
    }
  }
  for (const name of expected) if (!seen.has(name)) {
    failed += 1;
    failures.push(`${name}: no test report (the run crashed before reporting)`);
  }
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  step('installing Chromium (apt-get install -y chromium)');
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? 'apt-get' : 'sudo';
  const args = asRoot ? ['install', '-y', '--no-install-recommends', 'chromium'] : ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'];
  let { status } = exec(cmd, args, { DEBIAN_FRONTEND: 'noninteractive' });
  if (status !== 0) {
    exec(asRoot ? 'apt-get' : 'sudo', asRoot ? ['update'] : ['apt-get', 'update'], { DEBIAN_FRONTEND: 'noninteractive' });
    ({ status } = exec(cmd, args, { DEBIAN_FRONTEND: 'noninteractive' }));
  }
  if (status !== 0) console.error('Chromium could not be installed: the browser tests will fail.');
}

ensureInstalled();
ensureChromium();
step('generating code (Prisma client, Pothos types, typed GraphQL documents)');
generate();

nxTarget('lint');
check('lint of the root scripts (tools/scripts, tools/vite, tools/bench)', 'npx', ['eslint', 'tools/scripts', 'tools/vite', 'tools/bench']);
nxTarget('typecheck');
check('i18n: every text in fi, sv and en, no unused keys', 'npx', ['tsx', '--tsconfig', 'tsconfig.base.json', 'tools/scripts/i18n-check.ts']);
const unitProjects = projectsWith('test');
step(`unit and integration tests (${unitProjects.length} projects)`);
const unitRun = exec('npx', ['nx', 'run-many', '-t', 'test', '--parallel=2', '--outputStyle=static', '--nxBail=false', '--skip-nx-cache']);
const failedBeforeReports = failed;
countVitestReports(unitProjects);
// A project whose Vitest exited non-zero (an unhandled error, a crashed worker) fails even when
// its report shows no failed test.
if (unitRun.status !== 0 && failed === failedBeforeReports) {
  failed += 1;
  failures.push('unit and integration tests: a project exited with an error that no report shows (see its output above)');
}
const built = nxTarget('build');
if (built) {
  step('end-to-end tests in Chromium (axe WCAG 2.1 AA, keyboard, languages)');
  exec('npx', ['nx', 'run', 'e2e:e2e', '--outputStyle=static', '--skip-nx-cache']);
  const before = failed;
  countVitestReports(['e2e']);
  if (failed > before) console.error('end-to-end tests failed');
  // A size, not a time: the same build always weighs the same, so this cannot flake.
  check('resident first load within 150 KB of gzipped JavaScript on every module page (tools/bench/first-load.mjs)', 'node', ['tools/bench/first-load.mjs']);
} else {
  failed += 2;
  failures.push('e2e: not run because the build failed', 'first-load budget: not measured because the build failed');
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\n━━ summary (${minutes} min) ━━`);
if (failures.length) console.log(`failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
