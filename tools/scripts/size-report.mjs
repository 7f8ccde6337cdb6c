#!/usr/bin/env node
// Prints the gzipped JavaScript of every built frontend, so a size regression shows in review.
// What a resident actually downloads on first load is measured in a browser by
// tools/bench/first-load.mjs (see docs/benchmarks.md); this is the per-app view.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { root } from './lib.mjs';

const dist = join(root, 'dist', 'apps');
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
if (!existsSync(dist)) {
  console.error('size-report: nothing built yet (dist/apps is missing)');
  process.exit(1);
}
const rows = [];
for (const app of readdirSync(dist).sort()) {
  if (app === 'bff') continue;
  const js = files(join(dist, app)).filter((f) => f.endsWith('.js'));
  const sizes = js.map((f) => ({ file: relative(join(dist, app), f), gz: gzipSync(readFileSync(f), { level: 9 }).length }));
  const total = sizes.reduce((s, f) => s + f.gz, 0);
  const largest = sizes.sort((a, b) => b.gz - a.gz)[0];
  rows.push([app, sizes.length, total, largest ? `${largest.file.replace(/_virtual_mf___mfe_internal__[a-z_]+__mf_owner__\d+__/, 'mf:')} ${kb(largest.gz)}` : '']);
}
console.log('\nGzipped JavaScript per frontend (everything it ships; pages load lazily):');
console.log(`${'app'.padEnd(18)} ${'files'.padStart(5)} ${'gzip'.padStart(10)}  largest`);
for (const [app, count, total, largest] of rows) console.log(`${app.padEnd(18)} ${String(count).padStart(5)} ${kb(total).padStart(10)}  ${largest}`);
