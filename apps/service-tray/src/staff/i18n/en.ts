import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { catalogue: 'Service tray content' },
  catalogue: {
    title: 'Service tray content',
    intro: 'A summary of the services residents see. The data comes from the Finnish Service Catalogue (PTV).',
    total_one: '{{count}} service in total',
    total_other: '{{count}} services in total',
    byProviderType: 'Services by type of provider',
    byOrganization: 'Services by organisation',
    listTitle: 'List of services',
    service: 'Service',
    organization: 'Organisation',
    providerType: 'Type of provider',
    count: 'Services',
    languages: 'Languages',
    empty: 'No services.',
  },
  language: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
};
