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
