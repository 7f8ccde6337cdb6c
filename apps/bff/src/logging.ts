import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { RequestHandler } from 'express';

/**
 * JSON logs, one object per line, each carrying the request id of the request it belongs to
 * (taken from x-request-id when a proxy set a sane one, else generated). The id is returned in
 * the response header and in masked GraphQL errors, so a user's report can be traced.
 */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'luotsi-bff' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const store = requestContext.getStore();
      return store ? { requestId: store.requestId } : {};
    },
    // Never log personal data: these request fields may carry it.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'headers.cookie', 'headers.authorization'], remove: true },
  });
}

const idPattern = /^[A-Za-z0-9._-]{8,100}$/;

export function requestIdMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && idPattern.test(incoming) ? incoming : randomUUID();
    res.locals['requestId'] = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    requestContext.run({ requestId }, () => {
      res.on('finish', () => {
        // Paths only, never query strings: those may carry codes and tokens.
        logger.info(
          { method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
          'request',
        );
      });
      next();
    });
  };
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
