import { describe, expect, it } from 'vitest';
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { PrismaClient } from '@luotsi/db';
import { buildSchema, findRootFieldsWithoutScopes, pickLanguage, runOperation, type AuthenticatedUser } from './index';

describe('fail closed', () => {
  it('names every root field that does not say who may use it', () => {
    // A separate builder: the shared one refuses to build a schema like this at all.
    // (Cast: importing the shared builder widens Pothos' option types with the Prisma plugin's.)
    const options = { plugins: [ScopeAuthPlugin], scopeAuth: { authScopes: () => ({ public: true }) } };
    const b = new SchemaBuilder<{ AuthScopes: { public: boolean } }>(options as never);
    b.queryType({
      fields: (t) => ({
        open: t.string({ authScopes: { public: true }, resolve: () => 'x' }),
        forgotten: t.string({ resolve: () => 'secret' }),
      }),
    });
    b.mutationType({ fields: (t) => ({ change: t.boolean({ resolve: () => true }) }) });
    expect(findRootFieldsWithoutScopes(b.toSchema())).toEqual(['Query.forgotten', 'Mutation.change']);
  });
});

describe('pickLanguage', () => {
  it('gives the reader’s language when it has text', () => {
    expect(pickLanguage({ fi: 'Neuvola', sv: 'Rådgivning' }, 'sv')).toEqual({ text: 'Rådgivning', language: 'sv', isFallback: false });
  });
  it('falls back to Finnish, then Swedish, then English, and says so; blank counts as missing', () => {
    expect(pickLanguage({ fi: 'Neuvola', en: ' ' }, 'en')).toEqual({ text: 'Neuvola', language: 'fi', isFallback: true });
    expect(pickLanguage({ sv: 'Rådgivning' }, 'fi')).toEqual({ text: 'Rådgivning', language: 'sv', isFallback: true });
    expect(pickLanguage(null, 'fi')).toEqual({ text: '', language: 'fi', isFallback: false });
  });
});

describe('the shared builder', () => {
  const schema = buildSchema([
    {
      id: 'test',
      schema: (b) => {
        b.queryField('staffThing', (t) => t.string({ authScopes: { staffRole: ['nurse'] }, resolve: () => 'chart' }));
        b.queryField('residentThing', (t) => t.string({ authScopes: { resident: true }, resolve: () => 'mine' }));
        b.queryField('echoDate', (t) =>
          t.field({ type: 'Date', authScopes: { public: true }, args: { date: t.arg({ type: 'Date', required: true }) }, resolve: (_r, a) => a.date }),
        );
        b.mutationField('noop', (t) => t.boolean({ authScopes: { public: true }, resolve: () => true }));
      },
    },
  ]);
  const prisma = {} as PrismaClient;
  const resident: AuthenticatedUser = { area: 'resident', subject: 'r', displayName: 'R', roles: ['resident'], personId: 'p' };
  const nurse: AuthenticatedUser = { area: 'staff', subject: 'n', displayName: 'N', roles: ['nurse'], staffId: 's1' };
  const advisor: AuthenticatedUser = { area: 'staff', subject: 'a', displayName: 'A', roles: ['social-advisor'], staffId: 's2' };
  const code = async (query: string, viewer: { resident?: AuthenticatedUser; staff?: AuthenticatedUser }) =>
    (await runOperation(schema, prisma, query, viewer)).errors?.[0]?.extensions?.['code'] ?? 'allowed';

  it('lets the right role in', async () => {
    expect(await code('{ staffThing }', { staff: nurse })).toBe('allowed');
    expect(await code('{ residentThing }', { resident })).toBe('allowed');
  });
  it('asks for the right sign-in when the field’s area has no session', async () => {
    expect(await code('{ staffThing }', {})).toBe('UNAUTHENTICATED');
    expect(await code('{ staffThing }', { resident })).toBe('UNAUTHENTICATED');
    expect(await code('{ residentThing }', { staff: nurse })).toBe('UNAUTHENTICATED');
  });
  it('says FORBIDDEN when the session is there but the role is not', async () => {
    expect(await code('{ staffThing }', { staff: advisor, resident })).toBe('FORBIDDEN');
  });
  it('accepts calendar dates and refuses anything else', async () => {
    expect((await runOperation(schema, prisma, '{ echoDate(date: "2026-02-28") }')).data).toEqual({ echoDate: '2026-02-28' });
    for (const date of ['2026-02-30', '2026-02-28T00:00', '30.2.2026', '2026-13-01']) {
      const bad = await runOperation(schema, prisma, 'query ($date: Date!) { echoDate(date: $date) }', { variables: { date } });
      expect(bad.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
      expect(bad.data).toBeUndefined();
    }
  });
});
