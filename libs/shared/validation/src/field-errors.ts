/**
 * Field-level input errors shared by the BFF and the forms. A schema (zod 4, or anything that
 * implements Standard Schema) is written once in a domain library; the browser checks a form with
 * it and the BFF checks the mutation's arguments with it. Both turn the schema's issues into the
 * same small set of stable codes, which the UI shows in the reader's language. The library's own
 * English messages never reach a user.
 */

export * from './field-error-wire';
import { isFieldErrorCode, type FieldError, type FieldErrorCode, type FieldPath } from './field-error-wire';

/** The minimal Standard Schema (https://standardschema.dev) surface this library reads. */
export interface StandardSchema<Output = unknown> {
  readonly '~standard': {
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
  };
}
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly SchemaIssue[] };

/**
 * A Standard Schema issue. zod 4 issues also carry `code`, `origin`, `minimum`, `maximum` and,
 * for custom refinements, `params`; other libraries' issues map to 'invalid' or 'required'.
 */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

interface ZodLikeIssue extends SchemaIssue {
  code?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: { code?: unknown };
}

/**
 * Options for a custom rule that should report one of the codes:
 *   z.string().refine(isPersonalIdentityCode, fieldRule('invalid-format'))
 */
export function fieldRule(code: FieldErrorCode): { params: { code: FieldErrorCode } } {
  return { params: { code } };
}

function normalizePath(path: SchemaIssue['path']): (string | number)[] {
  return (path ?? []).map((segment) => {
    const key = typeof segment === 'object' && segment !== null ? segment.key : segment;
    return typeof key === 'number' ? key : String(key);
  });
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const textOrigins = new Set(['string']);
const listOrigins = new Set(['array', 'set']);
const numberOrigins = new Set(['number', 'int', 'bigint']);

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function isBlank(value: unknown): boolean {
  return isAbsent(value) || (typeof value === 'string' && value.trim() === '');
}

function limit(value: number | bigint | undefined): number | undefined {
  const number = typeof value === 'bigint' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function toFieldError(issue: ZodLikeIssue, input: unknown): FieldError {
  const path = normalizePath(issue.path);
  const value = valueAt(input, path);
  const origin = issue.origin ?? '';
  const withLimits = (code: FieldErrorCode): FieldError => {
    // Limits of dates are timestamps: no use in a text.
    const numeric = textOrigins.has(origin) || listOrigins.has(origin) || numberOrigins.has(origin);
    const minimum = numeric ? limit(issue.minimum) : undefined;
    const maximum = numeric ? limit(issue.maximum) : undefined;
    return { path, code, ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
  };
  switch (issue.code) {
    case 'invalid_type':
      return { path, code: isBlank(value) ? 'required' : 'invalid-format' };
    case 'too_small':
      if (textOrigins.has(origin)) return isBlank(value) ? { path, code: 'required' } : withLimits('too-short');
      if (listOrigins.has(origin)) return limit(issue.minimum) === 1 ? { path, code: 'required' } : withLimits('too-few');
      return withLimits('out-of-range');
    case 'too_big':
      if (textOrigins.has(origin)) return withLimits('too-long');
      if (listOrigins.has(origin)) return withLimits('too-many');
      return withLimits('out-of-range');
    case 'invalid_format':
    case 'not_multiple_of':
      return { path, code: isAbsent(value) ? 'required' : 'invalid-format' };
    case 'invalid_value':
    case 'invalid_union':
      return { path, code: isAbsent(value) ? 'required' : 'invalid-choice' };
    case 'custom':
      return { path, code: isFieldErrorCode(issue.params?.code) ? issue.params.code : 'invalid' };
    case undefined:
      // Not zod: only absence can be told apart without the library's codes.
      return { path, code: isAbsent(value) ? 'required' : 'invalid' };
    default:
      return { path, code: 'invalid' };
  }
}

export function pathKey(path: FieldPath): string {
  return path.join('.');
}

/**
 * The field errors of a failed validation: one per field (the first issue the schema reported
 * for it, as a form shows one message per field). `input` is what was validated: it tells a
 * missing value ('required') from a wrong one.
 */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[], input?: unknown): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const error = toFieldError(issue as ZodLikeIssue, input);
    const key = pathKey(error.path);
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}

export type ValidationOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Checks a value with a schema, synchronously (forms validate on submit and zod's checks are
 * synchronous; a schema with asynchronous rules belongs to the BFF only).
 */
export function validateInput<T>(schema: StandardSchema<T>, input: unknown): ValidationOutcome<T> {
  const result = schema['~standard'].validate(input);
  if (result instanceof Promise) throw new Error('validateInput needs a synchronous schema');
  if (result.issues) return { ok: false, errors: fieldErrorsFromIssues(result.issues, input) };
  return { ok: true, value: result.value };
}

/**
 * The errors below a path prefix, with the prefix removed: a form whose fields are the mutation's
 * `input` argument reads `fieldErrorsUnder(errors, ['input'])` and finds them by field name.
 */
export function fieldErrorsUnder(errors: readonly FieldError[], prefix: FieldPath): FieldError[] {
  return errors
    .filter((error) => prefix.every((key, i) => error.path[i] === key))
    .map((error) => ({ ...error, path: error.path.slice(prefix.length) }));
}

/** The error of one field, if any (paths compare by their dotted form: 'input.email'). */
export function fieldErrorAt(errors: readonly FieldError[] | undefined, path: FieldPath | string): FieldError | undefined {
  const key = typeof path === 'string' ? path : pathKey(path);
  return errors?.find((error) => pathKey(error.path) === key);
}
