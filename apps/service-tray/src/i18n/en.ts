import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { services: 'Service tray', catalogue: 'Service tray content' },
  municipality: { label: 'Municipality', all: 'All municipalities' },
  providerType: {
    county: 'Wellbeing services county',
    municipality: 'Municipality',
    ngo: 'Non-profit organisation',
    parish: 'Parish',
    company: 'Company',
    other: 'Other',
  },
  services: {
    title: 'Service tray',
    intro: 'Services of the wellbeing services county, municipalities, non-profit organisations, parishes and companies in one place. Choose a municipality to see its services.',
    listTitle: 'Services',
    count_one: '{{count}} service',
    count_other: '{{count}} services',
    providedBy: 'Provider:',
    empty: 'There are no services in the chosen municipality.',
  },
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
  error: 'The information could not be loaded. Please try again in a moment.',
};
