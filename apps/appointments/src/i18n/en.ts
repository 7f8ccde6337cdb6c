import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { myAppointments: 'My appointments', firstContactTimes: 'Free first-contact times' },
  service: {
    FAMILY_HOME_HELP: 'Home help for families with children',
    FAMILY_COUNSELLING: 'Family counselling',
    YOUTH_SERVICES: 'Youth services',
    DISABILITY_SERVICES: 'Disability services',
  },
  myAppointments: {
    title: 'My appointments',
    intro: 'Here are your upcoming appointments in the wellbeing services county’s services. If you cannot come, let the unit know as soon as possible.',
    listTitle: 'Upcoming appointments',
    empty: 'You have no upcoming appointments.',
    time: 'Time',
    unit: 'Unit',
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
  error: 'The information could not be loaded. Please try again in a moment.',
};
