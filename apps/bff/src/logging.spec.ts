import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from './logging';

/** A logger whose JSON lines are collected here. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe('the BFF log', () => {
  it('never holds names, identity codes, contact details, credentials or GraphQL variables', () => {
    const { logger, lines } = capture();
    logger.info({
      firstName: 'Tessa',
      user: { lastName: 'Testilä', displayName: 'Tessa Testilä', personalIdentityCode: '150386-936X' },
      person: { contact: { email: 'tessa@example.com', phone: '+358401234567' } },
      req: { headers: { cookie: 'luotsi_session=secret', authorization: 'Bearer token', 'set-cookie': 'luotsi_session=new' } },
      operation: { name: 'MyData', variables: { note: 'I feel unwell' } },
      agreement: { caredPersonName: 'Aune Omaishoitaja' },
    }, 'request');
    const line = lines.join('');
    for (const secret of ['Tessa', 'Testilä', '150386-936X', 'tessa@example.com', '+358401234567', 'secret', 'Bearer', 'luotsi_session=new', 'unwell', 'Aune'])
      expect(line, secret).not.toContain(secret);
    const entry = JSON.parse(line) as { user: Record<string, string>; req: { headers: Record<string, string> } };
    // The field stays, so a reader sees something was there and removed.
    expect(entry.user['personalIdentityCode']).toBe('[redacted]');
    expect(entry.req.headers['cookie']).toBe('[redacted]');
  });

  it('keeps what is needed to trace a request', () => {
    const { logger, lines } = capture();
    logger.info({ method: 'GET', path: '/api/privacy/my-data.json', status: 200, ms: 12.5 }, 'request');
    expect(JSON.parse(lines.join(''))).toMatchObject({ level: 'info', msg: 'request', method: 'GET', path: '/api/privacy/my-data.json', status: 200 });
  });
});

describe('the request log line', () => {
  it('names the path the browser asked for, also when a router mounted on it answered', async () => {
    const express = (await import('express')).default;
    const { requestIdMiddleware } = await import('./logging');
    const { logger, lines } = capture();
    const app = express();
    app.use(requestIdMiddleware(logger));
    app.use('/graphql', (_req, res) => void res.status(400).json({ errors: [] }));
    const server = app.listen(0);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await fetch(`http://127.0.0.1:${port}/graphql?token=secret`, { method: 'POST' });
    await new Promise((resolve) => server.close(resolve));
    const entry = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['msg'] === 'request');
    expect(entry).toMatchObject({ method: 'POST', path: '/graphql', status: 400 });
    expect(JSON.stringify(entry)).not.toContain('secret');
  });
});
