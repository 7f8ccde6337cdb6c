import type { Redis } from 'ioredis';
import { parseRecord, serializeRecord, type SessionRecord } from './session-record';
import { type SessionStore, type StoreOptions } from './session-store';

export interface RedisSessionStoreOptions extends StoreOptions {
  /** Key prefix, so that one Redis can serve several environments or tests. */
  prefix?: string;
}

/**
 * Sessions shared by several BFF instances (used when REDIS_URL is set). Redis' own TTL removes
 * expired sessions; the record's `expiresAt` is still checked because touches may lag a minute.
 */
export class RedisSessionStore implements SessionStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #now: () => Date;

  constructor(redis: Redis, options: RedisSessionStoreOptions = {}) {
    this.#redis = redis;
    this.#prefix = options.prefix ?? 'luotsi:session:';
    this.#now = options.now ?? (() => new Date());
  }

  #key(id: string): string {
    return `${this.#prefix}${id}`;
  }

  async get(id: string): Promise<SessionRecord | null> {
    const json = await this.#redis.get(this.#key(id));
    if (json === null) return null;
    const record = parseRecord(json);
    if (!record || record.expiresAt.getTime() <= this.#now().getTime()) {
      await this.#redis.del(this.#key(id));
      return null;
    }
    return record;
  }

  async set(id: string, record: SessionRecord, ttlSeconds: number): Promise<void> {
    await this.#redis.set(this.#key(id), serializeRecord(record), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async touch(id: string, times: { lastSeenAt: Date; expiresAt: Date }, ttlSeconds: number): Promise<void> {
    const record = await this.get(id);
    if (!record) return;
    // XX: if a logout deleted the key meanwhile, do not bring the session back.
    await this.#redis.set(this.#key(id), serializeRecord({ ...record, ...times }), 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'XX');
  }

  async destroy(id: string): Promise<void> {
    await this.#redis.del(this.#key(id));
  }
}
