import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: {
    resident: 'Messages',
  },
  resident: {
    title: 'Messages',
    intro: 'Services send you messages here, for example replies to your contacts. You get an e-mail when you have a new message. The newest message is first.',
    empty: 'You have no messages.',
    listLabel: 'Your messages',
    unread: 'New',
    received: 'Received',
    openService: 'Go to the service',
  },
};
