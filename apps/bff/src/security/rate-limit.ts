import type { Request, RequestHandler } from 'express';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { pageContentSecurityPolicy, renderRateLimitedPage } from '@luotsi/identity-bff';
import { isLanguage, type Language } from '@luotsi/shell-contract';
import type { BffContext } from '@luotsi/bff-core';

export interface RateLimitOptions {
  /** Requests allowed per key in one window. */
  points: number;
  durationSeconds: number;
  /** Keeps limiters of different purposes (and test runs) apart in a shared Redis. */
  keyPrefix: string;
  /** Counts in Redis, shared by every BFF instance; in this process's memory without one. */
  redis?: Redis | null;
}

/**
 * A fixed-window limiter. With Redis, a Redis failure falls back to counting in memory (the
 * insurance limiter) rather than refusing everyone or letting everyone through.
 */
export function createRateLimiter({ points, durationSeconds, keyPrefix, redis }: RateLimitOptions): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix });
  if (!redis) return memory;
  return new RateLimiterRedis({ storeClient: redis, points, duration: durationSeconds, keyPrefix, insuranceLimiter: memory });
}

/** Whole seconds until the window ends, at least 1: the value of Retry-After. */
export function retryAfterSeconds(refusal: RateLimiterRes): number {
  return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
}

/** Resolves null when allowed, or the refusal; an error of the store itself propagates. */
async function take(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
}

function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function languageOf(req: Request): Language {
  const explicit = typeof req.query['lang'] === 'string' ? req.query['lang'] : undefined;
  if (isLanguage(explicit)) return explicit;
  const accepted = req.acceptsLanguages('fi', 'sv', 'en');
  return accepted && isLanguage(accepted) ? accepted : 'fi';
}

/**
 * Sign-in attempts per client address: starting a sign-in (/auth/<area>/login) and the demo
 * IdP's persona choice. A refusal is HTTP 429 with Retry-After and a page in the reader's language.
 */
export function signInRateLimit(limiter: RateLimiterAbstract): RequestHandler {
  return async (req, res, next) => {
    const refusal = await take(limiter, clientAddress(req));
    if (!refusal) return next();
    res
      .status(429)
      .set({
        'Retry-After': String(retryAfterSeconds(refusal)),
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': pageContentSecurityPolicy,
        'Cache-Control': 'no-store',
      })
      .send(renderRateLimitedPage(languageOf(req)));
  };
}

function operationOf(document: DocumentNode, operationName: string | undefined | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

type ServerContext = Partial<BffContext> & { req?: Request };

/** Who is counted: the signed-in person (whichever area), otherwise the client address. */
function mutationKey(context: ServerContext): string {
  const staff = context.viewer?.staff;
  if (staff) return `staff:${staff.subject}`;
  const resident = context.viewer?.resident;
  if (resident) return `resident:${resident.subject}`;
  return `ip:${context.req ? clientAddress(context.req) : 'unknown'}`;
}

/**
 * Mutations per person (or client address when signed out). Queries are not counted: they change
 * nothing and the persisted-operation list and the cost limits already bound them. A refusal is
 * HTTP 429 with Retry-After and the error code RATE_LIMITED, with no data.
 */
export function useMutationRateLimit(limiter: RateLimiterAbstract): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = operationOf(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const refusal = await take(limiter, mutationKey(args.contextValue as ServerContext));
      if (!refusal) return;
      const seconds = retryAfterSeconds(refusal);
      setResultAndStopExecution({
        errors: [
          new GraphQLError('Too many changes in a short time. Please try again later.', {
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: { 'Retry-After': String(seconds) } } },
          }),
        ],
      });
    },
  };
}
