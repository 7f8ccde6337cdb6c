import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { helpRequests: 'Be om hjälp-meddelanden' },
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
};
