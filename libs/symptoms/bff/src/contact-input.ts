import { z } from 'zod';
import { fieldRule } from '@luotsi/validation';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** Digits with optional +, spaces, dashes and brackets; 6–15 digits (E.164 allows 15). */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9 ()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** Saving answers: ids are uuids, the questionnaire an id of the catalogue; the engine checks the answers. */
export const saveAssessmentSchema = z.object({
  id: uuid.nullish(),
  questionnaireId: z.string().max(100),
  answers: z.string().max(20_000),
  forChildId: uuid.nullish(),
});

/**
 * Sending a contact request: consent must be given, and at least one confirmed way to reach the
 * sender (phone or e-mail). The resolver checks ownership, the child and the recomputed result.
 */
export const sendContactRequestSchema = z
  .object({
    assessmentId: uuid,
    consent: z.boolean().refine((given) => given, fieldRule('required')),
    phone: z.string().trim().max(40).refine(isPhoneNumber, fieldRule('invalid-format')).nullish(),
    email: z.string().trim().max(254).refine(isEmailAddress, fieldRule('invalid-format')).nullish(),
    forChildId: uuid.nullish(),
  })
  .refine((input) => Boolean(input.phone) || Boolean(input.email), { ...fieldRule('required'), path: ['phone'] });
