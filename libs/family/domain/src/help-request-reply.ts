import { z } from 'zod';
import { plainText } from '@luotsi/validation';

/** The longest reply a professional may write to an "ask for help" request. */
export const helpRequestReplyMaxLength = 4000;

/**
 * The arguments of replyToHelpRequest, as the staff reply form holds them: checked by the form
 * and again by the BFF (docs/guides/adding-a-module.md, "Input validation").
 */
export const helpRequestReplySchema = z.object({
  message: plainText({ max: helpRequestReplyMaxLength, multiline: true }),
});
export type HelpRequestReply = z.infer<typeof helpRequestReplySchema>;

/** Statuses a request can be answered in: a closed one is archived. */
export function mayReplyToHelpRequest(status: string): boolean {
  return status !== 'closed';
}
