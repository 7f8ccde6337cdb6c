import { createYoga, maskError as defaultMaskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { currentRequestId } from './logging';
import { useRequestErrorCodes } from './security/request-errors';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { GraphQLSchema } from 'graphql';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { isLanguage, type Language } from '@luotsi/shell-contract';
import { createAccessLog, useAccessLog, type AuthenticatedUser, type BffContext, type LiveEvents } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { graphqlLimitPlugins } from './security/graphql-limits';
import { usePersistedOperationsOnly, type PersistedOperations } from './security/persisted-operations';
import { useMutationRateLimit } from './security/rate-limit';
import { useOperationTimeout } from './security/timeout';

/** Header the frontends send; a cross-site form or simple request cannot, so CSRF fails. */
export const csrfHeader = 'x-luotsi-csrf';

export interface GraphqlDeps {
  schema: GraphQLSchema;
  prisma: () => PrismaClient;
  logger: Logger;
  /** docs/security.md: each of these is hardened everywhere but in development. */
  hardening: {
    /** The frontends' operations by id, the only ones that run; null accepts any document. */
    persistedOperations: PersistedOperations | null;
    /** Introspection, field suggestions and GraphiQL. */
    introspection: boolean;
    timeoutMs: number;
    mutationLimiter: RateLimiterAbstract;
  };
  viewerOf: (req: Request) => { resident: AuthenticatedUser | null; staff: AuthenticatedUser | null };
  /** Subscriptions' events (docs/adr/0008-live-updates-sse-redis.md). */
  live: LiveEvents;
}

function languageOf(req: Request): Language {
  const explicit = req.header('x-luotsi-language');
  if (explicit && isLanguage(explicit)) return explicit;
  const accepted = req.acceptsLanguages('fi', 'sv', 'en');
  return accepted && isLanguage(accepted) ? accepted : 'fi';
}

export function createGraphqlHandler(deps: GraphqlDeps) {
  return createYoga<{ req: Request; res: Response }>({
    schema: deps.schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !deps.hardening.introspection ? false : { headers: JSON.stringify({ [csrfHeader]: '1' }) },
    logging: {
      debug: (...args) => deps.logger.debug({ yoga: args.map(String) }),
      info: (...args) => deps.logger.info({ yoga: args.map(String) }),
      warn: (...args) => deps.logger.warn({ yoga: args.map(String) }),
      error: (...args) => deps.logger.error({ yoga: args.map(String) }),
    },
    maskedErrors: {
      // Unexpected errors reach the client only as a message with the request id to quote.
      maskError: (error, message, isDev) => {
        const masked = defaultMaskError(error, message, isDev);
        if (masked === error) return masked; // an error meant for the client (it has a code)
        const requestId = currentRequestId();
        deps.logger.error({ err: error }, 'unexpected error in a GraphQL operation');
        return new GraphQLError(`Something went wrong on our side. Request id: ${requestId ?? 'unknown'}`, {
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        });
      },
    },
    // useAccessLog writes professionals' reads of client data before the result leaves (fail closed).
    plugins: [
      useCSRFPrevention({ requestHeaders: [csrfHeader] }),
      // Before parsing: an unknown document is refused without being read.
      ...(deps.hardening.persistedOperations ? [usePersistedOperationsOnly(deps.hardening.persistedOperations)] : []),
      ...graphqlLimitPlugins({ introspection: deps.hardening.introspection }),
      useMutationRateLimit(deps.hardening.mutationLimiter),
      useOperationTimeout(deps.hardening.timeoutMs),
      useAccessLog(),
      useRequestErrorCodes(),
    ],
    context: ({ req, res }): BffContext => {
      const requestId = String(res.locals['requestId'] ?? '');
      const prisma = deps.prisma();
      const viewer = deps.viewerOf(req);
      const now = () => new Date();
      return {
        requestId,
        language: languageOf(req),
        prisma,
        viewer,
        logger: deps.logger,
        now,
        accessLog: createAccessLog({ prisma, staff: viewer.staff, requestId, now }),
        live: deps.live,
      };
    },
  });
}
