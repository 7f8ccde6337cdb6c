import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  loading: 'Loading…',
  close: 'Close',
  field: {
    optional: '(optional)',
    error: 'Error:',
  },
  dateField: {
    hint: 'For example 31.12.2025',
  },
  errorSummary: {
    title_one: 'There is {{count}} problem in the form',
    title_other: 'There are {{count}} problems in the form',
  },
  alert: {
    info: 'For your information:',
    success: 'Done:',
    warning: 'Note:',
    error: 'Error:',
  },
  link: {
    newWindow: '(opens in a new window)',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {{page}}',
  },
  skipLink: 'Skip to main content',
  serviceUnavailable: {
    title: 'This service is not available right now',
    body: 'Please try again in a moment. The other services work as usual.',
    retry: 'Try again',
  },
  languageNote: {
    fi: 'This content is only available in Finnish.',
    sv: 'This content is only available in Swedish.',
    en: 'This content is only available in English.',
  },
};
