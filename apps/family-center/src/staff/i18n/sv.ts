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
    status: 'Status',
    statuses: { new: 'Ny', answered: 'Besvarad' },
    reply: {
      column: 'Svar',
      button: 'Svara',
      open: 'Svara på meddelandet: {{topic}}, ankommet {{received}}',
      title: 'Svara: {{topic}}',
      request: 'Avsändarens meddelande',
      namedNote: 'Avsändaren får ditt svar som ett meddelande i e-tjänsten och ett e-postmeddelande om att det finns ett nytt meddelande. E-posten innehåller inte ditt svar.',
      anonymousNote: 'Meddelandet är anonymt: avsändaren läser svaret med sin svarskod.',
      label: 'Ditt svar',
      send: 'Skicka svaret',
      cancel: 'Avbryt',
      sent: 'Svaret har skickats. Avsändaren får det som ett meddelande i e-tjänsten.',
      sentAnonymous: 'Svaret har sparats. Den anonyma avsändaren läser det med sin svarskod.',
      gone: 'Meddelandet finns inte längre i din enhets kö. Svaret skickades inte.',
    },
    contactMethod: { phone: 'Telefon', email: 'E-post', portal: 'E-tjänsten', anonymous: 'Anonym' },
  },
};
