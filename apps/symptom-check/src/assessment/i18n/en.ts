import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  assessment: {
    notFound: 'This assessment was not found.',
    allAssessments: 'All symptom checks',
    progress: 'Question {{current}} of {{total}}',
    back: 'Previous',
    next: 'Next',
    finish: 'Show the result',
    startOver: 'Start again',
    changeAnswers: 'Change your answers',
    chooseAll: 'Choose all that apply.',
    errors: {
      required: 'Answer the question to go on.',
      invalid: 'Check your answer.',
      range: 'Give a number from {{min}} to {{max}}.',
    },
    emergency: {
      title: 'Call the emergency number 112 now',
      call: 'Call 112',
    },
    emergencyDepartment: {
      title: 'Go to the emergency department now',
      helpline: 'The medical helpline tells you which emergency department to go to.',
      call: 'Call the medical helpline 116 117',
    },
    result: {
      title: 'Result',
      advice: 'What you can do',
      notDiagnosis: 'The result is not a diagnosis. If you feel worse, contact your health centre or the medical helpline 116 117.',
    },
    send: {
      title: 'Ask your health centre to contact you',
      intro: 'A nurse reads your answers and contacts you.',
      signInNote: 'To send, you need strong identification. Your answers are kept.',
      signIn: 'Identify yourself and send',
      whoFor: 'Whose symptoms are these?',
      self: 'My own symptoms',
      child: 'My child {{name}}’s symptoms',
      phone: 'Phone number',
      email: 'E-mail',
      contactHint: 'Give a phone number or an e-mail address, or both. Check that they are right.',
      consent: 'I agree that a professional of the health centre reads my answers.',
      submit: 'Send the request',
      sentTitle: 'The request has been sent',
      sentBody: 'The health centre will contact you. You can follow the request in your contact requests.',
      errors: {
        consent: 'Give your consent so that we can send the request.',
        contact: 'Give a phone number or an e-mail address.',
        phone: 'Check the phone number.',
        email: 'Check the e-mail address.',
        failed: 'Sending did not work. Try again in a moment.',
      },
    },
  },
  nextStep: {
    emergency: 'Emergency: call 112',
    'emergency-department': 'Go to the emergency department now',
    'same-day': 'Contact your health centre today',
    'within-days': 'Contact your health centre within 1–3 days',
    'non-urgent': 'Not urgent: contact your health centre when it suits you',
    'self-care': 'You can treat the symptoms at home',
  },
};
