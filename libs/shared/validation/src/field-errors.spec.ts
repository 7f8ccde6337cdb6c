import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  fieldErrorAt, fieldErrorCodes, fieldErrorsFromIssues, fieldErrorsUnder, fieldRule, parseFieldErrors, validateInput,
  type StandardSchema,
} from './field-errors';

const contact = z.object({
  name: z.string().trim().min(1).max(10),
  nickname: z.string().min(3).optional(),
  email: z.email(),
  children: z.number().int().min(0).max(20),
  birthDate: z.iso.date(),
  language: z.enum(['fi', 'sv', 'en']),
  tags: z.array(z.string()).min(2).max(3),
  personalCode: z.string().refine((v) => v.length === 11, fieldRule('invalid-format')),
});

const valid = {
  name: 'Tessa', email: 'tessa@example.fi', children: 2, birthDate: '1986-03-15', language: 'fi',
  tags: ['a', 'b'], personalCode: '150386-936A',
};

function errorsOf(input: unknown) {
  const outcome = validateInput(contact, input);
  if (outcome.ok) throw new Error('expected errors');
  return Object.fromEntries(outcome.errors.map((e) => [e.path.join('.'), e]));
}

describe('field errors from a zod schema', () => {
  it('accepts valid input and returns the parsed value', () => {
    expect(validateInput(contact, { ...valid, name: '  Tessa ' })).toEqual({ ok: true, value: { ...valid, name: 'Tessa' } });
  });

  it('says required for a missing, null, empty or blank value, not "wrong type"', () => {
    const errors = errorsOf({ ...valid, name: '   ', email: undefined, children: null });
    expect(errors['name']?.code).toBe('required');
    expect(errors['email']?.code).toBe('required');
    expect(errors['children']?.code).toBe('required');
  });

  it('gives the crossed limit with too-long, too-short and out-of-range', () => {
    const errors = errorsOf({ ...valid, name: 'x'.repeat(11), nickname: 'ab', children: -1 });
    expect(errors['name']).toEqual({ path: ['name'], code: 'too-long', maximum: 10 });
    expect(errors['nickname']).toEqual({ path: ['nickname'], code: 'too-short', minimum: 3 });
    expect(errors['children']).toEqual({ path: ['children'], code: 'out-of-range', minimum: 0 });
    expect(errorsOf({ ...valid, children: 21 })['children']).toEqual({ path: ['children'], code: 'out-of-range', maximum: 20 });
  });

  it('calls an impossible date, a bad email and a fraction invalid-format', () => {
    const errors = errorsOf({ ...valid, birthDate: '2026-02-30', email: 'not-an-email', children: 1.5 });
    expect(errors['birthDate']?.code).toBe('invalid-format');
    expect(errors['email']?.code).toBe('invalid-format');
    expect(errors['children']?.code).toBe('invalid-format');
  });

  it('calls a value outside an enum invalid-choice and a wrong type invalid-format', () => {
    const errors = errorsOf({ ...valid, language: 'de', name: 42 });
    expect(errors['language']?.code).toBe('invalid-choice');
    expect(errors['name']?.code).toBe('invalid-format');
  });

  it('counts list items with too-few and too-many', () => {
    expect(errorsOf({ ...valid, tags: ['a'] })['tags']).toEqual({ path: ['tags'], code: 'too-few', minimum: 2 });
    expect(errorsOf({ ...valid, tags: ['a', 'b', 'c', 'd'] })['tags']).toEqual({ path: ['tags'], code: 'too-many', maximum: 3 });
  });

  it('lets a custom rule name its code, and falls back to invalid', () => {
    expect(errorsOf({ ...valid, personalCode: 'short' })['personalCode']?.code).toBe('invalid-format');
    const plain = z.object({ x: z.string().refine(() => false) });
    expect(validateInput(plain, { x: 'a' })).toEqual({ ok: false, errors: [{ path: ['x'], code: 'invalid' }] });
  });

  it('reports one error per field, the first one', () => {
    const schema = z.object({ email: z.email().max(5) });
    expect(validateInput(schema, { email: 'abcdefgh' })).toEqual({ ok: false, errors: [{ path: ['email'], code: 'invalid-format' }] });
  });

  it('keeps list indices in the path', () => {
    const schema = z.object({ rows: z.array(z.object({ cents: z.int().min(0) })) });
    expect(validateInput(schema, { rows: [{ cents: 1 }, { cents: -5 }] })).toEqual({
      ok: false, errors: [{ path: ['rows', 1, 'cents'], code: 'out-of-range', minimum: 0 }],
    });
  });

  it('never passes a library message through: every code is one of the documented set', () => {
    const errors = Object.values(errorsOf({ name: {}, email: [], children: 'x', birthDate: 1, language: null, tags: 'x', personalCode: 3 }));
    expect(errors.length).toBeGreaterThan(5);
    for (const error of errors) expect(fieldErrorCodes).toContain(error.code);
  });

  it('maps issues of a non-zod Standard Schema to required or invalid', () => {
    expect(fieldErrorsFromIssues([{ message: 'nope', path: [{ key: 'a' }] }, { message: 'nope', path: ['b'] }], { b: 'x' })).toEqual([
      { path: ['a'], code: 'required' },
      { path: ['b'], code: 'invalid' },
    ]);
  });

  it('refuses an asynchronous schema instead of silently passing', () => {
    const asyncSchema: StandardSchema = { '~standard': { validate: async () => ({ value: 1 }) } };
    expect(() => validateInput(asyncSchema, 1)).toThrow(/synchronous/);
  });
});

describe('reading field errors', () => {
  const errors = [
    { path: ['input', 'email'], code: 'too-long', maximum: 5 },
    { path: ['language'], code: 'invalid-choice' },
  ] as const;

  it('finds the errors of a form below the argument name', () => {
    expect(fieldErrorsUnder(errors, ['input'])).toEqual([{ path: ['email'], code: 'too-long', maximum: 5 }]);
    expect(fieldErrorAt(errors, 'input.email')?.code).toBe('too-long');
    expect(fieldErrorAt(errors, ['language'])?.code).toBe('invalid-choice');
    expect(fieldErrorAt(undefined, 'x')).toBeUndefined();
  });

  it('keeps only well-formed entries from a server response', () => {
    expect(parseFieldErrors([
      { path: ['input', 'email'], code: 'too-long', maximum: 5, extra: 'dropped' },
      { path: ['x'], code: 'made-up' },
      { path: 'x', code: 'required' },
      null,
    ])).toEqual([{ path: ['input', 'email'], code: 'too-long', maximum: 5 }]);
    expect(parseFieldErrors(undefined)).toEqual([]);
  });
});
