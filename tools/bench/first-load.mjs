#!/usr/bin/env node
// Resident first-load weight, measured in Chromium: every JavaScript response of opening
// /fi/family-center (the shell, one remote and the shared chunks) gzipped at level 9, against a
// baseline built and measured in the same run: the smallest React page (react + react-dom).
// Budget: 150 KB gzipped (docs/architecture.md). Needs a build (npm run build).
// Usage: node tools/bench/first-load.mjs [path ...]   (default: /fi, and every module's resident
// front page from /modules.json in fi, plus one in sv; then, signed in as a resident, every
// resident page of every module, where the pages behind sign-in load their remote)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');
const budgetKb = 150;
/**
 * Public front pages known to be over the budget, with the size each must not grow past: a
 * ratchet, so a regression still fails while the root cause (each remote's generated federation
 * entry, 6.6 KB on every module page: docs/benchmarks.md) is being fixed. Remove a page from here
 * as soon as it fits; never raise a ceiling to make a change pass.
 */
const knownOverKb = { '/fi/service-tray': 155.0, '/fi/family-center': 152.5, '/sv/family-center': 152.5, '/fi/caregiver-portal': 152.0 };
/** A resident with every resident role (a carer), so every personal page opens. */
const signedInPersona = 'Olli Omaishoitaja';
let paths = process.argv.slice(2);
if (!existsSync(join(root, 'dist/apps/bff/main.mjs'))) {
  console.error('first-load: build first (npm run build)');
  process.exit(1);
}

