import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { staff: 'Messages' },
  staff: {
    title: 'Messages',
    intro: 'On this page you handle the work tasks of the service.',
  },
};
