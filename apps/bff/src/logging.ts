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

/**
 * Fields that hold personal data wherever they appear in a logged object (up to four levels deep,
 * e.g. `{ user: { email } }` or `{ req: { headers: { cookie } } }`): names, identity codes, contact
 * details, free-text messages of residents, GraphQL variables, and the credentials of a request.
 * Their values are replaced, so a log still shows that the field was there.
 */
export const personalLogFields = [
  'firstName', 'lastName', 'displayName', 'fullName', 'caredPersonName',
  'personalIdentityCode', 'identityCode', 'hetu', 'ssn', 'birthDate',
  'email', 'phone', 'phoneNumber', 'address', 'streetAddress',
  'variables', 'cookie', 'authorization', '["set-cookie"]',
] as const;

function redactPaths(fields: readonly string[], depth = 4): string[] {
  const paths: string[] = [];
  for (const field of fields) {
    for (let level = 0; level < depth; level++) {
      const prefix = '*.'.repeat(level);
      paths.push(field.startsWith('[') ? (level === 0 ? field : `${prefix.slice(0, -1)}${field}`) : `${prefix}${field}`);
    }
  }
  return paths;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { service: 'luotsi-bff' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const store = requestContext.getStore();
      return store ? { requestId: store.requestId } : {};
    },
    // Never log personal data (docs/privacy.md): these fields carry it wherever they appear.
    redact: { paths: redactPaths(personalLogFields), censor: '[redacted]' },
  }, destination);
}

const idPattern = /^[A-Za-z0-9._-]{8,100}$/;

export function requestIdMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && idPattern.test(incoming) ? incoming : randomUUID();
    res.locals['requestId'] = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    // Read now: routers mounted on a path (app.use('/graphql', …)) rewrite req.url while they run,
    // and a response finished inside one would be logged as "/".
    const path = req.path;
    requestContext.run({ requestId }, () => {
      res.on('finish', () => {
        // Paths only, never query strings: those may carry codes and tokens.
        logger.info(
          { method: req.method, path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
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
