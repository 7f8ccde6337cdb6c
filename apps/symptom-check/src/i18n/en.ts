import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { assessments: 'Symptom check', contactRequests: 'Contact requests' },
  assessments: {
    title: 'Symptom check',
    intro: 'Answer questions about your symptoms or how you feel. You get advice on what to do and how soon. You can also ask to be contacted.',
    notDiagnosis: 'A symptom check is not a diagnosis. It helps you find the right help.',
    emergency: {
      title: 'In an emergency, call 112 at once',
      body: 'Call the emergency number 112 if a life or someone’s health is in immediate danger. Do not do a symptom check then.',
      call112: 'Call 112',
      helpline: 'For urgent matters, the medical helpline gives advice.',
      callHelpline: 'Call the medical helpline 116 117',
    },
    minutes_one: 'About {{count}} minute',
    minutes_other: 'About {{count}} minutes',
    empty: 'There are no assessments available right now.',
    category: {
      infection: 'Infection symptoms',
      musculoskeletal: 'Muscle, joint and back symptoms',
      'mental-health': 'Mood and coping',
      'substance-use': 'Alcohol and drugs',
      other: 'Other assessments',
    },
  },
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
  error: 'The information could not be loaded. Please try again in a moment.',
};
