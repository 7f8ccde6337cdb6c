import { parse, subscribe, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Database } from '@luotsi/db';
import { createLiveEvents, runOperation } from '@luotsi/bff-core';
import { operationFor, type RootField } from './operations';
import type { Sessions } from './viewers';
import { demoNow } from './viewers';

/** Runs one root field with these arguments in a request that carries these sessions. */
export async function call(
  schema: GraphQLSchema,
  db: Database,
  root: RootField,
  args: Record<string, unknown>,
  sessions: Sessions,
): Promise<ExecutionResult> {
  const { source, variables } = operationFor(root, args);
  if (root.kind !== 'subscription') return runOperation(schema, db.prisma, source, { variables, ...sessions, now: demoNow });
  // runOperation executes, which would run a subscription field's resolver instead of its
  // subscribe (where scope auth checks subscriptions); so subscribe here, with the same context.
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const contextValue = { requestId: 'test-request', language: 'fi', prisma: db.prisma, viewer: sessions, logger: silent, now: () => demoNow, live: createLiveEvents() };
  const result = await subscribe({ schema, document: parse(source), variableValues: variables, contextValue });
  if (!(Symbol.asyncIterator in result)) return result;
  await result.return?.(undefined);
  return { data: {} };
}