const freePort = () => new Promise((resolve) => { const s = createServer().listen(0, () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function measure(browser, url, cookies = []) {
  const context = await browser.newContext();
  if (cookies.length) await context.addCookies(cookies);
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript/.test(type)) return;
    try {
      const body = await response.body();
      bodies.push(body);
      if (process.env.BENCH_VERBOSE) console.log(`  ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KB ${new URL(response.url()).pathname.replace(/_virtual_mf___mfe_internal__[a-z_]+__mf_owner__\d+__/, 'mf:')}`);
    } catch { /* redirects have no body */ }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const gz = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  return { files: bodies.length, kb: gz / 1024 };
}

// Baseline: build and serve the smallest React page.
const baselineOut = mkdtempSync(join(tmpdir(), 'luotsi-baseline-'));
await build({ root: join(import.meta.dirname, 'baseline'), base: './', logLevel: 'error', plugins: [react()], build: { outDir: baselineOut, emptyOutDir: true, modulePreload: false } });
const baselineApp = express().use(express.static(baselineOut));
const baselinePort = await freePort();
const baselineServer = baselineApp.listen(baselinePort);

// The portal: the built BFF with a fresh embedded database.
const dataDir = mkdtempSync(join(tmpdir(), 'luotsi-bench-'));
const port = await freePort();
// vite's build() above set NODE_ENV=production in this process; the demo BFF must not inherit it.
const { NODE_ENV: _ignored, ...parentEnv } = process.env;
const bff = spawn('node', ['dist/apps/bff/main.mjs'], {
  cwd: root,
  env: { ...parentEnv, LUOTSI_MODE: 'demo', PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, LUOTSI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
// A fresh demo database is migrated and seeded first (1,500 services, 4,300 carers): allow for a
// busy machine, and say so plainly if the portal never comes up.
let ready = false;
for (let i = 0; i < 360 && !ready; i++) {
  ready = await fetch(`http://localhost:${port}/readyz`).then((r) => r.ok, () => false);
  if (!ready) await new Promise((r) => setTimeout(r, 500));
}
if (!ready) {
  bff.kill();
  throw new Error('the BFF did not become ready within 3 minutes (see its output above)');
}

/**
 * Sample values for route parameters, so that pages with one in their path are measured too (a
 * route with a parameter and no sample here is named as not measured).
 */
const sampleParams = { questionnaireId: 'respiratory-infection' };
const withSamples = (path) => path.replace(/:([A-Za-z]+)/g, (whole, name) => sampleParams[name] ?? whole);

/** Signed in: every resident page of every module. */
let personalPaths = [];
/** Public pages with a parameter (an assessment): reported, not yet enforced (docs/benchmarks.md). */
let publicSamplePaths = [];
if (paths.length === 0) {
  const registry = await (await fetch(`http://localhost:${port}/modules.json`)).json();
  const residentAreas = registry.modules.flatMap((m) => (m.metadata?.areas?.resident ? [m.metadata.areas.resident] : []));
  const fronts = residentAreas.map((area) => area.basePath);
  paths = ['/fi', ...fronts.map((p) => `/fi/${p}`), ...fronts.slice(0, 1).map((p) => `/sv/${p}`)];
  const pathOf = (area, route) => `/fi/${area.basePath}${route.path ? `/${route.path}` : ''}`;
  const sampled = residentAreas.flatMap((area) => area.routes.map((route) => ({ route, path: withSamples(pathOf(area, route)) })));
  for (const { path } of sampled.filter((p) => p.path.includes(':'))) console.log(`${path}: not measured (no sample value for its parameter in first-load.mjs)`);
  personalPaths = sampled.filter((p) => !p.path.includes(':')).map((p) => p.path);
  publicSamplePaths = sampled.filter((p) => p.route.path.includes(':') && !p.path.includes(':') && p.route.access?.kind === 'public').map((p) => p.path);
}
const browser = await launch();
try {
  const baseline = await measure(browser, `http://localhost:${baselinePort}/`);
  console.log(`baseline (React + react-dom hello world): ${baseline.kb.toFixed(1)} KB gzipped JS in ${baseline.files} files`);
  let over = false;
  for (const path of paths) {
    const result = await measure(browser, `http://localhost:${port}${path}`);
    const ratio = result.kb / baseline.kb;
    const within = result.kb <= budgetKb;
    const ceiling = knownOverKb[path];
    const verdict = within ? 'within'
      : ceiling !== undefined && result.kb <= ceiling ? `OVER (known; must not grow past ${ceiling.toFixed(1)} KB)`
      : ceiling !== undefined ? `OVER and grown past its ${ceiling.toFixed(1)} KB ceiling` : 'OVER';
    over ||= !within && !(ceiling !== undefined && result.kb <= ceiling);
    console.log(`${path.padEnd(22)} ${result.kb.toFixed(1).padStart(6)} KB gzipped JS in ${String(result.files).padStart(2)} files = ${ratio.toFixed(2)} × baseline; budget ${budgetKb} KB: ${verdict}`);
  }
  for (const path of publicSamplePaths) {
    const result = await measure(browser, `http://localhost:${port}${path}`);
    const within = result.kb <= budgetKb;
    console.log(`${path.padEnd(34)} ${result.kb.toFixed(1).padStart(6)} KB gzipped JS in ${String(result.files).padStart(2)} files = ${(result.kb / baseline.kb).toFixed(2)} × baseline; budget ${budgetKb} KB: ${within ? 'within' : 'OVER (reported, not yet enforced)'}`);
  }
  // Signed in: the pages behind sign-in load their remote too. The session cookies move to a fresh
  // browser context, so nothing the sign-in pages loaded is in its cache.
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInPage.goto(`http://localhost:${port}/auth/resident/login?returnTo=%2Ffi`);
  await Promise.all([
    signInPage.waitForURL((url) => url.pathname === '/fi'),
    signInPage.getByRole('button', { name: new RegExp(`^${signedInPersona}`) }).click(),
  ]);
  const cookies = await signInContext.cookies();
  await signInContext.close();
  // Reported, not yet enforced: some personal pages are over (docs/benchmarks.md); the exit code
  // covers the public module front pages until they are fixed.
  for (const path of personalPaths) {
    const result = await measure(browser, `http://localhost:${port}${path}`, cookies);
    const ratio = result.kb / baseline.kb;
    const within = result.kb <= budgetKb;
    console.log(`${`${path} (signed in)`.padEnd(34)} ${result.kb.toFixed(1).padStart(6)} KB gzipped JS in ${String(result.files).padStart(2)} files = ${ratio.toFixed(2)} × baseline; budget ${budgetKb} KB: ${within ? 'within' : 'OVER (reported, not yet enforced)'}`);
  }
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
  baselineServer.close();
  bff.kill('SIGTERM');
  await new Promise((r) => bff.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(baselineOut, { recursive: true, force: true });
}
