import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { createAuth, MemorySessionStore } from '@luotsi/identity-bff';
import { loadConfig } from '../config';
import { openSeededDatabase, startTestApp, type TestApp } from './test-app';

let db: Database;
let demo: TestApp;
let production: TestApp;

beforeAll(async () => {
  db = await openSeededDatabase();
  demo = await startTestApp(db, { mode: 'demo' });
  production = await startTestApp(db, { mode: 'production' });
});

afterAll(async () => {
  await Promise.all([demo, production].map((app) => app?.close()));
  await db?.close();
});

function directives(header: string | null): Map<string, string> {
  return new Map((header ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d]));
}

describe('security headers', () => {
  it('send a strict Content-Security-Policy with every response', async () => {
    for (const path of ['/healthz', '/modules.json', '/auth/session', '/graphql', '/fi/']) {
      const csp = directives((await fetch(`${demo.base}${path}`)).headers.get('content-security-policy'));
      expect(csp.get('script-src'), path).toBe("script-src 'self'");
      expect(csp.get('style-src'), path).toBe("style-src 'self'");
      expect(csp.get('object-src'), path).toBe("object-src 'none'");
      expect(csp.get('base-uri'), path).toBe("base-uri 'none'");
      expect(csp.get('frame-ancestors'), path).toBe("frame-ancestors 'none'");
      expect(csp.get('default-src'), path).toBe("default-src 'self'");
      expect([...csp.values()].join(';'), path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });

  it('keep framing, sniffing and referrers off', async () => {
    const headers = (await fetch(`${demo.base}/healthz`)).headers;
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('ask for HTTPS only in production (HSTS), where the site is https', async () => {
    expect((await fetch(`${demo.base}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    const headers = (await fetch(`${production.base}/healthz`)).headers;
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(directives(headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });

  it('the shell page has no inline script or style that the policy would block', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../shell/index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });
});

describe('personal data is never cached', () => {
  it.each(['/graphql', '/auth/session', '/api/privacy/nothing-here'])('%s answers Cache-Control: no-store', async (path) => {
    const response = await fetch(`${demo.base}${path}`, {
      method: path === '/graphql' ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', 'x-luotsi-csrf': '1', accept: 'application/json' },
      ...(path === '/graphql' ? { body: '{}' } : {}),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('session cookies', () => {
  it('are __Host- cookies in production (Secure, host-only, Path=/)', () => {
    const config = loadConfig({
      LUOTSI_MODE: 'production', PUBLIC_URL: 'https://luotsi.example.fi', DATABASE_URL: 'postgres://x',
      OIDC_RESIDENT_ISSUER: 'https://tunnistus.example.fi', OIDC_RESIDENT_CLIENT_ID: 'r', OIDC_RESIDENT_CLIENT_SECRET: 's',
      OIDC_STAFF_ISSUER: 'https://idp.example.fi', OIDC_STAFF_CLIENT_ID: 's', OIDC_STAFF_CLIENT_SECRET: 's',
    });
    const auth = createAuth(
      { publicUrl: config.publicUrl, mode: config.mode, cookieSecure: config.session.cookieSecure, areas: config.oidc },
      { sessionStore: new MemorySessionStore(), resolveUser: async () => null },
    );
    expect(auth.cookieNames.session).toEqual({ resident: '__Host-luotsi_resident', staff: '__Host-luotsi_staff' });
    expect(auth.cookieNames.login).toEqual({ resident: '__Host-luotsi_login_resident', staff: '__Host-luotsi_login_staff' });
  });
});
