import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { catalogue: 'Servicebrickans innehåll' },
  catalogue: {
    title: 'Servicebrickans innehåll',
    intro: 'En sammanfattning av tjänsterna som invånarna ser. Uppgifterna kommer från servicedatalagret (PTV).',
    total_one: 'Sammanlagt {{count}} tjänst',
    total_other: 'Sammanlagt {{count}} tjänster',
    byProviderType: 'Tjänster enligt typ av producent',
    byOrganization: 'Tjänster per organisation',
    listTitle: 'Tjänsteförteckning',
    service: 'Tjänst',
    organization: 'Organisation',
    providerType: 'Typ av producent',
    count: 'Tjänster',
    languages: 'Språk',
    empty: 'Inga tjänster.',
  },
  language: { fi: 'finska', sv: 'svenska', en: 'engelska' },
};
