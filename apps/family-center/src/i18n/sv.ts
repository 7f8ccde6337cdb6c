import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { familyCenter: 'Familjecenter' },
  articles: {
    title: 'Familjecenter',
    intro: 'Pålitlig information för barnfamiljers vardag från graviditeten till ungdomen.',
    listTitle: 'Artiklar',
    empty: 'Inga artiklar har publicerats ännu.',
    lifeStage: {
      expecting: 'Graviditet',
      baby: 'Baby',
      toddler: 'Småbarn',
      'under-school-age': 'Lekåldern',
      'school-age': 'Skolåldern',
      teen: 'Ungdom',
    },
  },
};
