import { type Area } from '@luotsi/identity-domain';
import { parseData, type SessionRecord } from './session-record';
import { type SessionStore, type StoreOptions } from './session-store';

// The JSON a Prisma `Json` column accepts on write: a top-level null would need Prisma.JsonNull.
type JsonInput = string | number | boolean | JsonObject | readonly (JsonInput | null)[];
interface JsonObject {
  readonly [key: string]: JsonInput | null | undefined;
}

/** A row of the `Session` table (columns id, area, subject, data, createdAt, lastSeenAt, expiresAt). */
export interface SessionRow {
  id: string;
  area: string;
  subject: string;
  data: unknown;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

interface SessionRowInput {
  id: string;
  area: string;
  subject: string;
  data: JsonObject;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/**
 * The part of a Prisma model delegate (`prisma.session`) this store uses, structurally, so that
 * this library does not depend on the generated client or the database library.
 */
export interface SessionTable {
  findUnique(args: { where: { id: string } }): PromiseLike<SessionRow | null>;
  upsert(args: { where: { id: string }; create: SessionRowInput; update: Omit<SessionRowInput, 'id'> }): PromiseLike<unknown>;
  update(args: { where: { id: string }; data: { lastSeenAt: Date; expiresAt: Date } }): PromiseLike<unknown>;
  deleteMany(args: { where: { id: string } | { expiresAt: { lt: Date } } }): PromiseLike<{ count: number }>;
}

export interface SqlSessionStoreOptions extends StoreOptions {
  /** How often `set` also deletes expired rows (abandoned logins are never read again). */
  sweepIntervalMinutes?: number;
}

const areaNames: readonly string[] = ['resident', 'staff'];

/** Sessions in the database (PostgreSQL or the embedded PGlite), through a Prisma delegate. */
export class SqlSessionStore implements SessionStore {
  readonly #table: SessionTable;
  readonly #now: () => Date;
  readonly #sweepIntervalMs: number;
  #lastSweepMs = 0;

  constructor(table: SessionTable, options: SqlSessionStoreOptions = {}) {
    this.#table = table;
    this.#now = options.now ?? (() => new Date());
    this.#sweepIntervalMs = (options.sweepIntervalMinutes ?? 10) * 60_000;
  }

  async get(id: string): Promise<SessionRecord | null> {
    const row = await this.#table.findUnique({ where: { id } });
    if (!row) return null;
    const data = parseData(row.data);
    if (!data || !areaNames.includes(row.area) || row.expiresAt.getTime() <= this.#now().getTime()) {
      await this.#table.deleteMany({ where: { id } });
      return null;
    }
    return {
      area: row.area as Area,
      subject: row.subject,
      data,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      expiresAt: row.expiresAt,
    };
  }

  // ttlSeconds is implied by record.expiresAt; SQL has no native expiry.
  async set(id: string, record: SessionRecord, _ttlSeconds: number): Promise<void> {
    const row = {
      area: record.area,
      subject: record.subject,
      data: record.data,
      createdAt: record.createdAt,
      lastSeenAt: record.lastSeenAt,
      expiresAt: record.expiresAt,
    };
    await this.#table.upsert({ where: { id }, create: { id, ...row }, update: row });
    await this.#maybeSweep();
  }

  async touch(id: string, times: { lastSeenAt: Date; expiresAt: Date }, _ttlSeconds: number): Promise<void> {
    try {
      await this.#table.update({ where: { id }, data: { lastSeenAt: times.lastSeenAt, expiresAt: times.expiresAt } });
    } catch (error) {
      // Prisma's "record to update not found": the session was ended meanwhile, which is fine.
      if ((error as { code?: unknown } | null)?.code !== 'P2025') throw error;
    }
  }

  async destroy(id: string): Promise<void> {
    await this.#table.deleteMany({ where: { id } });
  }

  /** Deletes expired rows; also usable from a scheduled job. */
  async deleteExpired(): Promise<number> {
    const { count } = await this.#table.deleteMany({ where: { expiresAt: { lt: this.#now() } } });
    return count;
  }

  async #maybeSweep(): Promise<void> {
    const nowMs = this.#now().getTime();
    if (nowMs - this.#lastSweepMs < this.#sweepIntervalMs) return;
    this.#lastSweepMs = nowMs;
    await this.deleteExpired();
  }
}
