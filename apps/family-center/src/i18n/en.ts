import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { familyCenter: 'Family center', helpRequests: 'Ask for help messages' },
  articles: {
    title: 'Family center',
    intro: 'Reliable information for everyday family life, from pregnancy to the teenage years.',
    listTitle: 'Articles',
    empty: 'No articles have been published yet.',
    lifeStage: {
      expecting: 'Expecting',
      baby: 'Baby',
      toddler: 'Toddler',
      'under-school-age': 'Under school age',
      'school-age': 'School age',
      teen: 'Teenager',
    },
  },
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
  error: 'The information could not be loaded. Please try again in a moment.',
};
