import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repositoryRoot } from './paths';

/**
 * Dumps of in-memory PGlite databases (dumpDataDir) kept in memory and on disk, so tests do not
 * pay for initdb (~3 s of CPU) and migrations in every process: loading a dump takes ~0.5 s.
 * Disk entries live in node_modules/.cache/luotsi-db; keys name everything the content depends on.
 */
const memo = new Map<string, Promise<Blob>>();
const cacheDir = join(repositoryRoot(), 'node_modules', '.cache', 'luotsi-db');

/** `family` groups entries of which only the newest is useful (older keys are deleted). */
export function cachedDump(key: string, family: string, build: () => Promise<Blob>): Promise<Blob> {
  return memoizedDump(`${family}-${key}`, () => fromDisk(`${family}-${key}`, family, build));
}

/** Same, in this process only (for content whose inputs are not easy to key). */
export function memoizedDump(key: string, build: () => Promise<Blob>): Promise<Blob> {
  let dump = memo.get(key);
  if (!dump) {
    dump = build();
    memo.set(key, dump);
    dump.catch(() => memo.delete(key));
  }
  return dump;
}

async function fromDisk(name: string, family: string, build: () => Promise<Blob>): Promise<Blob> {
  const file = join(cacheDir, `${name}.tar`);
  try {
    if (existsSync(file)) return new Blob([readFileSync(file)]);
  } catch {
    /* unreadable: rebuild */
  }
  const dump = await build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename: several test processes may build the same entry at once.
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
    renameSync(temp, file);
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(`${family}-`) && old.endsWith('.tar') && old !== `${name}.tar`)
        rmSync(join(cacheDir, old), { force: true });
    }
  } catch {
    /* the cache is an optimisation only */
  }
  return dump;
}

let version: string | undefined;
export function pgliteVersion(): string {
  if (version === undefined) {
    // The package does not export its package.json; it sits above the resolved entry (dist/).
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    version = (
      JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  }
  return version;
}
