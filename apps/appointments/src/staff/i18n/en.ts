import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { calendar: 'Calendar', firstContactTimes: 'Free first-contact times', absences: 'Absences', statistics: 'Calendar statistics' },
  service: {
    FAMILY_HOME_HELP: 'Home help for families with children',
    FAMILY_COUNSELLING: 'Family counselling',
    YOUTH_SERVICES: 'Youth services',
    DISABILITY_SERVICES: 'Disability services',
  },
  firstContactTimes: {
    title: 'Free first-contact times',
    intro: 'The earliest free first-contact times in the services that social-services advice books times into.',
    serviceFilter: 'Service',
    allServices: 'All services',
    count_one: '{{count}} free time',
    count_other: '{{count}} free times',
    caption: 'Free times, the earliest first',
    time: 'Time',
    length: 'Length',
    service: 'Service',
    unit: 'Unit',
    minutes: '{{count}} min',
    empty: 'There are no free times.',
  },
};
