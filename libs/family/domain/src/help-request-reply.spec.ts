import { describe, expect, it } from 'vitest';
import { helpRequestReplyMaxLength, helpRequestReplySchema, mayReplyToHelpRequest } from './help-request-reply';

describe('the reply to a help request', () => {
  it('is trimmed and may span several lines', () => {
    expect(helpRequestReplySchema.parse({ message: '  Hei,\nsoitamme huomenna.  ' })).toEqual({ message: 'Hei,\nsoitamme huomenna.' });
  });

  it('refuses an empty, too long or control-character reply', () => {
    expect(helpRequestReplySchema.safeParse({ message: '   ' }).success).toBe(false);
    expect(helpRequestReplySchema.safeParse({ message: 'x'.repeat(helpRequestReplyMaxLength + 1) }).success).toBe(false);
    expect(helpRequestReplySchema.safeParse({ message: 'a\u0000b' }).success).toBe(false);
  });

  it('can be given to any request that is not closed, again to an answered one', () => {
    expect(mayReplyToHelpRequest('new')).toBe(true);
    expect(mayReplyToHelpRequest('answered')).toBe(true);
    expect(mayReplyToHelpRequest('closed')).toBe(false);
  });
});
