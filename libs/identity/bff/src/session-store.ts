import { parseRecord, serializeRecord, type SessionRecord } from './session-record';

export type { SessionRecord } from './session-record';

/**
 * Server-side session storage. `id` is always the SHA-256 of the browser's token, never the
 * token. Implementations treat a record past its `expiresAt` as absent and remove it.
 */
export interface SessionStore {
  get(id: string): Promise<SessionRecord | null>;
  set(id: string, record: SessionRecord, ttlSeconds: number): Promise<void>;
  /** Extends a live session; a no-op when it is gone (never resurrects a destroyed session). */
  touch(id: string, times: { lastSeenAt: Date; expiresAt: Date }, ttlSeconds: number): Promise<void>;
  destroy(id: string): Promise<void>;
}

export interface StoreOptions {
  /** Injected clock for tests. */
  now?: () => Date;
}

/** For tests and a single development instance: everything is lost on restart. */
export class MemorySessionStore implements SessionStore {
  readonly #entries = new Map<string, { json: string; expiresAtMs: number }>();
  readonly #now: () => Date;
  #lastSweepMs = 0;

  constructor(options: StoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
  }

  get size(): number {
    return this.#entries.size;
  }

  async get(id: string): Promise<SessionRecord | null> {
    const entry = this.#entries.get(id);
    if (!entry) return null;
    const record = parseRecord(entry.json);
    const nowMs = this.#now().getTime();
    if (!record || entry.expiresAtMs <= nowMs || record.expiresAt.getTime() <= nowMs) {
      this.#entries.delete(id);
      return null;
    }
    return record;
  }

  async set(id: string, record: SessionRecord, ttlSeconds: number): Promise<void> {
    const nowMs = this.#now().getTime();
    this.#sweep(nowMs);
    // Stored serialised so callers cannot mutate a live record by accident, as with a real store.
    this.#entries.set(id, { json: serializeRecord(record), expiresAtMs: nowMs + ttlSeconds * 1000 });
  }

  async touch(id: string, times: { lastSeenAt: Date; expiresAt: Date }, ttlSeconds: number): Promise<void> {
    const record = await this.get(id);
    if (!record) return;
    await this.set(id, { ...record, ...times }, ttlSeconds);
  }

  async destroy(id: string): Promise<void> {
    this.#entries.delete(id);
  }

  /** Abandoned logins are never read again; drop them now and then. */
  #sweep(nowMs: number): void {
    if (nowMs - this.#lastSweepMs < 60_000) return;
    this.#lastSweepMs = nowMs;
    for (const [id, entry] of this.#entries) if (entry.expiresAtMs <= nowMs) this.#entries.delete(id);
  }
}

/** Seconds until `expiresAt`, at least 1 (stores reject 0 and negative TTLs). */
export function ttlSecondsUntil(expiresAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000));
}
