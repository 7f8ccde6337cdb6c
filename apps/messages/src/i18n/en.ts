import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: {
    resident: 'Messages',
  },
  resident: {
    title: 'Messages',
    intro: 'This page tells you about the service and how to use it.',
  },
};
