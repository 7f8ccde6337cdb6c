/**
 * The field errors as they travel from the BFF to the browser: the codes, the shape and a
 * defensive reader. Kept apart from the validation helpers because every page's GraphQL client
 * reads errors, while only forms validate: a page without a form should not ship the rest.
 */

/**
 * The stable codes. Adding one means adding its text in fi, sv and en (libs/shared/ui) too.
 * - required: missing, null, empty or only whitespace (when the schema trims)
 * - too-short / too-long: text shorter or longer than allowed (`minimum` / `maximum` characters)
 * - too-few / too-many: a list with too few or too many items
 * - out-of-range: a number or date below or above the allowed range
 * - invalid-format: not of the expected form (an email, an impossible date such as 2026-02-30,
 *   a number where text was expected)
 * - invalid-choice: not one of the allowed values
 * - invalid: anything else (a custom rule that names no code)
 */
export const fieldErrorCodes = [
  'required',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'out-of-range',
  'invalid-format',
  'invalid-choice',
  'invalid',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === 'string' && (fieldErrorCodes as readonly string[]).includes(value);
}

export type FieldPath = readonly (string | number)[];

/** One problem with one field, as the BFF sends it in `extensions.fields` of BAD_USER_INPUT. */
export interface FieldError {
  /** From the argument down: ['input', 'email'], ['rows', 2, 'amount']. */
  path: FieldPath;
  code: FieldErrorCode;
  /** The limit that was crossed, for texts such as "at most 200 characters". */
  minimum?: number;
  maximum?: number;
}

/** Reads `extensions.fields` of a GraphQL error defensively: whatever else is there is dropped. */
export function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldError[] => {
    if (item === null || typeof item !== 'object') return [];
    const { path, code, minimum, maximum } = item as Record<string, unknown>;
    if (!Array.isArray(path) || !path.every((k) => typeof k === 'string' || typeof k === 'number')) return [];
    if (!isFieldErrorCode(code)) return [];
    return [{
      path,
      code,
      ...(typeof minimum === 'number' ? { minimum } : {}),
      ...(typeof maximum === 'number' ? { maximum } : {}),
    }];
  });
}
