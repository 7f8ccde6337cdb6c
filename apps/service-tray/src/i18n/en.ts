import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { services: 'Service tray' },
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
  error: 'The information could not be loaded. Please try again in a moment.',
};
