import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Prisma, PrismaClient } from '@luotsi/db';
import type { AuthenticatedUser, BffContext, Logger } from './context';

/**
 * The access log (käyttöloki): every read or change of a client's data by a professional, with
 * who, role, unit, whose data, what, when and why. Residents reading their own data are not
 * logged. See docs/modules/privacy.md.
 */
export const accessActions = ['read', 'create', 'update', 'delete', 'export', 'print'] as const;
export type AccessAction = (typeof accessActions)[number];

/** One client object a professional touched. */
export interface ClientAccess {
  /** The Person whose data it is. */
  clientPersonId: string;
  /** e.g. 'ContactRequest'. */
  objectType: string;
  objectId: string;
  /** The relationship or task that justified the access, e.g. 'unit-queue', 'care-agreement'. */
  purpose: string;
  /** The unit in whose work it happened (the object's unit), when there is one. */
  unitId?: string | null;
  /** The role that gave the access; defaults to the professional's first role. */
  role?: string;
}

export interface ClientChange extends ClientAccess {
  action: Exclude<AccessAction, 'read'>;
}

/** A Prisma client or an interactive transaction's client. */
type PrismaWriter = Pick<PrismaClient, 'accessLogEntry'> | Prisma.TransactionClient;

export interface AccessLog {
  /**
   * Notes that the professional read a client object. Reads are written together when the
   * operation completes (`flush`); the same object read twice is one row.
   */
  noteRead(access: ClientAccess): void;
  /** How many reads wait for `flush`. */
  readonly pendingReads: number;
  /** Writes the noted reads in one statement; throws when that fails. */
  flush(): Promise<void>;
  /**
   * Writes the row of a change (or an export or print) now, with the given client: pass the
   * transaction's client so that the row and the change commit or roll back together.
   */
  record(db: PrismaWriter, change: ClientChange): Promise<void>;
}

interface Actor {
  staffId: string;
  name: string;
  roles: readonly string[];
}

function actorOf(staff: AuthenticatedUser | null): Actor | null {
  return staff?.staffId ? { staffId: staff.staffId, name: staff.displayName, roles: staff.roles } : null;
}

/** The row of one access; pure, so the mapping is tested on its own. */
export function accessLogRow(actor: Actor, access: ClientAccess, action: AccessAction, requestId: string, occurredAt: Date): Prisma.AccessLogEntryCreateManyInput {
  return {
    occurredAt,
    actorStaffId: actor.staffId,
    actorName: actor.name,
    actorRole: access.role ?? actor.roles[0] ?? 'staff',
    actorUnitId: access.unitId ?? null,
    clientPersonId: access.clientPersonId,
    action,
    objectType: access.objectType,
    objectId: access.objectId,
    purpose: access.purpose,
    requestId,
  };
}

/**
 * The access log of one request. Without a signed-in professional nothing is noted: the domain
 * rule logs professionals' access, not residents reading their own data.
 */
export function createAccessLog(deps: {
  prisma: PrismaWriter;
  staff: AuthenticatedUser | null;
  requestId: string;
  now: () => Date;
}): AccessLog {
  const actor = actorOf(deps.staff);
  const reads = new Map<string, ClientAccess>();
  return {
    noteRead(access) {
      if (!actor) return;
      const key = `${access.clientPersonId}\u0000${access.objectType}\u0000${access.objectId}`;
      if (!reads.has(key)) reads.set(key, access);
    },
    get pendingReads() {
      return reads.size;
    },
    async flush() {
      if (!actor || reads.size === 0) return;
      const occurredAt = deps.now();
      const data = [...reads.values()].map((access) => accessLogRow(actor, access, 'read', deps.requestId, occurredAt));
      await deps.prisma.accessLogEntry.createMany({ data });
      reads.clear();
    },
    async record(db, change) {
      if (!actor) throw new Error('Only a professional’s changes go to the access log; there is no staff session.');
      await db.accessLogEntry.create({ data: accessLogRow(actor, change, change.action, deps.requestId, deps.now()) });
    },
  };
}

/**
 * Runs `change` in a transaction and gives it a `log` that writes access-log rows in the same
 * transaction: the change and its log row commit together or not at all.
 */
export async function withAccessLog<T>(
  ctx: Pick<BffContext, 'prisma' | 'accessLog'>,
  change: (tx: Prisma.TransactionClient, log: (entry: ClientChange) => Promise<void>) => Promise<T>,
): Promise<T> {
  return ctx.prisma.$transaction((tx) => change(tx, (entry) => ctx.accessLog.record(tx, entry)));
}

/** What a client sees when the reads could not be logged: no data, a request id to quote. */
export function accessLogFailure(requestId: string): GraphQLError {
  return new GraphQLError(`Something went wrong on our side. Request id: ${requestId || 'unknown'}`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

/**
 * Completes an operation: writes the reads it noted, or, when that fails, replaces the result with
 * an error and no data (fail closed: client data is never shown without its log row).
 */
export async function completeWithAccessLog(
  context: Pick<BffContext, 'accessLog' | 'requestId'> & { logger: Logger },
  result: ExecutionResult,
): Promise<ExecutionResult> {
  try {
    await context.accessLog.flush();
    return result;
  } catch (error) {
    context.logger.error({ err: error }, 'access log could not be written; the data was withheld');
    return { data: null, errors: [accessLogFailure(context.requestId)] };
  }
}

/** Minimal shape of an Envelop/Yoga plugin, so bff-core needs no Yoga dependency. */
interface ExecuteHookPlugin {
  onExecute: (payload: { args: { contextValue: unknown } }) => {
    onExecuteDone: (payload: { result: unknown; setResult: (result: ExecutionResult) => void }) => Promise<void | { onNext: (payload: { result: unknown; setResult: (result: ExecutionResult) => void }) => Promise<void> }>;
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Yoga plugin: writes each operation's noted reads before its result leaves the BFF (added to the
 * plugins of apps/bff/src/graphql.ts). Incremental results are flushed part by part.
 */
export function useAccessLog(): ExecuteHookPlugin {
  return {
    onExecute: ({ args }) => {
      const context = args.contextValue as BffContext;
      const complete = async ({ result, setResult }: { result: unknown; setResult: (result: ExecutionResult) => void }) => {
        const completed = await completeWithAccessLog(context, result as ExecutionResult);
        if (completed !== result) setResult(completed);
      };
      return {
        onExecuteDone: async (payload) => {
          if (isAsyncIterable(payload.result)) return { onNext: complete };
          await complete(payload);
        },
      };
    },
  };
}
