import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { openTestDatabase as openSeededTestDatabase, type Database, type PrismaClient } from '@luotsi/db';
import type { BffModule } from './module';
import { resolveUser } from './users';
import type { AuthenticatedUser, BffContext } from './context';

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
  } = {},
): Promise<ExecutionResult<T>> {
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const context: BffContext = {
    requestId: 'test-request',
    language: options.language ?? 'fi',
    prisma,
    viewer: { resident: options.resident ?? null, staff: options.staff ?? null },
    logger: silent,
    now: () => options.now ?? new Date(),
  };
  return (await execute({ schema, document: parse(source), contextValue: context, variableValues: options.variables })) as ExecutionResult<T>;
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
