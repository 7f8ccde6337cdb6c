import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { type SessionRecord } from './session-record';
import { MemorySessionStore, type SessionStore } from './session-store';
import { RedisSessionStore } from './redis-session-store';
import { type SessionRow, SqlSessionStore, type SessionTable } from './sql-session-store';

let clock = Date.parse('2026-11-22T08:00:00Z');
const now = () => new Date(clock);

function record(overrides: Partial<SessionRecord> = {}): SessionRecord {
  const at = now();
  return {
    area: 'staff',
    subject: 'staff-hanna',
    data: { kind: 'session', user: { area: 'staff', subject: 'staff-hanna', displayName: 'Hanna Hoitaja', roles: ['nurse'], staffId: 's-1' } },
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(at.getTime() + 30 * 60_000),
    ...overrides,
  };
}

const id = () => randomBytes(32).toString('hex');

/** The behaviour every store must have; `corrupt` writes an unreadable record under an id. */
function contract(name: string, make: () => SessionStore, corrupt: (id: string) => Promise<void>, skip?: string) {
  describe.skipIf(skip !== undefined)(skip ? `${name} (skipped: ${skip})` : name, () => {
    it('stores and reads a record with its dates and data', async () => {
      const store = make();
      const key = id();
      const rec = record();
      await store.set(key, rec, 1800);
      expect(await store.get(key)).toEqual(rec);
    });

    it('keeps a login in progress apart from sessions by its kind', async () => {
      const store = make();
      const key = id();
      const rec = record({
        area: 'resident', subject: '',
        data: { kind: 'login', state: 's', nonce: 'n', codeVerifier: 'v'.repeat(43), returnTo: '/fi/', language: 'fi' },
      });
      await store.set(key, rec, 600);
      expect((await store.get(key))?.data).toEqual(rec.data);
    });

    it('treats an expired record as absent and removes it', async () => {
      const store = make();
      const key = id();
      await store.set(key, record(), 1800);
      clock += 30 * 60_000;
      expect(await store.get(key)).toBeNull();
      clock -= 30 * 60_000;
      // Removed, not just hidden: going back in time does not revive it.
      expect(await store.get(key)).toBeNull();
    });

    it('touch moves the deadlines of a live session and never creates one', async () => {
      const store = make();
      const key = id();
      await store.set(key, record(), 1800);
      const lastSeenAt = new Date(clock + 60_000);
      const expiresAt = new Date(clock + 31 * 60_000);
      await store.touch(key, { lastSeenAt, expiresAt }, 1860);
      expect(await store.get(key)).toMatchObject({ lastSeenAt, expiresAt });
      const missing = id();
      await store.touch(missing, { lastSeenAt, expiresAt }, 1860);
      expect(await store.get(missing)).toBeNull();
    });

    it('destroy removes, and destroying twice is fine', async () => {
      const store = make();
      const key = id();
      await store.set(key, record(), 1800);
      await store.destroy(key);
      await store.destroy(key);
      expect(await store.get(key)).toBeNull();
    });

    it('reads an unreadable record as no session', async () => {
      const store = make();
      const key = id();
      await corrupt(key);
      expect(await store.get(key)).toBeNull();
    });
  });
}

// Memory
const memory = new MemorySessionStore({ now });
contract('MemorySessionStore', () => memory, async () => {
  // Memory cannot hold a corrupt record: it only stores what passes serialisation.
});

