import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: {
    resident: 'Privacy',
    staff: 'Privacy',
  },
  resident: {
    title: 'Privacy',
    intro: 'This page tells you about the service and how to use it.',
  },
  staff: {
    title: 'Privacy',
    intro: 'On this page you handle the work tasks of the service.',
  },
  error: 'The information could not be loaded. Please try again in a moment.',
};
