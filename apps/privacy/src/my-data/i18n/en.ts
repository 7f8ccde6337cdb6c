import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  myData: {
    download: {
      title: 'Download your data',
      intro: 'You get the data in two formats: a readable page you can print or save as PDF, and a machine-readable JSON file you can move to another service.',
      html: 'Download as a readable page',
      json: 'Download as a JSON file',
      note: 'The file is personal. Save it only on your own device.',
    },
    optional: {
      title: 'Voluntary data',
      intro: 'You gave this data yourself. You can delete it at any time; it does not affect the services you are a client of.',
      stored: 'stored',
      notStored: 'not stored',
      delete: 'Delete my voluntary data',
      nothing: 'No voluntary data about you is stored.',
      deleted: 'Your voluntary data has been deleted.',
    },
    confirm: {
      title: 'Delete the voluntary data?',
      body: 'Your e-mail address and phone number will be deleted. This cannot be undone, but you can give them again later.',
      cancel: 'Cancel',
      delete: 'Delete the data',
    },
    required: {
      title: 'Data you cannot delete yourself',
      intro: 'By law the wellbeing services county must keep records of its client work for a set time. They are deleted automatically when that time ends.',
      contactRequests: 'Contact requests after a symptom check',
      helpRequests: 'Ask for help messages',
      agreements: 'Care and commission agreements',
      bookings: 'Booked times',
      rights: 'If something is wrong, you can ask for it to be corrected. You can also ask the county’s data protection officer how your data is processed.',
    },
    errors: {
      signIn: 'Your session has ended. Please sign in again.',
      rateLimited: 'Too many attempts. Please try again in a moment.',
      network: 'The service could not be reached. Check your connection and try again.',
      general: 'Something went wrong. Your data was not changed. Please try again in a moment.',
    },
  },
};
