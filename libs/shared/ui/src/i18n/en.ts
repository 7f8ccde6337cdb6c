import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  loading: 'Loading…',
  close: 'Close',
  field: {
    optional: '(optional)',
    error: 'Error:',
  },
  fieldError: {
    required: 'Please fill in this field.',
    tooShort: 'The text is too short.',
    tooShortLimit: 'Enter at least {{minimum}} characters.',
    tooLong: 'The text is too long.',
    tooLongLimit: 'Enter at most {{maximum}} characters.',
    tooFew: 'Choose more.',
    tooFewLimit: 'Choose at least {{minimum}}.',
    tooMany: 'Choose fewer.',
    tooManyLimit: 'Choose at most {{maximum}}.',
    outOfRange: 'The value is outside the allowed range.',
    outOfRangeMinimum: 'Enter at least {{minimum}}.',
    outOfRangeMaximum: 'Enter at most {{maximum}}.',
    invalidFormat: 'This is not in the expected format.',
    invalidChoice: 'Choose one of the options given.',
    invalid: 'Please check this field.',
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
  requestError: {
    RATE_LIMITED: 'Too many attempts in a short time. Please wait a moment and then try again.',
    TIMEOUT: 'The service answered too slowly. Please try again in a moment.',
    PERSISTED_QUERY_NOT_FOUND: 'The service has been updated. Please reload the page.',
    UNAUTHENTICATED: 'Sign in to continue.',
    FORBIDDEN: 'You do not have access to this information.',
    NOT_FOUND: 'The information was not found.',
    BAD_USER_INPUT: 'Please check the information you gave.',
    NETWORK: 'The service could not be reached. Check your network connection and try again.',
    INTERNAL_SERVER_ERROR: 'Something went wrong. Please try again in a moment.',
    requestId: 'Reference for customer service: {{requestId}}',
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
