import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/**
 * PGlite is single-process and has no lock of its own: two processes on one data folder corrupt it.
 * A lock file next to the folder (not inside: PGlite owns that) records the holder's pid.
 */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

export interface DataDirLock {
  path: string;
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      if (holder && isAlive(holder)) throw lockedError(dataDir, path, holder);
      // The holder died without cleaning up: take the lock over.
      try {
        unlinkSync(path);
      } catch {
        /* somebody else removed it first */
      }
      continue;
    }
    const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(info));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off('exit', release);
      try {
        if (readLock(path)?.pid === process.pid) unlinkSync(path);
      } catch {
        /* already gone */
      }
    };
    process.on('exit', release);
    return { path, release };
  }
  throw new DataDirLockedError(`Could not lock the PGlite data folder ${dataDir} (${path}).`);
}

function readLock(path: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, host: parsed.host ?? '', since: parsed.since ?? '?' }
      : null;
  } catch {
    return null; // empty or half-written: treat as stale
  }
}

function isAlive(holder: LockInfo): boolean {
  // A lock from another machine (shared folder) cannot be checked: assume it is held.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(dataDir: string, path: string, holder: LockInfo): DataDirLockedError {
  const who =
    holder.pid === process.pid && holder.host === hostname()
      ? 'this process'
      : `process ${holder.pid} on ${holder.host}`;
  return new DataDirLockedError(
    `The embedded database (PGlite) in ${dataDir} is already in use by ${who} since ${holder.since}. ` +
      'PGlite allows only one process at a time: stop the other process (e.g. a running BFF) or use ' +
      `PostgreSQL through DATABASE_URL. If no such process exists, delete ${path}.`,
  );
}
