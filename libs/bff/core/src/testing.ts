import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { openTestDatabase as openSeededTestDatabase, type Database, type PrismaClient } from '@luotsi/db';
import type { BffModule } from './module';
import { resolveUser } from './users';
import type { AuthenticatedUser, BffContext } from './context';
import { completeWithAccessLog, createAccessLog } from './access-log';
import { createLiveEvents, type LiveEvents } from './live-events';

/** Runs an operation against the schema as a given viewer: for BFF integration tests. */
export async function runOperation<T = Record<string, unknown>>(
  schema: GraphQLSchema,
  prisma: PrismaClient,
  source: string,
  options: {
    variables?: Record<string, unknown>;
    resident?: AuthenticatedUser | null;
    staff?: AuthenticatedUser | null;
    language?: BffContext['language'];
    now?: Date;
    /** The request id the access log records (default 'test-request'). */
    requestId?: string;
    logger?: BffContext['logger'];
    /** Where mutations publish live events (default: a new in-memory one, seen by nobody). */
    live?: LiveEvents;
  } = {},
): Promise<ExecutionResult<T>> {
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const requestId = options.requestId ?? 'test-request';
  const now = () => options.now ?? new Date();
  const staff = options.staff ?? null;
  const context: BffContext = {
    requestId,
    language: options.language ?? 'fi',
    prisma,
    viewer: { resident: options.resident ?? null, staff },
    logger: options.logger ?? silent,
    now,
    accessLog: createAccessLog({ prisma, staff, requestId, now }),
    live: options.live ?? createLiveEvents(),
  };
  // As in the BFF (useAccessLog): the reads are written before the result is returned.
  const result = await execute({ schema, document: parse(source), contextValue: context, variableValues: options.variables });
  return (await completeWithAccessLog(context, result)) as ExecutionResult<T>;
}

/** A fresh in-memory database with the migrations and the demo data of the given modules. */
export function openTestDatabase(modules: readonly BffModule[]): Promise<Database> {
  return openSeededTestDatabase({ seed: modules.flatMap((m) => (m.seed ? [m.seed] : [])) });
}

/** The signed-in user of a demo persona (see @luotsi/identity-domain personas). */
export async function viewerOf(prisma: PrismaClient, area: 'resident' | 'staff', subject: string): Promise<AuthenticatedUser> {
  const user = await resolveUser(prisma, area, { sub: subject });
  if (!user) throw new Error(`no demo ${area} user ${subject}`);
  return user;
}
