import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { familyCenter: 'Familjecenter', helpRequests: 'Be om hjälp-meddelanden' },
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
  helpRequests: {
    title: 'Be om hjälp-meddelanden',
    intro: 'Svara på meddelandena inom tre vardagar.',
    caption: 'Öppna kontakter, den mest brådskande först',
    topic: 'Ämne',
    received: 'Ankommen',
    due: 'Ska besvaras senast',
    contact: 'Kontaktsätt',
    empty: 'Inga öppna meddelanden.',
    topics: { sleep: 'Sömn', relationships: 'Relationer', money: 'Ekonomi', emotions: 'Känslor', other: 'Annat' },
    contactMethod: { phone: 'Telefon', email: 'E-post', portal: 'E-tjänsten', anonymous: 'Anonym' },
  },
  error: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
};
