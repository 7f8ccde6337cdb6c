import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { helpRequests: 'Ask for help messages' },
  helpRequests: {
    title: 'Ask for help messages',
    intro: 'Reply to the messages within three working days.',
    caption: 'Open contacts, the most urgent first',
    topic: 'Topic',
    received: 'Received',
    due: 'Reply by',
    contact: 'Contact method',
    empty: 'No open messages.',
    topics: { sleep: 'Sleep', relationships: 'Relationships', money: 'Money', emotions: 'Emotions', other: 'Other' },
    contactMethod: { phone: 'Phone', email: 'E-mail', portal: 'Online service', anonymous: 'Anonymous' },
  },
};
