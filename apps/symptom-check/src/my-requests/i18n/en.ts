import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  myRequests: {
    intro: 'Here are the contact requests you sent after a symptom check, and where they are.',
    empty: 'You have not sent any contact requests.',
    sent: 'Sent {{date}}',
    unit: 'To: {{unit}}',
    status: { new: 'Waiting', 'in-progress': 'Being handled', handled: 'Handled' },
    statusLabel: 'Status',
    reply: 'Reply',
    noReply: 'No reply yet.',
  },
};
