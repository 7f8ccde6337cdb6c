import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { contactRequests: 'Kontaktbegäranden' },
  contactRequests: {
    title: 'Kontaktbegäranden',
    intro: 'Begäranden till din enhet från invånare som har gjort en symtombedömning. Behandla de mest brådskande först.',
    caption: 'Öppna kontaktbegäranden, den mest brådskande först',
    count_one: '{{count}} öppen begäran',
    count_other: '{{count}} öppna begäranden',
    urgency: 'Brådskandegrad',
    assessment: 'Bedömning',
    received: 'Ankommen',
    status: 'Status',
    unit: 'Enhet',
    empty: 'Inga öppna kontaktbegäranden.',
    statuses: { new: 'Ny', 'in-progress': 'Under behandling', handled: 'Behandlad', unknown: 'Okänd status ({{id}})' },
  },
  urgency: {
    emergency: 'Nödsituation – ring 112',
    'emergency-department': 'Till jouren i dag',
    'same-day': 'Till hälsocentralen i dag',
    'within-days': 'Inom 1–3 dagar',
    'non-urgent': 'Inte brådskande',
    'self-care': 'Egenvård',
    unknown: 'Okänd brådskandegrad ({{id}})',
  },
};