// SQL through a fake with Prisma's semantics (update of a missing row throws P2025).
class FakeSessionTable implements SessionTable {
  rows = new Map<string, SessionRow>();
  async findUnique({ where }: { where: { id: string } }) {
    const row = this.rows.get(where.id);
    return row ? structuredClone(row) : null;
  }
  async upsert({ where, create, update }: { where: { id: string }; create: SessionRow; update: Omit<SessionRow, 'id'> }) {
    const existing = this.rows.get(where.id);
    this.rows.set(where.id, structuredClone(existing ? { ...existing, ...update } : create));
  }
  async update({ where, data }: { where: { id: string }; data: { lastSeenAt: Date; expiresAt: Date } }) {
    const existing = this.rows.get(where.id);
    if (!existing) throw Object.assign(new Error('Record to update not found.'), { code: 'P2025' });
    this.rows.set(where.id, { ...existing, ...data });
  }
  async deleteMany({ where }: { where: { id: string } | { expiresAt: { lt: Date } } }) {
    let count = 0;
    for (const [key, row] of this.rows) {
      const match = 'id' in where ? key === where.id : row.expiresAt < where.expiresAt.lt;
      if (match) {
        this.rows.delete(key);
        count++;
      }
    }
    return { count };
  }
}
const table = new FakeSessionTable();
contract('SqlSessionStore', () => new SqlSessionStore(table, { now }), async (key) => {
  table.rows.set(key, { id: key, area: 'staff', subject: 'x', data: { kind: 'session' }, createdAt: now(), lastSeenAt: now(), expiresAt: new Date(clock + 60_000) });
});

describe('SqlSessionStore specifics', () => {
  it('writes the columns the Session model has, and sweeps expired rows', async () => {
    const rows = new FakeSessionTable();
    const store = new SqlSessionStore(rows, { now });
    const rec = record();
    await store.set('a', rec, 1800);
    expect(rows.rows.get('a')).toEqual({ id: 'a', area: 'staff', subject: 'staff-hanna', data: rec.data, createdAt: rec.createdAt, lastSeenAt: rec.lastSeenAt, expiresAt: rec.expiresAt });
    await store.set('b', record({ expiresAt: new Date(clock + 1000) }), 1);
    clock += 2000;
    expect(await store.deleteExpired()).toBe(1);
    expect([...rows.rows.keys()]).toEqual(['a']);
  });

  it('lets other database errors through from touch', async () => {
    const failing = new FakeSessionTable();
    failing.update = async () => {
      throw new Error('connection lost');
    };
    await expect(new SqlSessionStore(failing, { now }).touch('a', { lastSeenAt: now(), expiresAt: now() }, 1)).rejects.toThrow('connection lost');
  });
});

// Redis: the real one on 127.0.0.1:6379, under a unique prefix that is removed afterwards.
const prefix = `luotsi-test:${randomBytes(6).toString('hex')}:`;
const redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: 1000 });
redis.on('error', () => undefined);
let redisUnavailable: string | undefined;
try {
  await redis.connect();
  await redis.ping();
} catch (error) {
  redisUnavailable = `Redis unreachable at 127.0.0.1:6379 (${(error as Error).message})`;
}

contract(
  'RedisSessionStore',
  () => new RedisSessionStore(redis, { prefix, now }),
  async (key) => {
    await redis.set(`${prefix}${key}`, '{"not":"a session"}', 'EX', 60);
  },
  redisUnavailable,
);

describe.skipIf(redisUnavailable !== undefined)(
  redisUnavailable ? `RedisSessionStore specifics (skipped: ${redisUnavailable})` : 'RedisSessionStore specifics',
  () => {
    it('gives keys a Redis TTL and does not resurrect a session destroyed before a touch', async () => {
      const store = new RedisSessionStore(redis, { prefix, now });
      await store.set('k', record(), 1800);
      const ttl = await redis.ttl(`${prefix}k`);
      expect(ttl).toBeGreaterThan(1790);
      expect(ttl).toBeLessThanOrEqual(1800);
      await store.touch('k', { lastSeenAt: now(), expiresAt: new Date(clock + 3600_000) }, 3600);
      expect(await redis.ttl(`${prefix}k`)).toBeGreaterThan(3590);
      await store.destroy('k');
      expect(await redis.exists(`${prefix}k`)).toBe(0);
    });

    it('shares sessions between two store instances (two BFF replicas)', async () => {
      const a = new RedisSessionStore(redis, { prefix, now });
      const other = redis.duplicate();
      try {
        const b = new RedisSessionStore(other, { prefix, now });
        await a.set('shared', record(), 1800);
        expect((await b.get('shared'))?.subject).toBe('staff-hanna');
        await b.destroy('shared');
        expect(await a.get('shared')).toBeNull();
      } finally {
        other.disconnect();
      }
    });
  },
);

afterAll(async () => {
  if (redisUnavailable) return;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 100);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
});
