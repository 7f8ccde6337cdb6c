import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { services: 'Servicebrickan' },
  municipality: { label: 'Kommun', all: 'Alla kommuner' },
  providerType: {
    county: 'Välfärdsområde',
    municipality: 'Kommun',
    ngo: 'Organisation',
    parish: 'Församling',
    company: 'Företag',
    other: 'Annan',
  },
  services: {
    title: 'Servicebrickan',
    intro: 'Tjänster från välfärdsområdet, kommunerna, organisationer, församlingar och företag på ett ställe. Välj kommun så ser du tjänsterna där.',
    listTitle: 'Tjänster',
    count_one: '{{count}} tjänst',
    count_other: '{{count}} tjänster',
    providedBy: 'Producent:',
    empty: 'Det finns inga tjänster i den valda kommunen.',
  },
  error: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
};
