import { z } from 'zod';
import { fieldRule } from './field-errors';

// C0 controls except tab and line breaks, DEL, and UTF-16 halves without their pair. PostgreSQL
// refuses NUL in text and a lone surrogate cannot be stored as UTF-8: unchecked, both end in a 500.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface PlainTextOptions {
  /** Most characters allowed (after trimming). Every free-text field has a limit. */
  max: number;
  /** Fewest characters; 1 (required) by default, 0 for an optional text. */
  min?: number;
  /** Whether line breaks are allowed (a message: yes; a name: no). Default false. */
  multiline?: boolean;
}

/**
 * Free text a person types: trimmed, within limits, no control characters. The building block
 * for text fields of shared form/mutation schemas:
 *   z.object({ message: plainText({ max: 2000, multiline: true }) })
 */
export function plainText({ max, min = 1, multiline = false }: PlainTextOptions) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !forbidden.test(value) && (multiline || !/[\r\n\t]/.test(value)), fieldRule('invalid-format'));
}
