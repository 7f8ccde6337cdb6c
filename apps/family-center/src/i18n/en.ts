import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: {
    familyCenter: 'Family center',
    askForHelp: 'Ask for help',
    myRequests: 'My requests for help',
  },
  articles: {
    title: 'Family center',
    intro: 'Reliable information for everyday family life, from pregnancy to the teenage years.',
    listTitle: 'Articles',
    empty: 'No articles have been published yet.',
    filters: 'Filter the articles',
    search: 'Search the articles',
    searchHint: 'For example sleep, tantrums or separation',
    searchButton: 'Search',
    lifeStage: 'Age',
    topic: 'Topic',
    all: 'All',
    clear: 'Show all articles',
    count_one: '{{count}} article',
    count_other: '{{count}} articles',
    noMatches: 'No articles matched. Try another word or remove a filter.',
    services: 'Services for families in your municipality',
  },
  help: {
    cta: 'Do you need help? You can ask a family center professional, also anonymously.',
    ctaLink: 'Ask for help',
    title: 'Ask for help',
  },
  reply: {
    title: 'Read the answer with your code',
  },
  mine: {
    title: 'My requests for help',
  },
  services: {
    title: 'Services for families',
  },
};
