#!/usr/bin/env node
// Generates the Prisma client and the Pothos types of libs/bff/db (npm run db:generate, and
// postinstall). Works offline: `prisma generate` only needs the native schema engine path to
// exist, not the engine itself, so it is pointed at any existing file instead of being downloaded
// (docs/toolchain.md). Skips the run when nothing that affects the output changed, so it is cheap to
// call before every test or typecheck. `--force` regenerates anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lib = join(root, 'libs', 'bff', 'db');
const config = join(lib, 'prisma.config.ts');
const schemaDir = join(lib, 'prisma', 'schema');
const generated = join(lib, 'src', 'generated');
const stamp = join(generated, '.inputs.sha256');
const outputs = [join(generated, 'prisma', 'client.ts'), join(generated, 'pothos-types.ts')];
const force = process.argv.includes('--force');

const require = createRequire(join(root, 'package.json'));
let prismaCli;
try {
  prismaCli = require.resolve('prisma/build/index.js');
} catch {
  // A production install (--omit=dev) has no Prisma CLI; the client must then come from the build.
  console.warn('prisma-generate: the prisma package is not installed; skipping client generation.');
  process.exit(0);
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    /* not exported: see below */
  }
  try {
    // Some packages do not export their package.json: walk up from the resolved entry instead.
    for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
  } catch {
    /* not installed */
  }
  return 'missing';
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const name of ['prisma', '@prisma/client', '@pothos/plugin-prisma'])
    hash.update(`${name}@${packageVersion(name)}\n`);
  const files = [
    config,
    fileURLToPath(import.meta.url),
    ...readdirSync(schemaDir)
      .filter((f) => f.endsWith('.prisma'))
      .sort()
      .map((f) => join(schemaDir, f)),
  ];
  for (const file of files)
    hash
      .update(`${relative(root, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  return hash.digest('hex');
}

const hash = inputsHash();
if (
  !force &&
  outputs.every((f) => existsSync(f)) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8').trim() === hash
) {
  console.log('prisma-generate: client is up to date.');
  process.exit(0);
}

// Any existing file will do as the engine path; /bin/true is absent on Windows.
const engineStandIn = existsSync('/bin/true') ? '/bin/true' : process.execPath;
const result = spawnSync(
  process.execPath,
  [prismaCli, 'generate', '--config', relative(root, config)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? engineStandIn,
      // No update checks or telemetry: the machines running this may have no internet access.
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      // The Pothos generator is resolved as a command from node_modules/.bin.
      PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
    },
  },
);
if (result.status !== 0) {
  console.error(
    `prisma-generate: prisma generate failed (exit ${result.status ?? result.signal}).`,
  );
  process.exit(result.status ?? 1);
}
writeFileSync(stamp, `${hash}\n`);
