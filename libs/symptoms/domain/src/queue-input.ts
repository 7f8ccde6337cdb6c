/**
 * The professionals' inputs on a contact request, as the forms hold them: checked by the form and
 * again by the BFF (docs/guides/adding-a-module.md, "Input validation").
 */
import { z } from 'zod';
import { plainText } from '@luotsi/validation';
import { outcomeCodes } from './queue';

export const queueMessageMaxLength = 4000;
export const phoneNoteMaxLength = 2000;

/** The answer the resident reads in "My requests". */
export const queueAnswerSchema = z.object({
  message: plainText({ max: queueMessageMaxLength, multiline: true }),
});

/** What was agreed on a phone call: for the colleagues, not shown to the resident. */
export const phoneCallSchema = z.object({
  note: plainText({ max: phoneNoteMaxLength, multiline: true }),
});

/** The page makes a new UUID per action; a retry sends the same one. */
export const idempotencyKeySchema = z.string().uuid();

/** The outcome of closing, one of the codes. */
export const outcomeSchema = z.enum(outcomeCodes);
