import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  accessLog: {
    intro: 'Whenever a professional of the wellbeing services county views or handles client data, an entry is made in the access log. Here you see the entries about your data and about your children under 15 in your guardianship, newest first.',
    caption: 'Handling of your data',
    empty: 'No professional has viewed your data.',
    more: 'Show more',
    moreLoaded: 'More entries shown.',
    rights: 'If you suspect that your data was viewed without grounds, contact the data protection officer of the wellbeing services county.',
    columns: { when: 'Time', who: 'Professional', action: 'Action', object: 'Data', whose: 'Whose data', why: 'Grounds' },
    self: 'Yours',
    child: 'Your child {{name}}',
    actions: { read: 'Viewed', create: 'Created', update: 'Changed', delete: 'Deleted', export: 'Exported', print: 'Printed' },
    objects: {
      ContactRequest: 'Contact request after a symptom check',
      HelpRequest: 'Ask for help message',
      CareAgreement: 'Care or commission agreement',
      Person: 'Name and personal identity code',
      CalendarEntry: 'Booked time',
      AccessLog: 'Access log',
      other: 'Other data',
    },
    purposes: {
      'unit-queue': 'The unit’s work queue: handling your request',
      'care-agreement': 'Managing the agreement',
      appointment: 'Booking an appointment',
      'first-contact-booking': 'Booking a first visit',
      'own-calendar': 'Using their own calendar',
      'absence-reassignment': 'Moving times during an absence',
      'access-log-supervision': 'Supervision of the access log',
      'information-request': 'Answering an information request',
      other: 'Other grounds ({{id}})',
    },
    roles: {
      nurse: 'nurse',
      'social-advisor': 'social-services advisor',
      'family-worker': 'family worker',
      'team-lead': 'team lead',
      'caregiver-coordinator': 'caregiver coordinator',
      'service-curator': 'service-tray curator',
      editor: 'content editor',
      manager: 'manager',
      admin: 'administrator',
      other: 'professional',
    },
  },
};
