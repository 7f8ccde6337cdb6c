import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';

/**
 * Feedback on a service (palaute / respons) from residents, also anonymous, and professionals:
 * the information is wrong, the service helped, or something else. Curators work through it.
 */
export const feedbackKinds = ['wrong-information', 'helped', 'other'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export const feedbackStates = ['new', 'handled'] as const;
export type FeedbackState = (typeof feedbackStates)[number];

export const feedbackTextMaxLength = 1000;
export const feedbackHandlerNoteMaxLength = 1000;

const uuid = z
  .string()
  .trim()
  .min(1)
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  .transform((value) => value.toLowerCase());

// A Finnish personal identity code (with its century sign) or a mobile number: nobody is asked
// for them, and a curator must not receive them in free text.
const identityCodePattern = /\b\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y]\b/i;
const mobilePattern = /(?:\+358\s?|\b0)(?:4\d|50)(?:[\s-]?\d){6,8}\b/;

/** Whether a text contains a personal identity code or a mobile number. */
export function containsPersonalData(text: string): boolean {
  return identityCodePattern.test(text) || mobilePattern.test(text);
}

/**
 * sendServiceFeedback's input. "Information is wrong" and "other" need a text (what is wrong);
 * "helped" may come without one. No personal data is asked, and a text carrying an identity code
 * or a phone number is refused with a field error.
 */
export const feedbackSchema = z
  .object({
    serviceId: uuid,
    kind: z.enum(feedbackKinds),
    text: plainText({ max: feedbackTextMaxLength, min: 0, multiline: true }).refine((text) => !containsPersonalData(text), fieldRule('invalid')),
  })
  .superRefine((feedback, ctx) => {
    if (feedback.kind !== 'helped' && feedback.text === '')
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Say what is wrong.', params: fieldRule('required').params });
  });
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export const handleFeedbackSchema = z.object({
  id: uuid,
  note: plainText({ max: feedbackHandlerNoteMaxLength, min: 0, multiline: true }),
});
export type HandleFeedbackInput = z.infer<typeof handleFeedbackSchema>;

/**
 * What makes two feedback items the same: the service, the kind, the text (letter case and spaces
 * aside) and the Helsinki day. The same feedback sent again that day (a double click, a retry, a
 * script) is kept once; the BFF stores a hash of this.
 */
export function feedbackDedupeSource(feedback: Pick<FeedbackInput, 'serviceId' | 'kind' | 'text'>, at: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const text = feedback.text.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
  return [feedback.serviceId.toLowerCase(), feedback.kind, day, text].join('\n');
}
