import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { myAppointments: 'My appointments' },
  myAppointments: {
    title: 'My appointments',
    intro: 'Here are your upcoming appointments in the wellbeing services county’s services. If you cannot come, let the unit know as soon as possible.',
    listTitle: 'Upcoming appointments',
    empty: 'You have no upcoming appointments.',
    time: 'Time',
    unit: 'Unit',
  },
};
