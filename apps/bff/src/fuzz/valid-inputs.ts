import { demoId } from '@luotsi/db';

/**
 * Optional realistic arguments per mutation, for the fuzz run to start from: it replaces one
 * value at a time with a hostile one, which reaches validation and the write path more often
 * than fully random input does. A mutation without an entry is still fuzzed from its types.
 * Add an entry when a mutation needs ids or combinations that random values never hit.
 */
export const validInputs: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  setMyLanguage: [{ language: 'sv' }, { language: 'en' }],
  replyToHelpRequest: [
    { id: demoId('help-request', 'sleep'), message: 'Kiitos viestistä. Soitamme huomenna.' },
    { id: demoId('help-request', 'anonymous'), message: 'Rad ett\nrad två' },
  ],
  markMessageRead: [{ id: '00000000-0000-4000-8000-000000000000' }],
  retryNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
  cancelNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
};
