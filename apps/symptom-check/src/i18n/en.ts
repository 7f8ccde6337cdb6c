import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { assessments: 'Symptom check', myRequests: 'My contact requests' },
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
    myRequests: 'See your contact requests',
    category: {
      infection: 'Infection symptoms',
      musculoskeletal: 'Muscle, joint and back symptoms',
      'mental-health': 'Mood and coping',
      'substance-use': 'Alcohol and drugs',
      other: 'Other assessments',
    },
  },
};
