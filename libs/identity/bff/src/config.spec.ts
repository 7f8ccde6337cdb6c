import { afterEach, describe, expect, it, vi } from 'vitest';
import { personas } from '@luotsi/identity-domain';
import { createAuth, type AuthConfig } from './auth';
import { createDevIdentityProvider, languageFromUiLocales } from './dev-idp';
import { createPersonaUserResolver } from './persona-user';
import { MemorySessionStore } from './session-store';
import { silentLogger } from './test-portal.spec-support';

const clients = {
  resident: { clientSecret: 'a', redirectUris: ['http://localhost:3000/auth/resident/callback'] },
  staff: { clientSecret: 'b', redirectUris: ['http://localhost:3000/auth/staff/callback'] },
};

describe('the demo IdP', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses to start in production mode', () => {
    expect(() => createDevIdentityProvider({ issuer: 'http://localhost:3000/idp', clients, personas, mode: 'production' }))
      .toThrow(/cannot run in production/);
  });

  it('refuses to start when NODE_ENV is production, whatever the mode says', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => createDevIdentityProvider({ issuer: 'http://localhost:3000/idp', clients, personas, mode: 'demo' }))
      .toThrow(/cannot run in production/);
  });

  it('starts in demo and development mode', () => {
    for (const mode of ['demo', 'development'] as const) {
      const { provider, router } = createDevIdentityProvider({ issuer: 'http://localhost:3000/idp', clients, personas, mode });
      expect(provider.issuer).toBe('http://localhost:3000/idp');
      expect(typeof router).toBe('function');
    }
  });

  it('needs an issuer with a path to share the BFF origin', () => {
    expect(() => createDevIdentityProvider({ issuer: 'http://localhost:3000', clients, personas, mode: 'demo' })).toThrow(/path/);
  });

  it('reads ui_locales as a preference list', () => {
    expect(languageFromUiLocales('sv')).toBe('sv');
    expect(languageFromUiLocales('de sv-FI fi')).toBe('sv');
    expect(languageFromUiLocales('de')).toBeUndefined();
    expect(languageFromUiLocales(undefined)).toBeUndefined();
  });
});

describe('createAuth configuration', () => {
  const deps = { sessionStore: new MemorySessionStore(), resolveUser: createPersonaUserResolver(), logger: silentLogger };
  const base: AuthConfig = {
    publicUrl: 'http://localhost:3000',
    mode: 'development',
    cookieSecure: false,
    areas: {
      resident: { issuer: 'http://localhost:3000/idp', clientId: 'luotsi-resident', clientSecret: 'a' },
      staff: { issuer: 'http://localhost:3000/idp', clientId: 'luotsi-staff', clientSecret: 'b' },
    },
    allowInsecureIssuer: true,
  };

  it('accepts the embedded IdP on localhost', () => {
    expect(() => createAuth(base, deps)).not.toThrow();
  });

  it('refuses an http issuer unless explicitly allowed', () => {
    expect(() => createAuth({ ...base, allowInsecureIssuer: false }, deps)).toThrow(/must be https/);
  });

  it('refuses an http issuer that is not on localhost even when allowed', () => {
    const areas = { ...base.areas, staff: { ...base.areas.staff, issuer: 'http://idp.example.fi' } };
    expect(() => createAuth({ ...base, areas }, deps)).toThrow(/staff issuer must be https/);
  });

  it('refuses production without https and secure cookies, and never allows an http issuer there', () => {
    expect(() => createAuth({ ...base, mode: 'production' }, deps)).toThrow(/production/);
    const https = {
      ...base,
      mode: 'production' as const,
      publicUrl: 'https://luotsi.example.fi',
      cookieSecure: true,
    };
    expect(() => createAuth(https, deps)).toThrow(/must be https/);
    const areas = {
      resident: { issuer: 'https://tunnistus.suomi.fi/oidc', clientId: 'r', clientSecret: 'x' },
      staff: { issuer: 'https://login.example.fi', clientId: 's', clientSecret: 'y' },
    };
    expect(() => createAuth({ ...https, areas }, deps)).not.toThrow();
  });

  it('refuses a publicUrl with a path', () => {
    expect(() => createAuth({ ...base, publicUrl: 'http://localhost:3000/portal' }, deps)).toThrow(/without a path/);
  });

  it('validates the shape', () => {
    expect(() => createAuth({ ...base, sessionIdleMinutes: 0 }, deps)).toThrow();
    expect(() => createAuth({ ...base, publicUrl: 'not a url' }, deps)).toThrow();
  });
});
