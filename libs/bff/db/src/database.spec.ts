import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultDataDir, openDatabase } from './database';
import { repositoryRoot } from './paths';
import { DataDirLockedError } from './pglite-lock';

const scratch = mkdtempSync(join(tmpdir(), 'luotsi-db-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('opens an in-memory PGlite database for memory://', async () => {
    const db = await openDatabase({ url: 'memory://' });
    expect(db.kind).toBe('pglite');
    expect(await db.ping()).toBe(true);
    await db.close();
    await db.close(); // idempotent
    expect(await db.ping()).toBe(false);
  });

  it('keeps the embedded database in a data folder, locked against a second process', async () => {
    const dataDir = join(scratch, 'pglite');
    const db = await openDatabase({ dataDir });
    expect(db.description).toBe(`PGlite in ${dataDir}`);
    await db.sql.exec('CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$still here$$);');

    const second = openDatabase({ dataDir });
    await expect(second).rejects.toThrow(DataDirLockedError);
    await expect(second).rejects.toThrow(
      /already in use by this process.*only one process at a time/s,
    );
    await db.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    // A lock left by a process that no longer exists is taken over.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(
      `${dataDir}.lock`,
      JSON.stringify({ pid: dead, host: hostname(), since: '2026-01-01T00:00:00Z' }),
    );
    const reopened = await openDatabase({ dataDir });
    try {
      expect(await reopened.sql.query('SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    } finally {
      await reopened.close();
    }
  });

  it('reports a lock held by another live process', async () => {
    const dataDir = join(scratch, 'held');
    writeFileSync(
      `${dataDir}.lock`,
      JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00Z' }),
    );
    await expect(openDatabase({ dataDir })).rejects.toThrow(
      `already in use by process ${process.ppid}`,
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('finds the default data folder under the repository or in LUOTSI_DATA_DIR', () => {
    vi.stubEnv('LUOTSI_DATA_DIR', '');
    expect(defaultDataDir()).toBe(join(repositoryRoot(), '.data', 'pglite'));
    expect(existsSync(join(repositoryRoot(), 'nx.json'))).toBe(true);
    vi.stubEnv('LUOTSI_DATA_DIR', join(scratch, 'elsewhere'));
    expect(defaultDataDir()).toBe(join(scratch, 'elsewhere'));
    vi.unstubAllEnvs();
  });

  it('rejects unknown URLs and unsafe schema names without connecting', async () => {
    await expect(openDatabase({ url: 'mysql://user:secret@host/db' })).rejects.toThrow(
      /Unsupported database URL "mysql:\/\/\*\*\*@host\/db"/,
    );
    await expect(
      openDatabase({ url: 'postgres://127.0.0.1:1/test?schema=x;drop' }),
    ).rejects.toThrow('Invalid PostgreSQL schema name');
  });
});
