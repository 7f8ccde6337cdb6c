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
    status: 'Status',
    statuses: { new: 'New', answered: 'Answered' },
    reply: {
      column: 'Reply',
      button: 'Reply',
      open: 'Reply to the message: {{topic}}, received {{received}}',
      title: 'Reply: {{topic}}',
      request: 'The sender’s message',
      namedNote: 'The sender gets your reply as a message in the online service and an e-mail saying there is a new message. The e-mail does not contain your reply.',
      anonymousNote: 'The message is anonymous: the sender reads the reply with their reply code.',
      label: 'Your reply',
      send: 'Send the reply',
      cancel: 'Cancel',
      sent: 'Reply sent. The sender gets it as a message in the online service.',
      sentAnonymous: 'Reply saved. The anonymous sender reads it with their reply code.',
      gone: 'The message is no longer in your unit’s queue. The reply was not sent.',
    },
    contactMethod: { phone: 'Phone', email: 'E-mail', portal: 'Online service', anonymous: 'Anonymous' },
  },
};
