import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: {
    resident: 'Meddelanden',
  },
  resident: {
    title: 'Meddelanden',
    intro: 'Här skickar tjänsterna meddelanden till dig, till exempel svar på dina kontakter. Du får ett e-postmeddelande när du har ett nytt meddelande. Det nyaste meddelandet visas först.',
    empty: 'Du har inga meddelanden.',
    listLabel: 'Dina meddelanden',
    unread: 'Nytt',
    received: 'Mottaget',
    openService: 'Gå till tjänsten',
  },
};
