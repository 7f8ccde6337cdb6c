import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { calendar: 'Kalender', firstContactTimes: 'Lediga tider för första kontakt', absences: 'Frånvaro', statistics: 'Kalenderstatistik' },
  service: {
    FAMILY_HOME_HELP: 'Hemservice för barnfamiljer',
    FAMILY_COUNSELLING: 'Familjerådgivning',
    YOUTH_SERVICES: 'Tjänster för unga',
    DISABILITY_SERVICES: 'Handikappservice',
  },
  firstContactTimes: {
    title: 'Lediga tider för första kontakt',
    intro: 'De tidigaste lediga tiderna för första kontakt i de tjänster som klientrådgivningen bokar tider till.',
    serviceFilter: 'Tjänst',
    allServices: 'Alla tjänster',
    count_one: '{{count}} ledig tid',
    count_other: '{{count}} lediga tider',
    caption: 'Lediga tider, den tidigaste först',
    time: 'Tid',
    length: 'Längd',
    service: 'Tjänst',
    unit: 'Enhet',
    minutes: '{{count}} min',
    empty: 'Det finns inga lediga tider.',
  },
};
