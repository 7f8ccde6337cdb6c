import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const production = {
  LUOTSI_MODE: 'production',
  PUBLIC_URL: 'https://luotsi.example.fi',
  DATABASE_URL: 'postgres://luotsi@db/luotsi',
  OIDC_RESIDENT_ISSUER: 'https://tunnistus.example.fi',
  OIDC_RESIDENT_CLIENT_ID: 'resident',
  OIDC_RESIDENT_CLIENT_SECRET: 's1',
  OIDC_STAFF_ISSUER: 'https://idp.example.fi',
  OIDC_STAFF_CLIENT_ID: 'staff',
  OIDC_STAFF_CLIENT_SECRET: 's2',
};

describe('configuration', () => {
  it('runs job workers unless an instance is told not to, and keeps a week of job history', () => {
    expect(loadConfig({}).jobs).toEqual({ workers: true, historyDays: 7 });
    expect(loadConfig({ JOBS_WORKERS: 'false', JOBS_HISTORY_DAYS: '30' }).jobs).toEqual({ workers: false, historyDays: 30 });
    expect(() => loadConfig({ JOBS_HISTORY_DAYS: '0' })).toThrow(ConfigError);
  });

  it('defaults to the demo: embedded IdP, embedded database, demo data, port 4200', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'demo', port: 4200, publicUrl: 'http://localhost:4200', demoData: true, devIdentityProvider: true, databaseUrl: undefined });
    expect(config.oidc.resident.issuer).toBe('http://localhost:4200/idp');
    expect(config.session.cookieSecure).toBe(false);
  });

  it('runs production with external IdPs, secure cookies and no demo data', () => {
    const config = loadConfig(production);
    expect(config).toMatchObject({ mode: 'production', demoData: false, devIdentityProvider: false, migrateOnStart: false });
    expect(config.session.cookieSecure).toBe(true);
    expect(config.oidc.staff.issuer).toBe('https://idp.example.fi');
  });

  it('refuses production without its database and IdPs, naming what is missing', () => {
    expect(() => loadConfig({ LUOTSI_MODE: 'production', PUBLIC_URL: 'https://luotsi.example.fi' })).toThrow(
      'Production mode needs DATABASE_URL, OIDC_RESIDENT_ISSUER, OIDC_RESIDENT_CLIENT_ID, OIDC_RESIDENT_CLIENT_SECRET, OIDC_STAFF_ISSUER, OIDC_STAFF_CLIENT_ID, OIDC_STAFF_CLIENT_SECRET.',
    );
  });

  it('refuses demo data and plain http in production', () => {
    expect(() => loadConfig({ ...production, LUOTSI_DEMO_DATA: 'true' })).toThrow('Production mode refuses demo data');
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://luotsi.example.fi' })).toThrow('https PUBLIC_URL');
  });

  it('never lets NODE_ENV=production run the embedded IdP', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', LUOTSI_MODE: 'demo' })).toThrow('NODE_ENV=production requires LUOTSI_MODE=production');
  });

  it('hardens GraphQL in demo and production alike, and only development is open for tooling', () => {
    for (const config of [loadConfig({}), loadConfig(production)])
      expect(config.graphql).toEqual({ persistedOperationsOnly: true, introspection: false, timeoutMs: 15_000 });
    expect(loadConfig({ LUOTSI_MODE: 'development' }).graphql).toMatchObject({ persistedOperationsOnly: false, introspection: true });
  });

  it('reads the rate limits per minute from the environment', () => {
    expect(loadConfig({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '5' }).rateLimit).toEqual({
      signIn: { points: 5, durationSeconds: 60 },
      mutations: { points: 60, durationSeconds: 60 },
    });
    expect(() => loadConfig({ RATE_LIMIT_MUTATIONS_PER_MINUTE: '0' })).toThrow('RATE_LIMIT_MUTATIONS_PER_MINUTE');
  });

  it('reports every bad value at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', LUOTSI_MODE: 'staging' })).toThrow(/PORT[\s\S]*LUOTSI_MODE|LUOTSI_MODE[\s\S]*PORT/);
  });
});
