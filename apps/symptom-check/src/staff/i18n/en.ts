import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { contactRequests: 'Contact requests' },
  contactRequests: {
    title: 'Contact requests',
    intro: 'Requests to your unit from residents who have done a symptom check. Handle the most urgent first.',
    caption: 'Open contact requests, the most urgent first',
    count_one: '{{count}} open request',
    count_other: '{{count}} open requests',
    urgency: 'Urgency',
    assessment: 'Assessment',
    received: 'Received',
    status: 'Status',
    unit: 'Unit',
    empty: 'No open contact requests.',
    statuses: { new: 'New', 'in-progress': 'In progress', handled: 'Handled', unknown: 'Unknown status ({{id}})' },
  },
  urgency: {
    emergency: 'Emergency – call 112',
    'emergency-department': 'Emergency department today',
    'same-day': 'Health centre today',
    'within-days': 'Within 1–3 days',
    'non-urgent': 'Not urgent',
    'self-care': 'Self-care',
    unknown: 'Unknown urgency ({{id}})',
  },
};
