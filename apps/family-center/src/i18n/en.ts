import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { familyCenter: 'Family center' },
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
};
