import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { PrismaClient } from '@luotsi/db';
import { fieldRule } from '@luotsi/validation';
import { buildSchema, runOperation, type AuthenticatedUser } from './index';

// One schema shared with a (pretend) form: what the browser checks is what the BFF checks.
const contactForm = z.object({
  email: z.email().max(40),
  message: z.string().trim().min(1).max(200),
  visitors: z.int().min(1).max(5),
  day: z.iso.date(),
  code: z.string().refine((v) => /^[A-Z]{3}$/.test(v), fieldRule('invalid-format')),
});

describe('input validation on the shared builder', () => {
  const written: unknown[] = [];
  const schema = buildSchema([
    {
      id: 'test',
      schema: (b) => {
        b.queryField('testPing', (t) => t.boolean({ authScopes: { public: true }, resolve: () => true }));
        const ContactInput = b.inputType('TestContactInput', {
          fields: (t) => ({
            email: t.string({ required: true }),
            message: t.string({ required: true }),
            visitors: t.int({ required: true }),
            day: t.field({ type: 'Date', required: true }),
            code: t.string({ required: true }),
          }),
          validate: contactForm,
        });
        b.mutationField('testContact', (t) =>
          t.boolean({
            authScopes: { resident: true },
            args: { input: t.arg({ type: ContactInput, required: true }) },
            resolve: (_root, args) => {
              written.push(args.input);
              return true;
            },
          }),
        );
        b.mutationField('testRename', (t) =>
          t.string({
            authScopes: { resident: true },
            args: { name: t.arg.string({ required: true, validate: z.string().trim().min(1).max(5) }) },
            // The schema's output (trimmed) is what the resolver gets.
            resolve: (_root, args) => args.name,
          }),
        );
      },
    },
  ]);
  const prisma = {} as PrismaClient;
  const resident: AuthenticatedUser = { area: 'resident', subject: 'r', displayName: 'R', roles: ['resident'], personId: 'p' };
  const mutation = `mutation($input: TestContactInput!) { testContact(input: $input) }`;
  const valid = { email: 'tessa@example.fi', message: 'Hei', visitors: 2, day: '2026-03-01', code: 'ABC' };

  it('lets valid input through to the resolver', async () => {
    const result = await runOperation(schema, prisma, mutation, { resident, variables: { input: valid } });
    expect(result.errors).toBeUndefined();
    expect(written.at(-1)).toEqual(valid);
  });

  it('refuses bad input with BAD_USER_INPUT and one stable code per field, before the resolver runs', async () => {
    written.length = 0;
    const result = await runOperation(schema, prisma, mutation, {
      resident,
      variables: { input: { email: `${'x'.repeat(40)}@example.fi`, message: '   ', visitors: 9, day: '2026-03-01', code: 'abc' } },
    });
    const error = result.errors?.[0];
    expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.['fields']).toEqual([
      { path: ['input', 'email'], code: 'too-long', maximum: 40 },
      { path: ['input', 'message'], code: 'required' },
      { path: ['input', 'visitors'], code: 'out-of-range', maximum: 5 },
      { path: ['input', 'code'], code: 'invalid-format' },
    ]);
    // A client error: Yoga passes it through instead of masking it as a 500.
    expect(error?.originalError).toBeInstanceOf(GraphQLError);
    expect(error?.message).not.toMatch(/expected|Too big/);
    expect(written).toEqual([]);
  });

  it('validates single arguments and hands the resolver the parsed value', async () => {
    const ok = await runOperation<{ testRename: string }>(schema, prisma, `mutation { testRename(name: "  Ada ") }`, { resident });
    expect(ok.data?.testRename).toBe('Ada');
    const bad = await runOperation(schema, prisma, `mutation { testRename(name: "Adalmiina") }`, { resident });
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([{ path: ['name'], code: 'too-long', maximum: 5 }]);
  });

  it('checks who is asking before what they sent: an anonymous caller learns nothing about the rules', async () => {
    const result = await runOperation(schema, prisma, `mutation { testRename(name: "Adalmiina") }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.extensions?.['fields']).toBeUndefined();
  });
});
