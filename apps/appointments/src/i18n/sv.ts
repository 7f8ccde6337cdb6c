import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { myAppointments: 'Mina tider' },
  myAppointments: {
    title: 'Mina tider',
    intro: 'Här ser du dina kommande tider inom välfärdsområdets tjänster. Om du inte kan komma, meddela enheten så snart som möjligt.',
    listTitle: 'Kommande tider',
    empty: 'Du har inga kommande tider.',
    time: 'Tid',
    unit: 'Enhet',
  },
};
